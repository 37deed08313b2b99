import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { OWN_BACKLOG_SIZE, ownBacklogExercise, ownBacklogMaterialKey, type ExerciseOf } from '@backlog-studio/domain';
import { ProductsQuery } from '../api/documents';
import { toProblem } from '../api/errors';
import { PracticeBacklogItemsDocument, SubmitOwnBacklogPracticeDocument } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { EmptyState, Loading, ProblemBanner } from '../components/ui';
import { ExerciseView, ResultsPanel, useAttempt } from './ExerciseView';
import { ServerOutcome, useServerAttempt } from './ServerOutcome';
import './practice.css';

/**
 * The attempt, scored here at once, then sent to the API, which makes the exercise again from the
 * backlog as stored, scores it the same way and counts it toward the learner's C5.3 mastery.
 */
function OwnAttempt({ productId, exercise, onRetry, onRemake }: { productId: string; exercise: ExerciseOf<'WSJF_ORDER'>; onRetry: () => void; onRemake: () => void }) {
  const attempt = useAttempt(exercise);
  const [, submit] = useMutation(SubmitOwnBacklogPracticeDocument);
  const server = useServerAttempt(exercise.objective, async (c) => {
    const res = await submit({ input: { productId, basedOn: ownBacklogMaterialKey(exercise), answer: JSON.stringify(c.answer), durationMs: c.durationMs } });
    return { saved: res.data?.submitOwnBacklogPractice ?? null, problem: toProblem(res.error) };
  });
  return (
    <ExerciseView
      exercise={exercise}
      attempt={attempt}
      onCheck={() => {
        const c = attempt.check();
        if (c) server.record(c);
      }}
      titleAs="h2"
      eyebrow="C5.3 · Product economics · Order by WSJF · your own backlog"
      results={
        attempt.result && attempt.review ? (
          <ResultsPanel
            result={attempt.result}
            review={attempt.review}
            actions={
              <>
                <button type="button" className="btn btn-primary" onClick={onRetry}>
                  Try again
                </button>
                <Link to="/practice" className="btn btn-ghost">
                  Back to practice
                </Link>
              </>
            }
          >
            <ServerOutcome
              attempt={server}
              objective={exercise.objective}
              localScore={attempt.result.score}
              onConflict={
                <button type="button" className="btn btn-small" onClick={onRemake}>
                  Make it again from the backlog
                </button>
              }
            />
          </ResultsPanel>
        ) : null
      }
    />
  );
}

function OwnBacklogExercise({ productId, productName }: { productId: string; productName: string }) {
  const [round, setRound] = useState(0);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PracticeBacklogItemsDocument, variables: { productId, first: OWN_BACKLOG_SIZE }, requestPolicy: 'network-only' });
  const built = useMemo(() => (data ? ownBacklogExercise(productId, productName, data.practiceBacklogItems) : null), [data, productId, productName]);
  const problem = toProblem(error);
  if (problem) return <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!built) return <Loading label={fetching ? 'Reading the top of the backlog…' : 'Loading…'} />;
  return (
    <>
      {built.leftOut.length ? (
        <details className="pr-reference" data-testid="left-out">
          <summary>
            {built.leftOut.length} of the top items are left out: they lack a WSJF part
          </summary>
          <ul>
            {built.leftOut.map(({ item, missing }) => (
              <li key={item.id}>
                <Link to={`/products/${productId}/items/${item.id}`}>{item.title}</Link> <span className="small muted">(number {item.currentPosition}; no {missing})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {built.exercise ? (
        <OwnAttempt
          key={round}
          productId={productId}
          exercise={built.exercise}
          onRetry={() => setRound((r) => r + 1)}
          onRemake={() => {
            setRound((r) => r + 1);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : (
        <EmptyState
          title="Not enough items to order"
          action={
            <Link to={`/products/${productId}`} className="btn">
              Open the backlog
            </Link>
          }
        >
          At least two of the top ten open items need user-business value, time criticality, risk reduction and a size.
        </EmptyState>
      )}
    </>
  );
}

/** `/practice/own-backlog?product=…`: order the top ten of a product you belong to by WSJF. */
export default function OwnBacklogScreen() {
  useDocumentTitle('Practise on your own backlog');
  const [params, setParams] = useSearchParams();
  const [{ data, error }] = useQuery({ query: ProductsQuery });
  const products = data?.products ?? [];
  const asked = params.get('product') ?? '';
  const product = products.find((p) => p.id === asked) ?? null;
  return (
    <div className="page pr-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/practice">Practice</Link> <span aria-hidden="true">/</span> <span>Own backlog</span>
      </nav>
      <div className="page-head">
        <div>
          <h1>Practise on your own backlog</h1>
          <p className="muted">Order the top of a real backlog by WSJF, from the parts your team gave each item, and see how it differs from the order it is in.</p>
        </div>
      </div>
      <ProblemBanner problem={toProblem(error)} />
      <div className="pr-pick pr-own-product">
        <label htmlFor="practice-product" className="pr-pick-label">
          Product
        </label>
        <select id="practice-product" value={product?.id ?? ''} onChange={(e) => setParams(e.target.value ? { product: e.target.value } : {})} disabled={!data}>
          <option value="">Choose a product…</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {product ? (
        <OwnBacklogExercise key={product.id} productId={product.id} productName={product.name} />
      ) : data && products.length === 0 ? (
        <EmptyState title="You belong to no product yet" action={<Link to="/products" className="btn">See products</Link>} />
      ) : data && asked ? (
        <EmptyState title="Not one of your products">You can practise on the backlog of a product you belong to: choose one above.</EmptyState>
      ) : null}
    </div>
  );
}
