import type { Cd3ScenarioItem, Dependency, ExerciseOf, Labelled, WsjfScenarioItem } from '@backlog-studio/domain';
import { formatCount } from '../../lib/format';
import { parseDecimal } from '../answers';
import { Verdict } from '../Feedback';
import { OrderList } from '../OrderList';
import { nameOf } from './TextDetails';
import { controlId, type EditorProps } from './types';

const PROFILE_LABEL: Record<string, string> = { STANDARD: 'standard', FIXED_DATE: 'fixed date', EXPEDITE: 'expedite', INTANGIBLE: 'intangible' };

/** "Item A depends on item B": the order must put B first. */
function Dependencies({ dependencies, titleOf }: { dependencies: readonly Dependency[]; titleOf: (id: string) => string }) {
  if (dependencies.length === 0) return null;
  return (
    <div className="pr-dependencies">
      <h2 className="pr-subhead">Dependencies</h2>
      <ul>
        {dependencies.map(([item, prerequisite]) => (
          <li key={`${item}>${prerequisite}`}>
            <strong>{titleOf(item)}</strong> depends on <strong>{titleOf(prerequisite)}</strong>: it cannot go above it.
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The model answer, shown once checked: the order of the key, with each item's score. */
function KeyOrder({ order, titleOf, scoreOf }: { order: readonly string[]; titleOf: (id: string) => string; scoreOf?: (id: string) => string }) {
  return (
    <div className="pr-key" data-testid="key-order">
      <h2 className="pr-subhead">The order of the key</h2>
      <ol>
        {order.map((id) => (
          <li key={id}>
            {titleOf(id)}
            {scoreOf ? <span className="muted"> · {scoreOf(id)}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function WsjfParts({ item }: { item: WsjfScenarioItem }) {
  return (
    <dl className="pr-parts">
      <div>
        <dt>Value</dt>
        <dd>{item.userBusinessValue}</dd>
      </div>
      <div>
        <dt>Time</dt>
        <dd>{item.timeCriticality}</dd>
      </div>
      <div>
        <dt>Risk | opp.</dt>
        <dd>{item.riskReduction}</dd>
      </div>
      <div>
        <dt>Job size</dt>
        <dd>{item.jobSize}</dd>
      </div>
    </dl>
  );
}

function Cd3Parts({ item, unit }: { item: Cd3ScenarioItem; unit: string }) {
  const input = item.input;
  return (
    <dl className="pr-parts">
      <div>
        <dt>Urgency</dt>
        <dd>{PROFILE_LABEL[input.profile ?? 'STANDARD']}</dd>
      </div>
      <div>
        <dt>Cost of delay</dt>
        <dd>
          {formatCount(input.costOfDelayPerWeek ?? 0)} <span className="small">{unit}</span>
        </dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>{formatCount(input.durationWeeks ?? 0)} weeks</dd>
      </div>
      {input.weeksUntilDeadline !== undefined && input.weeksUntilDeadline !== null ? (
        <div>
          <dt>Deadline in</dt>
          <dd>{formatCount(input.weeksUntilDeadline)} weeks</dd>
        </div>
      ) : null}
      {input.startInWeeks ? (
        <div>
          <dt>Starts in</dt>
          <dd>{formatCount(input.startInWeeks)} weeks</dd>
        </div>
      ) : null}
    </dl>
  );
}

type ComputedType = 'WSJF_ORDER' | 'CD3_ORDER';

/** Compute each item's score (WSJF or CD3), then order the items by it. */
export function ComputedOrderEditor({ exercise, draft, update, review }: EditorProps<ComputedType>) {
  const model = exercise.type === 'WSJF_ORDER' ? 'WSJF' : 'CD3';
  const items = new Map<string, WsjfScenarioItem | Cd3ScenarioItem>(exercise.material.items.map((i) => [i.id, i]));
  const titleOf = (id: string) => items.get(id)?.title ?? id;
  const order = draft.orders.order ?? [];
  return (
    <>
      <Dependencies dependencies={exercise.material.dependencies} titleOf={titleOf} />
      <OrderList
        ids={order}
        nameOf={titleOf}
        label={`Your order, highest ${model} first`}
        testId="answer-order"
        locked={review !== null}
        onChange={(next) => update((d) => ({ ...d, orders: { ...d.orders, order: next } }))}
        render={(id) => {
          const item = items.get(id);
          if (!item) return null;
          const inputId = controlId(exercise.id, 'score', id);
          const text = draft.texts[id] ?? '';
          const invalid = text.trim() !== '' && parseDecimal(text) === null;
          return (
            <div className="pr-order-content">
              <div className="pr-order-text">
                <strong>{item.title}</strong>
                <span className="small muted"> {item.note}</span>
                {'jobSize' in item ? <WsjfParts item={item} /> : <Cd3Parts item={item} unit={(exercise as ExerciseOf<'CD3_ORDER'>).material.unit} />}
              </div>
              <div className="pr-score">
                <label htmlFor={inputId} className="pr-pick-label">
                  {model}
                  <span className="visually-hidden"> of {item.title}</span>
                </label>
                <input
                  id={inputId}
                  inputMode="decimal"
                  autoComplete="off"
                  value={text}
                  disabled={review !== null}
                  aria-invalid={invalid || undefined}
                  onChange={(e) => {
                    const value = e.target.value;
                    update((d) => ({ ...d, texts: { ...d.texts, [id]: value } }));
                  }}
                />
              </div>
              <Verdict feedback={review?.byElement.get(id)} />
            </div>
          );
        }}
      />
      {review ? <KeyOrder order={exercise.answerKey.order} titleOf={titleOf} scoreOf={(id) => exercise.answerKey.arithmetic[id] ?? ''} /> : null}
    </>
  );
}

/** Order the backlog against the Product Goal and give each item the reason for its place. */
export function KataEditor({ exercise, draft, update, review }: EditorProps<'ORDERING_KATA'>) {
  const items = new Map(exercise.material.items.map((i) => [i.id, i]));
  const titleOf = (id: string) => {
    const item = items.get(id);
    return item ? nameOf(item) : id;
  };
  const reasons: readonly Labelled[] = exercise.material.reasons;
  return (
    <>
      <Dependencies dependencies={exercise.material.dependencies} titleOf={titleOf} />
      <OrderList
        ids={draft.orders.order ?? []}
        nameOf={titleOf}
        label="Your order, first to do at the top"
        testId="answer-order"
        locked={review !== null}
        onChange={(next) => update((d) => ({ ...d, orders: { ...d.orders, order: next } }))}
        render={(id) => {
          const selectId = controlId(exercise.id, 'reason', id);
          return (
            <div className="pr-order-content">
              <div className="pr-order-text">{titleOf(id)}</div>
              <div className="pr-score pr-score-wide">
                <label htmlFor={selectId} className="pr-pick-label">
                  Reason
                  <span className="visually-hidden"> for: {titleOf(id)}</span>
                </label>
                <select
                  id={selectId}
                  value={draft.picks[id] ?? ''}
                  disabled={review !== null}
                  onChange={(e) => {
                    const value = e.target.value;
                    update((d) => ({ ...d, picks: { ...d.picks, [id]: value } }));
                  }}
                >
                  <option value="">Choose…</option>
                  {reasons.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </div>
              <Verdict feedback={review?.byElement.get(id)} />
            </div>
          );
        }}
      />
      {review ? <KeyOrder order={exercise.answerKey.order} titleOf={titleOf} /> : null}
    </>
  );
}

/** Rank the approaches twice: by cost (cheapest first) and by the strength of their evidence. */
export function RankingEditor({ exercise, draft, update, review }: EditorProps<'VALIDATION_RANKING'>) {
  const approaches = new Map(exercise.material.approaches.map((a) => [a.id, a]));
  const titleOf = (id: string) => {
    const a = approaches.get(id);
    return a ? nameOf(a) : id;
  };
  const list = (name: 'byCost' | 'byEvidence', label: string) => (
    <section className="pr-ranking-col" aria-label={label}>
      <h2 className="pr-subhead">{label}</h2>
      <OrderList
        ids={draft.orders[name] ?? []}
        nameOf={(id) => `${titleOf(id)} (${name === 'byCost' ? 'cost' : 'evidence'})`}
        label={label}
        testId={`answer-${name}`}
        locked={review !== null}
        onChange={(next) => update((d) => ({ ...d, orders: { ...d.orders, [name]: next } }))}
        render={(id) => (
          <div className="pr-order-text">
            <strong>{titleOf(id)}</strong>
            {approaches.get(id)?.title ? <span className="small muted"> {approaches.get(id)?.text}</span> : null}
          </div>
        )}
      />
      {review ? <KeyOrder order={exercise.answerKey[name]} titleOf={titleOf} /> : null}
    </section>
  );
  return (
    <>
      <div className="pr-ranking">
        {list('byCost', 'By cost, cheapest first')}
        {list('byEvidence', 'By evidence, strongest first')}
      </div>
      {review ? (
        <ul className="pr-rows pr-rows-compact">
          {exercise.material.approaches.map((a) => (
            <li key={a.id} className="pr-row" data-testid="answer-row">
              <div className="pr-row-main">
                <strong>{nameOf(a)}</strong>
              </div>
              <div className="pr-row-feedback">
                <Verdict feedback={review.byElement.get(a.id)} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
