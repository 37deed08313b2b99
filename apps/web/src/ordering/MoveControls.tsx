import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { OrderingCriterion } from '../api/generated/graphql';
import { Icon } from '../components/ui';
import { formatCount } from '../lib/format';
import { CRITERIA, CRITERION_LABEL } from './labels';
import { parsePosition } from './reorder';
import type { Why } from './useReorder';

/** Reason and criterion of the next move: optional, kept beside the list, never in the way. */
export function WhyFields({ why, onChange, idPrefix, compact = false }: { why: Why; onChange: (why: Why) => void; idPrefix: string; compact?: boolean }) {
  return (
    <div className={`why-fields${compact ? ' is-compact' : ''}`}>
      <div className="field why-reason">
        <label htmlFor={`${idPrefix}-reason`} className="field-label">
          Reason for the next move <span className="muted">(optional)</span>
        </label>
        <input
          id={`${idPrefix}-reason`}
          value={why.reason}
          maxLength={500}
          placeholder="e.g. the pilot kitchen needs it before the tasting"
          onChange={(e) => onChange({ ...why, reason: e.target.value })}
          autoComplete="off"
        />
      </div>
      <div className="field why-criterion">
        <label htmlFor={`${idPrefix}-criterion`} className="field-label">
          Criterion
        </label>
        <select id={`${idPrefix}-criterion`} value={why.criterion} onChange={(e) => onChange({ ...why, criterion: e.target.value as OrderingCriterion | '' })}>
          <option value="">Not said</option>
          {CRITERIA.map((c) => (
            <option key={c} value={c}>
              {CRITERION_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/**
 * Moving one item by keyboard or click: up, down, to the top, to the bottom or to a typed
 * position, with the reason and criterion. Escape closes; focus stays inside while open.
 */
export function MoveDialog({
  title,
  index,
  count,
  why,
  onWhy,
  onMove,
  onClose,
}: {
  title: string;
  index: number;
  count: number;
  why: Why;
  onWhy: (why: Why) => void;
  onMove: (toIndex: number) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const focusable = dialogRef.current?.querySelectorAll<HTMLElement>('button:not(:disabled), input, select');
    if (!focusable?.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const to = parsePosition(text, count);
    if (to === null) {
      setError(`Type a position from 1 to ${formatCount(count)}.`);
      inputRef.current?.focus();
      return;
    }
    onMove(to - 1);
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal move-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialogRef} onKeyDown={onKeyDown}>
        <h2 id={titleId}>Move “{title}”</h2>
        <p className="muted">
          Now at position {formatCount(index + 1)} of {formatCount(count)}.
        </p>
        <form className="move-to" onSubmit={submit} noValidate>
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={`${titleId}-position`} className="field-label">
              To position
            </label>
            <div className="input-row">
              <input
                id={`${titleId}-position`}
                ref={inputRef}
                type="number"
                inputMode="numeric"
                min={1}
                max={count}
                value={text}
                placeholder={`1–${count}`}
                onChange={(e) => {
                  setText(e.target.value);
                  setError(null);
                }}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${titleId}-error` : undefined}
              />
              <button type="submit" className="btn btn-primary">
                Move
              </button>
            </div>
            {error ? (
              <p className="field-error" id={`${titleId}-error`}>
                <Icon name="alert" /> {error}
              </p>
            ) : null}
          </div>
        </form>
        <div className="move-buttons" role="group" aria-label="Quick moves">
          <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => onMove(0)}>
            To the top
          </button>
          <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => onMove(index - 1)}>
            <Icon name="up" /> Up one
          </button>
          <button type="button" className="btn btn-small" disabled={index >= count - 1} onClick={() => onMove(index + 1)}>
            <Icon name="down" /> Down one
          </button>
          <button type="button" className="btn btn-small" disabled={index >= count - 1} onClick={() => onMove(count - 1)}>
            To the bottom
          </button>
        </div>
        <WhyFields why={why} onChange={onWhy} idPrefix={`${titleId}-why`} compact />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
