import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { GoalStatus, ItemKind, ItemStatus } from '@backlog-studio/domain';
import type { Problem } from '../api/errors';
import { formatCount } from '../lib/format';
import { GOAL_STATUS_LABEL, KIND_LABEL, STATUS_LABEL } from '../lib/labels';

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

export function Spinner({ size = 16 }: { size?: number }) {
  return <span className="spinner" style={{ width: size, height: size }} aria-hidden="true" />;
}

export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <Spinner /> {label}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
      {action ? <div className="empty-action">{action}</div> : null}
    </div>
  );
}

const PROBLEM_TITLE: Partial<Record<Problem['kind'], string>> = {
  network: 'Cannot reach the server',
  notFound: 'Not found',
  forbidden: 'Not allowed for your role',
  unauthenticated: 'Not signed in',
  rateLimited: 'Slow down',
};

/** A refusal or failure that is not about one field: shown where the action was taken. */
export function ProblemBanner({ problem, onRetry, onDismiss }: { problem: Problem | null; onRetry?: () => void; onDismiss?: () => void }) {
  if (!problem || problem.kind === 'fields' || problem.kind === 'conflict') return null;
  const title = PROBLEM_TITLE[problem.kind] ?? 'That did not work';
  return (
    <div className="banner banner-error" role="alert">
      <div>
        <strong>{title}.</strong> {problem.message}
      </div>
      <div className="banner-actions">
        {onRetry ? (
          <button type="button" className="btn btn-small" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{STATUS_LABEL[status]}</span>;
}

export function KindBadge({ kind }: { kind: ItemKind }) {
  return <span className={`badge kind kind-${kind.toLowerCase()}`}>{KIND_LABEL[kind]}</span>;
}

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <span className={`badge goal-${status.toLowerCase()}`}>{GOAL_STATUS_LABEL[status]}</span>;
}

export function OutcomeMark({ stated }: { stated: boolean }) {
  return stated ? (
    <span className="mark mark-ok">
      <Icon name="check" /> Stated
    </span>
  ) : (
    <span className="mark mark-missing">
      <Icon name="alert" /> Missing
    </span>
  );
}

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled control with its hint and, when the API refused it, its error right beside it. */
export function Field({
  label,
  hint,
  error,
  className,
  children,
  id: givenId,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  id?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const autoId = useId();
  const id = givenId ?? `f${autoId.replace(/:/g, '')}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, ...(error ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <Icon name="alert" /> {error}
        </p>
      ) : null}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress-label" id="progress-label">
        {label} {formatCount(value)} of {formatCount(max)}
      </div>
      <div className="progress-track" role="progressbar" aria-labelledby="progress-label" aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

/** A small modal dialog for a confirmation; focus moves into it and Escape cancels. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">
          <button type="button" className="btn" ref={cancelRef} onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

const ICONS: Record<string, ReactNode> = {
  check: <path d="M3.5 8.5l3 3 6-7" />,
  alert: (
    <>
      <path d="M8 2.5l6 11H2z" />
      <path d="M8 6.5v3.2M8 11.6v.1" />
    </>
  ),
  edit: <path d="M10.5 2.5l3 3-8 8H2.5v-3z" />,
  plus: <path d="M8 3v10M3 8h10" />,
  back: <path d="M9.5 3.5L5 8l4.5 4.5" />,
  archive: (
    <>
      <path d="M2.5 3.5h11v3h-11z" />
      <path d="M3.5 6.5v6h9v-6M6.5 9h3" />
    </>
  ),
  restore: <path d="M3 8a5 5 0 1 0 1.5-3.5M3 2.5v2.5h2.5" />,
  up: <path d="M4 10l4-4 4 4" />,
  down: <path d="M4 6l4 4 4-4" />,
  close: <path d="M4 4l8 8M12 4l-8 8" />,
  search: (
    <>
      <circle cx="7" cy="7" r="4" />
      <path d="M10 10l3.5 3.5" />
    </>
  ),
  history: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v3.2l2 1.3" />
    </>
  ),
};

export function Icon({ name, size = 16 }: { name: keyof typeof ICONS; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {ICONS[name]}
    </svg>
  );
}
