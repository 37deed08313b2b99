import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { GOAL_STATUSES, LIMITS, type GoalStatus } from '@backlog-studio/domain';
import { CreateProductGoalMutation, UpdateProductGoalMutation } from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import type { GoalFieldsFragment, ProductFieldsFragment } from '../api/generated/graphql';
import { EmptyState, Field, Icon, ProblemBanner, Spinner } from '../components/ui';
import { formatDate } from '../lib/format';
import { GOAL_STATUS_LABEL } from '../lib/labels';
import { productProblemMessage } from '../lib/problem-message';

function GoalCard({ goal, onChanged, canEdit }: { goal: GoalFieldsFragment; onChanged: () => void; canEdit: boolean }) {
  const [{ fetching }, updateGoal] = useMutation(UpdateProductGoalMutation);
  const [error, setError] = useState<string | null>(null);
  const active = goal.status === 'ACTIVE';
  const selectId = `goal-status-${goal.id}`;
  const changeStatus = async (status: GoalStatus) => {
    setError(null);
    const result = await updateGoal({ input: { id: goal.id, expectedVersion: goal.version, status } });
    if (result.error) setError(productProblemMessage(toProblem(result.error), 'status'));
    onChanged();
  };
  return (
    <li className={`goal-card${active ? ' is-active' : ''}`} data-testid="goal-card">
      <div className="goal-card-top">
        {active ? (
          <span className="badge goal-active">
            <Icon name="check" /> Active goal
          </span>
        ) : (
          <span className={`badge goal-${goal.status.toLowerCase()}`}>{GOAL_STATUS_LABEL[goal.status]}</span>
        )}
        {canEdit ? (
          <div className={`goal-status${error ? ' field-invalid' : ''}`}>
            <label htmlFor={selectId} className="visually-hidden">
              Status of the goal “{goal.statement}”
            </label>
            <select
              id={selectId}
              value={goal.status}
              disabled={fetching}
              onChange={(e) => void changeStatus(e.target.value as GoalStatus)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${selectId}-error` : undefined}
            >
              {GOAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {GOAL_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
            {fetching ? <Spinner size={14} /> : null}
          </div>
        ) : null}
      </div>
      <p className="goal-statement">{goal.statement}</p>
      <dl className="goal-facts">
        <div>
          <dt>Measure</dt>
          <dd>{goal.measure || <span className="muted">not set</span>}</dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>{formatDate(goal.targetDate)}</dd>
        </div>
      </dl>
      {error ? (
        <p className="field-error" id={`${selectId}-error`} role="alert">
          <Icon name="alert" /> {error}
        </p>
      ) : null}
    </li>
  );
}

function GoalForm({ product, onDone, onCancel }: { product: ProductFieldsFragment; onDone: () => void; onCancel: () => void }) {
  const [statement, setStatement] = useState('');
  const [measure, setMeasure] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [status, setStatus] = useState<GoalStatus>('ACTIVE');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, createGoal] = useMutation(CreateProductGoalMutation);
  const errors = fieldErrorMap(problem);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const result = await createGoal({
      input: { productId: product.id, statement, measure, status, ...(targetDate ? { targetDate } : {}) },
    });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    onDone();
  };
  return (
    <form className="card goal-form" onSubmit={submit} noValidate aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">New Product Goal</h3>
      <p className="muted">A measurable objective for the product, the next step toward the vision.</p>
      <ProblemBanner problem={problem} />
      <Field label="Goal statement" error={errors.statement} hint="What should be true when the goal is met?">
        {(p) => <textarea {...p} rows={2} maxLength={LIMITS.shortTextMax} value={statement} onChange={(e) => setStatement(e.target.value)} />}
      </Field>
      <div className="form-row">
        <Field label="Measure" error={errors.measure} hint="How progress is measured.">
          {(p) => <input {...p} value={measure} maxLength={LIMITS.metricMax} onChange={(e) => setMeasure(e.target.value)} />}
        </Field>
        <Field label="Target date" error={errors.targetDate}>
          {(p) => <input {...p} type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />}
        </Field>
        <Field
          label="Status"
          error={errors.status}
          hint={product.activeGoal && status === 'ACTIVE' ? 'Only one goal can be active: fulfil or abandon the current one first.' : undefined}
        >
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as GoalStatus)}>
              {GOAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {GOAL_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null} {fetching ? 'Creating…' : 'Create goal'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function Goals({ product, onChanged, canEdit }: { product: ProductFieldsFragment; onChanged: () => void; canEdit: boolean }) {
  const [adding, setAdding] = useState(false);
  // The active goal first, then the others newest first (the API's order).
  const goals = [...product.goals].sort((a, b) => Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE'));
  return (
    <section className="workspace-section" id="goals" aria-labelledby="goals-title" tabIndex={-1}>
      <div className="section-head">
        <div>
          <h2 id="goals-title">Product Goals</h2>
          <p className="muted section-sub">One active at a time; the backlog serves it.</p>
        </div>
        {adding || !canEdit ? null : (
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            <Icon name="plus" /> New goal
          </button>
        )}
      </div>
      {adding ? (
        <GoalForm
          product={product}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChanged();
          }}
        />
      ) : null}
      {goals.length === 0 && !adding ? <EmptyState title="No Product Goal yet">{canEdit ? 'Set one to give the backlog a direction.' : 'The product owner sets the goals.'}</EmptyState> : null}
      {goals.length > 0 ? (
        <ul className="goal-list">
          {goals.map((g) => (
            <GoalCard key={g.id} goal={g} onChanged={onChanged} canEdit={canEdit} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
