import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { SignInMutation, SignUpMutation } from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { sessionStore, useSession } from '../api/session';
import { useDocumentTitle } from '../components/AppLayout';
import { Field, Icon, ProblemBanner, Spinner } from '../components/ui';

const DEMO_ACCOUNTS = [
  ['po@demo.local', 'Product owner', 'orders the backlog, edits everything, manages members'],
  ['dev@demo.local', 'Developer', 'creates and refines items, estimates'],
  ['stakeholder@demo.local', 'Stakeholder', 'reads, comments, gives a value perspective'],
  ['coach@demo.local', 'Coach', 'reads and comments'],
] as const;

/** Sign-in requests go without the (possibly stale) bearer token of an old session. */
const WITHOUT_TOKEN = { fetchOptions: {} };

/** Where to go after signing in: a local path from `?next=`, else the start. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-') ? next : '/';
}

/** Seconds left before another attempt is allowed, counting down to 0. */
function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0);
  const until = useRef(0);
  const waiting = left > 0;
  useEffect(() => {
    if (!waiting) return;
    const t = setInterval(() => setLeft(Math.max(0, Math.ceil((until.current - Date.now()) / 1000))), 250);
    return () => clearInterval(t);
  }, [waiting]);
  const start = (seconds: number) => {
    until.current = Date.now() + seconds * 1000;
    setLeft(seconds);
  };
  return [left, start];
}

/** What the person reads when the API refused to sign them in or up. */
function authMessage(problem: Problem | null, mode: 'in' | 'up', waitLeft: number): Problem | null {
  if (!problem) return null;
  if (problem.kind === 'rateLimited') {
    return waitLeft > 0
      ? { kind: 'rateLimited', retryAfterSeconds: waitLeft, message: `Too many attempts. Try again in ${waitLeft} s.` }
      : { kind: 'other', message: 'You can try again now.' };
  }
  if (problem.kind === 'unauthenticated' && mode === 'in') {
    return { kind: 'unauthenticated', message: 'The email or the password is wrong. Check both and try again.' };
  }
  return problem;
}

/** `/sign-in` and `/sign-up`: reached first, and whenever the API answers UNAUTHENTICATED. */
export function SignIn({ mode }: { mode: 'in' | 'up' }) {
  const navigate = useNavigate();
  const { session, signInRequired } = useSession();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [waitLeft, startWait] = useCountdown();
  const [signIn, doSignIn] = useMutation(SignInMutation);
  const [signUp, doSignUp] = useMutation(SignUpMutation);
  const passwordRef = useRef<HTMLInputElement>(null);
  const busy = signIn.fetching || signUp.fetching;
  const errors = fieldErrorMap(problem);
  const shown = authMessage(problem, mode, waitLeft);
  useDocumentTitle(mode === 'in' ? 'Sign in' : 'Create an account');

  useEffect(() => setProblem(null), [mode]);

  // Already signed in (e.g. the address was bookmarked): straight on.
  if (session && !busy) return <Navigate to={safeNext(next)} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (waitLeft > 0) return;
    setProblem(null);
    const result =
      mode === 'in'
        ? await doSignIn({ input: { email: email.trim(), password } }, WITHOUT_TOKEN).then((r) => ({ payload: r.data?.signIn, error: r.error }))
        : await doSignUp({ input: { email: email.trim(), password, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) } }, WITHOUT_TOKEN).then((r) => ({
            payload: r.data?.signUp,
            error: r.error,
          }));
    if (!result.payload) {
      const p = toProblem(result.error);
      if (p?.kind === 'rateLimited') startWait(p.retryAfterSeconds);
      setProblem(p);
      return;
    }
    sessionStore.signedIn(result.payload);
    void navigate(safeNext(next), { replace: true });
  };

  const other = `${mode === 'in' ? '/sign-up' : '/sign-in'}${next ? `?next=${encodeURIComponent(next)}` : ''}`;

  return (
    <div className="page narrow">
      {signInRequired ? (
        <p className="banner banner-warning" role="status">
          Your session has ended. Sign in again to carry on where you were.
        </p>
      ) : null}
      <form className="card form-card sign-in" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{mode === 'in' ? 'Sign in to Backlog Studio' : 'Create your account'}</h1>
        <p className="muted">{mode === 'in' ? 'Your products and backlogs are waiting.' : 'You become the product owner of the products you create, and see the invitations sent to your email.'}</p>
        <ProblemBanner problem={shown} />
        <Field label="Email" error={errors.email}>
          {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        {mode === 'up' ? (
          <Field label="Display name" error={errors.displayName} hint="How your changes are signed in the history.">
            {(p) => <input {...p} autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
          </Field>
        ) : null}
        <Field label="Password" error={errors.password} hint={mode === 'up' ? 'At least 10 characters.' : undefined}>
          {(p) => (
            <input
              {...p}
              ref={passwordRef}
              type="password"
              autoComplete={mode === 'in' ? 'current-password' : 'new-password'}
              minLength={mode === 'up' ? 10 : undefined}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || waitLeft > 0}>
            {busy ? <Spinner size={14} /> : null} {mode === 'in' ? 'Sign in' : 'Create account'}
          </button>
          <Link to={other} className="btn btn-ghost" replace>
            {mode === 'in' ? 'Create an account instead' : 'I have an account'}
          </Link>
        </div>
      </form>
      {mode === 'in' ? (
        <section className="card demo-accounts" aria-labelledby="demo-title">
          <h2 id="demo-title">Exploring the demo?</h2>
          <p className="muted">
            When the server seeded the demo product “Harvest Box”, it has one account per role. Pick one to fill the email; the password is{' '}
            <code>backlog-demo</code> unless the server sets <code>DEMO_PASSWORD</code>.
          </p>
          <ul>
            {DEMO_ACCOUNTS.map(([address, role, what]) => (
              <li key={address}>
                <button
                  type="button"
                  className={`btn btn-small demo-account${email === address ? ' is-on' : ''}`}
                  aria-pressed={email === address}
                  onClick={() => {
                    setEmail(address);
                    setProblem(null);
                    passwordRef.current?.focus();
                  }}
                >
                  {email === address ? <Icon name="check" /> : null} {role}
                </button>{' '}
                <span className="demo-address">{address}</span> <span className="muted">· {what}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
