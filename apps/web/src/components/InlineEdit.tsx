import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, Spinner } from './ui';

/**
 * Text shown as text, edited in place: "Edit" (or a double-click) turns it into a field;
 * Ctrl/⌘+Enter saves, Escape cancels. `onSave` resolves to an error message, or null.
 */
export function InlineEdit({
  label,
  value,
  onSave,
  placeholder,
  multiline = true,
  maxLength,
  rows = 4,
  className,
  heading,
  hint,
  renderValue,
  readOnly = false,
}: {
  label: string;
  value: string;
  onSave: (value: string) => Promise<string | null>;
  placeholder: string;
  multiline?: boolean;
  maxLength?: number;
  rows?: number;
  className?: string;
  /** Rendered as the box title; the label stays the accessible name of field and button. */
  heading?: ReactNode;
  hint?: string;
  /** How the value reads when not editing (default: the text itself). */
  renderValue?: (value: string) => ReactNode;
  /** Shown as text only: the caller's role may not edit it. */
  readOnly?: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const id = `ie${useId().replace(/:/g, '')}`;

  useEffect(() => {
    if (editing) {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    } else if (wasEditing.current) {
      editRef.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    setDraft(value);
    setError(null);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setError(null);
  };
  const save = async () => {
    if (draft === value) {
      setEditing(false);
      return;
    }
    setSaving(true);
    const problem = await onSave(draft);
    setSaving(false);
    if (problem) setError(problem);
    else setEditing(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || !multiline)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div className={`inline-edit${editing ? ' is-editing' : ''}${className ? ` ${className}` : ''}`}>
      {heading ? <div className="inline-edit-heading">{heading}</div> : null}
      {editing ? (
        <form
          className="inline-edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={id} className="visually-hidden">
            {label}
          </label>
          {multiline ? (
            <textarea
              id={id}
              ref={fieldRef}
              value={draft}
              rows={rows}
              maxLength={maxLength}
              placeholder={placeholder}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
            />
          ) : (
            <input
              id={id}
              ref={fieldRef}
              value={draft}
              maxLength={maxLength}
              placeholder={placeholder}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
            />
          )}
          {error ? (
            <p className="field-error" id={`${id}-error`} role="alert">
              <Icon name="alert" /> {error}
            </p>
          ) : null}
          <div className="inline-edit-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={saving}>
              {saving ? <Spinner size={12} /> : null} {saving ? 'Saving…' : `Save ${label.toLowerCase()}`}
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={cancel} disabled={saving}>
              Cancel
            </button>
            <span className="inline-edit-help" id={`${id}-help`}>
              {hint ? `${hint} · ` : ''}
              {multiline ? 'Ctrl+Enter saves' : 'Enter saves'}, Esc cancels
            </span>
          </div>
        </form>
      ) : (
        <div className="inline-edit-view">
          <div className={`inline-edit-text${value ? '' : ' is-empty'}`} onDoubleClick={readOnly ? undefined : start}>
            {renderValue && value ? renderValue(value) : value || (readOnly ? 'Not written yet.' : placeholder)}
          </div>
          {readOnly ? null : (
            <button type="button" className="btn btn-icon btn-ghost inline-edit-button" onClick={start} ref={editRef} aria-label={`Edit ${label.toLowerCase()}`} title={`Edit ${label.toLowerCase()}`}>
              <Icon name="edit" />
            </button>
          )}
        </div>
      )}
    </div>
  );
}
