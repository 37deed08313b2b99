import { ITEM_RUBRIC_LABELS } from '@backlog-studio/domain';
import { Verdict } from '../Feedback';
import { controlId, type EditorProps } from './types';

const ITEM_FIELDS = [
  { key: 'title', label: 'Title (optional)', hint: 'A short name for the item.', rows: 0 },
  { key: 'outcome', label: 'Desired outcome', hint: 'What changes for whom, measured, by when: not what gets built.', rows: 3 },
  { key: 'value', label: 'Value', hint: 'Who gains, and how.', rows: 2 },
  { key: 'acceptanceCriteria', label: 'Acceptance criteria', hint: 'One criterion per line, each one a tester can check.', rows: 4 },
] as const;

/** Write the item: outcome, value and criteria, checked against the rubric. */
export function ItemWritingEditor({ exercise, draft, update, review }: EditorProps<'ITEM_WRITING'>) {
  const set = (key: string, value: string) => update((d) => ({ ...d, texts: { ...d.texts, [key]: value } }));
  const example = exercise.answerKey.example;
  const criteria = Array.isArray(example.acceptanceCriteria) ? example.acceptanceCriteria : String(example.acceptanceCriteria).split('\n');
  return (
    <>
      <div className="pr-item-form">
        {ITEM_FIELDS.map((f) => {
          const id = controlId(exercise.id, 'item', f.key);
          return (
            <div key={f.key} className="field">
              <label htmlFor={id} className="field-label">
                {f.label}
              </label>
              {f.rows === 0 ? (
                <input id={id} value={draft.texts[f.key] ?? ''} disabled={review !== null} aria-describedby={`${id}-hint`} onChange={(e) => set(f.key, e.target.value)} />
              ) : (
                <textarea id={id} rows={f.rows} value={draft.texts[f.key] ?? ''} disabled={review !== null} aria-describedby={`${id}-hint`} onChange={(e) => set(f.key, e.target.value)} />
              )}
              <p className="field-hint" id={`${id}-hint`}>
                {f.hint}
              </p>
            </div>
          );
        })}
      </div>
      {review ? (
        <>
          <section aria-label="The rubric" className="pr-rubric">
            <h2 className="pr-subhead">The rubric</h2>
            <ul className="pr-rows">
              {exercise.answerKey.rules.map((rule) => (
                <li key={rule} className="pr-row" data-testid="answer-row" data-id={rule}>
                  <div className="pr-row-main">
                    <strong>{ITEM_RUBRIC_LABELS[rule]}</strong>
                  </div>
                  <div className="pr-row-feedback">
                    <Verdict feedback={review.byElement.get(rule)} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
          <section aria-label="An item that passes every rule" className="pr-key">
            <h2 className="pr-subhead">An item that passes every rule</h2>
            <dl className="pr-details">
              {example.title ? (
                <div className="pr-details-row">
                  <dt>Title</dt>
                  <dd>{example.title}</dd>
                </div>
              ) : null}
              <div className="pr-details-row">
                <dt>Desired outcome</dt>
                <dd>{example.outcome}</dd>
              </div>
              <div className="pr-details-row">
                <dt>Value</dt>
                <dd>{example.value}</dd>
              </div>
              <div className="pr-details-row">
                <dt>Acceptance criteria</dt>
                <dd>
                  <ul>
                    {criteria.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
          </section>
        </>
      ) : null}
    </>
  );
}

/** Give an 85 % range from the throughput history. */
export function ForecastEditor({ exercise, draft, update, review }: EditorProps<'RELEASE_FORECAST'>) {
  const m = exercise.material;
  const unit = m.mode === 'WHEN' ? `${m.periodLabel}s` : 'items';
  const set = (key: 'from' | 'to', value: string) => update((d) => ({ ...d, texts: { ...d.texts, [key]: value } }));
  const key = exercise.answerKey;
  return (
    <>
      <div className="table-scroll">
        <table className="pr-table pr-throughput">
          <caption className="small muted">Items finished per {m.periodLabel}, oldest first</caption>
          <thead>
            <tr>
              <th scope="row">{m.periodLabel === 'week' ? 'Week' : 'Sprint'}</th>
              {m.throughputHistory.map((_, i) => (
                <th key={i} scope="col">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Items</th>
              {m.throughputHistory.map((n, i) => (
                <td key={i}>{n}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="pr-question">
        {m.mode === 'WHEN'
          ? `In how many ${m.periodLabel}s from now will the ${m.remainingItems ?? ''} remaining items be done, with 85 % confidence?`
          : `How many items will be done in the next ${m.periods ?? ''} ${m.periodLabel}s, with 85 % confidence?`}
      </p>
      <div className="pr-range">
        {(['from', 'to'] as const).map((end) => {
          const id = controlId(exercise.id, 'range', end);
          return (
            <div key={end} className="field">
              <label htmlFor={id} className="field-label">
                {end === 'from' ? 'From' : 'To'} ({unit})
              </label>
              <input id={id} inputMode="numeric" autoComplete="off" value={draft.texts[end] ?? ''} disabled={review !== null} onChange={(e) => set(end, e.target.value)} />
            </div>
          );
        })}
      </div>
      {review ? (
        <p className="pr-key" data-testid="key-forecast">
          The simulation of {key.trials.toLocaleString('en')} futures: 50 % at {key.at50}, 85 % at {key.anchor}, 95 % at {key.at95} {unit}. A sharp 85 % range:{' '}
          <strong>
            {key.narrowest.from}–{key.narrowest.to} {unit}
          </strong>
          .
        </p>
      ) : null}
    </>
  );
}
