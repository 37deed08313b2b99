import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { RefinementSetSettingsDocument, type EstimationScale, type ReadinessRule, type RefinementSettingsFieldsFragment } from '../api/generated/graphql';
import { Field, Icon, Spinner } from '../components/ui';
import { RULE_OPTIONS, ruleLabel, SCALE_OPTIONS, scaleLabel } from './labels';
import { ProblemNote } from './ProblemNote';
import { cardsFromText } from './room';

type Settings = RefinementSettingsFieldsFragment;
interface LineDraft {
  /** Kept for lines that exist, so ticks and history keep referring to them. */
  id: string | null;
  text: string;
  rule: ReadinessRule;
}

function SettingsForm({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const id = useId();
  const [scale, setScale] = useState<EstimationScale>(settings.scale);
  const [custom, setCustom] = useState(settings.customCards.join(', '));
  const [limit, setLimit] = useState(String(settings.sprintSizeLimit));
  const [lines, setLines] = useState<LineDraft[]>(settings.definitionOfReady.map((l) => ({ id: l.id, text: l.text, rule: l.rule })));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, save] = useMutation(RefinementSetSettingsDocument);
  const errors = fieldErrorMap(problem);
  const update = (i: number, patch: Partial<LineDraft>) => setLines((list) => list.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await save({
      input: {
        productId: settings.productId,
        expectedVersion: settings.version,
        scale,
        customCards: scale === 'CUSTOM' ? cardsFromText(custom) : [],
        sprintSizeLimit: Number(limit),
        definitionOfReady: lines.filter((l) => l.text.trim()).map((l) => ({ ...(l.id ? { id: l.id } : {}), text: l.text.trim(), rule: l.rule })),
      },
    });
    const p = toProblem(result.error);
    setProblem(p);
    if (!p) onDone();
  };

  return (
    <form onSubmit={submit} noValidate className="rf-settings-form" data-testid="settings-form">
      <ProblemNote problem={problem} onDismiss={() => setProblem(null)} />
      <Field label="Estimation scale" error={errors.scale}>
        {(c) => (
          <select {...c} value={scale} onChange={(e) => setScale(e.target.value as EstimationScale)}>
            {SCALE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
                {o.cards.length ? ` (${o.cards.join(' ')})` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      {scale === 'CUSTOM' ? (
        <Field label="Custom cards" hint="At least two, separated by commas or spaces; at most 8 characters each. Add ? for “need more information”." error={errors.customCards}>
          {(c) => <input {...c} value={custom} placeholder="e.g. 1, 2, 4, 8, ?" onChange={(e) => setCustom(e.target.value)} />}
        </Field>
      ) : null}
      <Field label="Sprint size limit" hint="The largest size that fits comfortably in a sprint; larger items are flagged to split." error={errors.sprintSizeLimit}>
        {(c) => <input {...c} type="number" min={1} max={1000} step={1} value={limit} onChange={(e) => setLimit(e.target.value)} />}
      </Field>
      <fieldset className="rf-fieldset">
        <legend className="field-label">Definition of Ready</legend>
        {errors.definitionOfReady ? <p className="field-error">{errors.definitionOfReady}</p> : null}
        <ol className="rf-dor-edit">
          {lines.map((l, i) => (
            <li key={i}>
              <label htmlFor={`${id}-l${i}`} className="visually-hidden">
                Definition of Ready line {i + 1}
              </label>
              <input id={`${id}-l${i}`} value={l.text} maxLength={300} onChange={(e) => update(i, { text: e.target.value })} />
              <label htmlFor={`${id}-r${i}`} className="visually-hidden">
                How line {i + 1} is checked
              </label>
              <select id={`${id}-r${i}`} value={l.rule} onChange={(e) => update(i, { rule: e.target.value as ReadinessRule })}>
                {RULE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <button type="button" className="btn btn-icon btn-ghost" aria-label={`Remove line ${i + 1}`} onClick={() => setLines((list) => list.filter((_, j) => j !== i))}>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-small" disabled={lines.length >= 20} onClick={() => setLines((list) => [...list, { id: null, text: '', rule: 'MANUAL' }])}>
          <Icon name="plus" /> Add a line
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null} Save settings
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The product's estimation scale, sprint size limit and Definition of Ready; the product owner edits them. */
export function SettingsPanel({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="card rf-settings" aria-labelledby="settings-title" data-testid="refinement-settings">
      <div className="rf-panel-head">
        <h2 id="settings-title">Settings</h2>
        {canEdit && !editing ? (
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            <Icon name="edit" /> Edit settings
          </button>
        ) : null}
      </div>
      {editing ? (
        <SettingsForm key={settings.version} settings={settings} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="rf-facts">
            <div>
              <dt>Estimation scale</dt>
              <dd>
                {scaleLabel(settings.scale)}
                <span className="visually-hidden">, cards {settings.cards.join(', ')}</span>
                <span className="rf-card-row" aria-hidden="true">
                  {settings.cards.map((c) => (
                    <span key={c} className="rf-card-chip">
                      {c}
                    </span>
                  ))}
                </span>
              </dd>
            </div>
            <div>
              <dt>Sprint size limit</dt>
              <dd>{settings.sprintSizeLimit}</dd>
            </div>
          </dl>
          <h3 className="rf-subheading">Definition of Ready</h3>
          <ul className="rf-dor-view" data-testid="dor-settings">
            {settings.definitionOfReady.map((l) => (
              <li key={l.id}>
                {l.text} <span className="muted small">· {ruleLabel(l.rule)}</span>
              </li>
            ))}
          </ul>
          {!canEdit ? <p className="muted small">Only the product owner changes these.</p> : null}
        </>
      )}
    </section>
  );
}
