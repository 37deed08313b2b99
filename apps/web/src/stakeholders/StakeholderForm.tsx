import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  ENGAGEMENT_TECHNIQUES,
  MENDELOW_QUADRANT_INFO,
  STAKEHOLDER_GROUPS,
  mendelowQuadrant,
  type EngagementTechnique,
  type StakeholderGroup,
} from '@backlog-studio/domain';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { CreateStakeholderDocument, UpdateStakeholderDocument, type StakeholderFieldsFragment } from '../api/generated/graphql';
import { Field, ProblemBanner, Spinner } from '../components/ui';
import { groupLabel, techniqueLabel } from './labels';

export interface MemberOption {
  userId: string;
  label: string;
}

const toNumber = (s: string): number | null => {
  if (s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};

/** Create a stakeholder, or edit one (only the changed fields are sent, with expectedVersion). */
export function StakeholderForm({
  productId,
  stakeholder,
  members,
  onDone,
  onCancel,
}: {
  productId: string;
  stakeholder: StakeholderFieldsFragment | null;
  members: readonly MemberOption[];
  onDone: (saved: StakeholderFieldsFragment) => void;
  onCancel: () => void;
}) {
  const editing = stakeholder !== null;
  const [name, setName] = useState(stakeholder?.name ?? '');
  const [group, setGroup] = useState<StakeholderGroup>((stakeholder?.group as StakeholderGroup | undefined) ?? 'CUSTOMER');
  const [power, setPower] = useState(String(stakeholder?.power ?? 5));
  const [interest, setInterest] = useState(String(stakeholder?.interest ?? 5));
  const [contact, setContact] = useState(stakeholder?.contact ?? '');
  const [notes, setNotes] = useState(stakeholder?.notes ?? '');
  const [userId, setUserId] = useState(stakeholder?.userId ?? '');
  const [techniques, setTechniques] = useState<EngagementTechnique[]>((stakeholder?.techniques as EngagementTechnique[] | undefined) ?? []);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [create, doCreate] = useMutation(CreateStakeholderDocument);
  const [update, doUpdate] = useMutation(UpdateStakeholderDocument);
  const busy = create.fetching || update.fetching;
  const errors = fieldErrorMap(problem);

  const p = toNumber(power);
  const i = toNumber(interest);
  const onScale = (n: number | null) => n !== null && n >= 0 && n <= 10;
  const quadrant = onScale(p) && onScale(i) ? mendelowQuadrant(p!, i!) : null;
  const info = quadrant ? MENDELOW_QUADRANT_INFO[quadrant] : null;
  const localErrors: Record<string, string> = {};
  if (!onScale(p)) localErrors.power = 'Power is a number from 0 to 10.';
  if (!onScale(i)) localErrors.interest = 'Interest is a number from 0 to 10.';

  const toggleTechnique = (t: EngagementTechnique) => setTechniques((list) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (Object.keys(localErrors).length) return;
    if (!name.trim()) {
      setProblem({ kind: 'fields', message: 'Name the stakeholder.', fields: [{ field: 'name', rule: 'required', message: 'Name the stakeholder.' }] });
      return;
    }
    if (!stakeholder) {
      const result = await doCreate({
        input: { productId, name, group, power: p!, interest: i!, contact, notes, techniques, ...(userId ? { userId } : {}) },
      });
      if (result.data) onDone(result.data.createStakeholder);
      else setProblem(toProblem(result.error));
      return;
    }
    const changes: Record<string, unknown> = {};
    if (name !== stakeholder.name) changes.name = name;
    if (group !== stakeholder.group) changes.group = group;
    if (p !== stakeholder.power) changes.power = p;
    if (i !== stakeholder.interest) changes.interest = i;
    if (contact !== (stakeholder.contact ?? '')) changes.contact = contact;
    if (notes !== stakeholder.notes) changes.notes = notes;
    if ((userId || null) !== (stakeholder.userId ?? null)) changes.userId = userId || null;
    if ([...techniques].sort().join() !== [...stakeholder.techniques].sort().join()) changes.techniques = techniques;
    if (!Object.keys(changes).length) {
      onCancel();
      return;
    }
    const result = await doUpdate({ input: { id: stakeholder.id, expectedVersion: stakeholder.version, ...changes } });
    if (result.data) onDone(result.data.updateStakeholder);
    else setProblem(toProblem(result.error));
  };

  const conflict = problem?.kind === 'conflict';
  const titleId = editing ? 'stakeholder-form-edit-title' : 'stakeholder-form-new-title';
  return (
    <form className="card form-card sh-form" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="stakeholder-form">
      <h2 id={titleId}>{editing ? `Edit ${stakeholder.name}` : 'New stakeholder'}</h2>
      <p className="muted">{editing ? 'Change what you know about them.' : 'Someone who affects the product or is affected by it.'}</p>
      <ProblemBanner problem={problem} />
      {conflict ? (
        <p className="banner banner-warning" role="alert">
          Someone changed this stakeholder meanwhile. Cancel to see their version, then edit again.
        </p>
      ) : null}
      <Field label="Name" error={errors.name}>
        {(c) => <input {...c} value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label="Group" error={errors.group}>
          {(c) => (
            <select {...c} value={group} onChange={(e) => setGroup(e.target.value as StakeholderGroup)}>
              {STAKEHOLDER_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {groupLabel(g)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Power (0–10)" error={localErrors.power ?? errors.power}>
          {(c) => <input {...c} type="number" inputMode="decimal" min={0} max={10} step={0.5} value={power} onChange={(e) => setPower(e.target.value)} />}
        </Field>
        <Field label="Interest (0–10)" error={localErrors.interest ?? errors.interest}>
          {(c) => <input {...c} type="number" inputMode="decimal" min={0} max={10} step={0.5} value={interest} onChange={(e) => setInterest(e.target.value)} />}
        </Field>
      </div>
      {info ? (
        <p className="sh-form-quadrant" role="status">
          <strong>{info.label}</strong> ({info.alsoKnownAs.toLowerCase()}): {info.meaning}
        </p>
      ) : null}
      <Field label="Contact" error={errors.contact} hint="Only the product owner sees it.">
        {(c) => <input {...c} value={contact} maxLength={300} autoComplete="off" onChange={(e) => setContact(e.target.value)} />}
      </Field>
      <fieldset className="sh-fieldset">
        <legend className="field-label">How you engage them</legend>
        {info ? <p className="field-hint">Suggested for {info.label.toLowerCase()}: {info.techniques.map(techniqueLabel).join(', ')}.</p> : null}
        <div className="chips">
          {ENGAGEMENT_TECHNIQUES.map((t) => {
            const on = techniques.includes(t);
            return (
              <label key={t} className={`chip${on ? ' is-on' : ''}`}>
                <input type="checkbox" checked={on} onChange={() => toggleTechnique(t)} />
                {techniqueLabel(t)}
              </label>
            );
          })}
        </div>
      </fieldset>
      <Field label="Speaks through the account of" error={errors.userId} hint="A member who rates value as this stakeholder.">
        {(c) => (
          <select {...c} value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">Nobody</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Notes" error={errors.notes}>
        {(c) => <textarea {...c} rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? <Spinner size={14} /> : null} {editing ? 'Save stakeholder' : 'Add stakeholder'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
