import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { CATALOGUE, exerciseById, exercisesForObjective, productOfOwnBacklogExercise, type PracticeAttempt } from '@backlog-studio/domain';
import { ProductsQuery } from '../api/documents';
import { toProblem } from '../api/errors';
import { PracticeProgressDocument } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { Loading, ProblemBanner } from '../components/ui';
import { formatRelative } from '../lib/format';
import { EXERCISE_TYPE_INFO, OBJECTIVE_LABELS, percent } from './labels';
import { exerciseTypes, objectiveMap, suggestedExercise } from './progress';
import './practice.css';

const TYPES = exerciseTypes(CATALOGUE);

/** A bar and the percentage; the percentage is what a screen reader reads. */
function Mastery({ value, testId }: { value: number; testId?: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <span className="pr-meter">
      <span className="pr-meter-track" aria-hidden="true">
        <span className={`pr-meter-fill${pct >= 80 ? ' is-strong' : ''}`} style={{ width: `${pct}%` }} />
      </span>
      <span className="pr-meter-value" data-testid={testId}>
        <span className="visually-hidden">mastery </span>
        {pct} %
      </span>
    </span>
  );
}

/** Pick a product you belong to and order the top of its backlog by WSJF. */
function OwnBacklogPicker() {
  const [{ data, error }] = useQuery({ query: ProductsQuery });
  const navigate = useNavigate();
  const products = data?.products ?? [];
  const [chosen, setChosen] = useState('');
  const productId = chosen || products[0]?.id || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (productId) void navigate(`/practice/own-backlog?product=${encodeURIComponent(productId)}`);
  };
  return (
    <section className="card pr-own" aria-labelledby="own-title" data-testid="own-backlog-picker">
      <h2 id="own-title">On your own backlog</h2>
      <p className="muted">Order the top ten items of a product you belong to by WSJF, from the value, time criticality, risk reduction and size your team gave them.</p>
      <ProblemBanner problem={toProblem(error)} />
      {data && products.length === 0 ? (
        <p className="small muted">
          You belong to no product yet. <Link to="/products">Create one</Link> to practise on its backlog.
        </p>
      ) : (
        <form className="input-row pr-own-form" onSubmit={submit}>
          <div className="pr-pick">
            <label htmlFor="own-product" className="pr-pick-label">
              Product
            </label>
            <select id="own-product" value={productId} onChange={(e) => setChosen(e.target.value)} disabled={!data}>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn" disabled={!productId}>
            Order its top ten by WSJF
          </button>
        </form>
      )}
    </section>
  );
}

/** A recent attempt: a catalogue exercise opens again; one on your own backlog opens that product's. */
function RecentLink({ exerciseId }: { exerciseId: string }) {
  const product = productOfOwnBacklogExercise(exerciseId);
  if (product) return <Link to={`/practice/own-backlog?product=${encodeURIComponent(product)}`}>Your own backlog by WSJF</Link>;
  return <Link to={`/practice/${encodeURIComponent(exerciseId)}`}>{exerciseById(exerciseId)?.title ?? exerciseId}</Link>;
}

/** `/practice`: mastery per objective by category, what to do next, and every exercise type. */
export default function PracticeHome() {
  useDocumentTitle('Practice');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PracticeProgressDocument, variables: { next: 5 }, requestPolicy: 'cache-and-network' });
  const progress = data?.practiceProgress;
  const attempts: PracticeAttempt[] = useMemo(
    () => (progress?.recent ?? []).map((a) => ({ exerciseId: a.exerciseId, objective: a.objective, score: a.score, at: a.at })),
    [progress],
  );
  const map = useMemo(() => objectiveMap(progress?.byObjective ?? [], progress?.byCategory ?? []), [progress]);
  const next = (progress?.next ?? []).map((id) => exerciseById(id)).filter((e) => e !== undefined);
  const [first, ...later] = next;
  const problem = toProblem(error);

  return (
    <div className="page pr-page">
      <div className="page-head">
        <div>
          <h1>Practice</h1>
          <p className="muted">Scored exercises for the CSPO learning objectives. Feedback comes at once, with the reason behind every answer.</p>
        </div>
        <Link to="/practice/simulation" className="btn">
          Coach’s simulation
        </Link>
      </div>
      {problem && !data ? <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}

      <section className="card pr-continue" aria-labelledby="continue-title" data-testid="continue">
        <h2 id="continue-title">Up next</h2>
        {first ? (
          <>
            <p className="pr-continue-what">
              <strong>{first.title}</strong>
              <span className="muted">
                {' '}
                · {first.objective} {OBJECTIVE_LABELS[first.objective]} · {EXERCISE_TYPE_INFO[first.type].label}
              </span>
            </p>
            <div className="pr-continue-actions">
              <Link to={`/practice/${encodeURIComponent(first.id)}`} className="btn btn-primary" data-exercise-id={first.id}>
                Continue
              </Link>
              <p className="small muted">Objectives you missed come back first, then those you have not practised for a while.</p>
            </div>
            {later.length ? (
              <p className="small pr-later">
                After that:{' '}
                {later.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={`/practice/${encodeURIComponent(e.id)}`}>{e.title}</Link>
                  </span>
                ))}
              </p>
            ) : null}
          </>
        ) : fetching ? (
          <Loading label="Finding what to practise next…" />
        ) : (
          <p className="muted">Nothing is due. Pick any exercise type below.</p>
        )}
      </section>

      <section aria-labelledby="objectives-title" className="pr-section">
        <h2 id="objectives-title">Your objectives</h2>
        <p className="muted section-sub">Mastery is the weighted mean of your latest five scores per objective, the latest weighing most.</p>
        <div className="pr-categories">
          {map.map((category) => (
            <section key={category.id} className="card pr-category" aria-labelledby={`category-${category.id}`} data-testid={`category-${category.id}`}>
              <div className="pr-category-head">
                <h3 id={`category-${category.id}`}>
                  {category.id} {category.label}
                </h3>
                <Mastery value={category.mastery} testId={`category-mastery-${category.id}`} />
              </div>
              <ul className="pr-objectives">
                {category.objectives.map((o) => {
                  const suggestion = o.trainer ? suggestedExercise(exercisesForObjective(o.id), attempts) : null;
                  return (
                    <li key={o.id} className="pr-objective" data-testid={`objective-${o.id}`}>
                      <div className="pr-objective-text">
                        <span className="pr-objective-id">{o.id}</span> {o.label}
                        <span className="small muted pr-objective-trainer">{o.trainer ? `Trainer: ${o.trainer}` : 'Practised in the workspace: assumptions and experiments beside the backlog.'}</span>
                      </div>
                      {o.trainer ? (
                        <div className="pr-objective-side">
                          <Mastery value={o.mastery} testId={`mastery-${o.id}`} />
                          <span className="small muted">
                            {o.attempts} {o.attempts === 1 ? 'attempt' : 'attempts'}
                          </span>
                          {suggestion ? (
                            <Link to={`/practice/${encodeURIComponent(suggestion.id)}`} className="btn btn-small">
                              Practise<span className="visually-hidden"> {o.id}</span>
                            </Link>
                          ) : null}
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </section>

      {progress?.recent.length ? (
        <section aria-labelledby="recent-title" className="pr-section">
          <h2 id="recent-title">Recent attempts</h2>
          <ul className="pr-recent" data-testid="recent-attempts">
            {progress.recent.slice(0, 6).map((a) => (
              <li key={a.id}>
                <RecentLink exerciseId={a.exerciseId} />{' '}
                <span className={`badge ${a.correct ? 'pr-badge-ok' : 'pr-badge-partial'}`}>{percent(a.score)}</span>{' '}
                <span className="small muted">{formatRelative(a.at)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="types-title" className="pr-section">
        <h2 id="types-title">All exercise types</h2>
        <p className="muted section-sub">
          {TYPES.length} types, {CATALOGUE.length} exercises. Start one, or open its list to pick an exercise.
        </p>
        <ul className="pr-types">
          {TYPES.map((t) => {
            const info = EXERCISE_TYPE_INFO[t.type];
            const suggestion = suggestedExercise(t.exercises, attempts) ?? t.exercises[0];
            return (
              <li key={t.type} className="card pr-type" data-testid="exercise-type" data-type={t.type}>
                <h3>{info.label}</h3>
                <p className="small">{info.description}</p>
                <p className="small muted">
                  {t.objectives.join(', ')} · {t.exercises.length} exercises
                </p>
                <div className="pr-type-actions">
                  {suggestion ? (
                    <Link to={`/practice/${encodeURIComponent(suggestion.id)}`} className="btn btn-small">
                      Start<span className="visually-hidden"> {info.label}</span>
                    </Link>
                  ) : null}
                  {t.type === 'WSJF_ORDER' ? (
                    <Link to="/practice/own-backlog" className="small">
                      On your own backlog
                    </Link>
                  ) : null}
                </div>
                <details className="pr-type-list">
                  <summary>
                    All {t.exercises.length}
                    <span className="visually-hidden"> {info.label} exercises</span>
                  </summary>
                  <ul>
                    {t.exercises.map((e) => (
                      <li key={e.id}>
                        <Link to={`/practice/${encodeURIComponent(e.id)}`}>{e.title}</Link> <span className="small muted">{e.objective}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      <OwnBacklogPicker />
    </div>
  );
}
