import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { SignInMutation, SignUpMutation } from '../api/auth';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { sessionStore } from '../api/session';
import { useDocumentTitle } from '../components/AppLayout';
import { Field, ProblemBanner, Spinner } from '../components/ui';

const DEMO_ACCOUNTS = [
  ['po@demo.local', 'product owner'],
  ['dev@demo.local', 'developer'],
  ['stakeholder@demo.local', 'stakeholder'],
  ['coach@demo.local', 'coach'],
] as const;

/** Reached only when the API asks for a session (UNAUTHENTICATED). */
export function SignIn() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [mode, setMode] = useState<'in' | 'up'>('in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [signIn, doSignIn] = useMutation(SignInMutation);
  const [signUp, doSignUp] = useMutation(SignUpMutation);
  const busy = signIn.fetching || signUp.fetching;
  const errors = fieldErrorMap(problem);
  useDocumentTitle(mode === 'in' ? 'Sign in' : 'Create an account');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const result =
      mode === 'in'
        ? await doSignIn({ input: { email, password } }).then((r) => ({ payload: r.data?.signIn, error: r.error }))
        : await doSignUp({ input: { email, password, ...(displayName.trim() ? { displayName } : {}) } }).then((r) => ({ payload: r.data?.signUp, error: r.error }));
    if (!result.payload) {
      setProblem(toProblem(result.error));
      return;
    }
    sessionStore.signedIn(result.payload);
    const next = params.get('next');
    void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
  };

  return (
    <div className="page narrow">
      <form className="card form-card sign-in" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{mode === 'in' ? 'Sign in to Backlog Studio' : 'Create your account'}</h1>
        <p className="muted">{mode === 'in' ? 'Your products and backlogs are waiting.' : 'You become the product owner of the products you create.'}</p>
        <ProblemBanner problem={problem} />
        <Field label="Email" error={errors.email}>
          {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        {mode === 'up' ? (
          <Field label="Display name" error={errors.displayName} hint="Optional: how your changes are signed in the history.">
            {(p) => <input {...p} autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
          </Field>
        ) : null}
        <Field label="Password" error={errors.password} hint={mode === 'up' ? 'At least 10 characters.' : undefined}>
          {(p) => <input {...p} type="password" autoComplete={mode === 'in' ? 'current-password' : 'new-password'} value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? <Spinner size={14} /> : null} {mode === 'in' ? 'Sign in' : 'Create account'}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => {
              setMode(mode === 'in' ? 'up' : 'in');
              setProblem(null);
            }}
          >
            {mode === 'in' ? 'Create an account instead' : 'I have an account'}
          </button>
        </div>
      </form>
      {mode === 'in' ? (
        <section className="card demo-accounts" aria-labelledby="demo-title">
          <h2 id="demo-title">Exploring the demo?</h2>
          <p className="muted">
            When the server seeded the demo product “Harvest Box”, it has one account per role. Their password is <code>backlog-demo</code> unless
            the server sets <code>DEMO_PASSWORD</code>.
          </p>
          <ul>
            {DEMO_ACCOUNTS.map(([address, role]) => (
              <li key={address}>
                <button type="button" className="btn btn-small" onClick={() => setEmail(address)}>
                  Use {address}
                </button>{' '}
                <span className="muted">{role}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
