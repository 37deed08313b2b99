import { useId, useRef, useState } from 'react';
import { Spinner } from '../components/ui';
import { STATUS_LABEL } from '../lib/labels';
import { useItemSearch, type ItemOption } from './items';

/**
 * Find backlog items by words in their title. Results are plain buttons in a list (no custom
 * combobox semantics to get wrong); `onPick` receives the item chosen, and the focus goes back to
 * the field (the result picked is gone). `disabled` holds the results while a pick is being saved.
 */
export function ItemSearch({
  productId,
  label,
  actionLabel,
  onPick,
  exclude = [],
  hint,
  disabled = false,
}: {
  productId: string;
  label: string;
  /** Words before the title on each result button, e.g. "Link" or "Open". */
  actionLabel: string;
  onPick: (item: ItemOption) => void;
  exclude?: readonly string[];
  hint?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const { items, fetching, settled } = useItemSearch(productId, text);
  const shown = items.filter((i) => !exclude.includes(i.id)).slice(0, 8);
  return (
    <div className="field sh-item-search">
      <label htmlFor={`${id}-q`} className="field-label">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        value={text}
        autoComplete="off"
        placeholder="Words in the title"
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {hint ?? 'Type at least two letters.'} {fetching ? <Spinner size={12} /> : null}
      </p>
      {text.trim().length >= 2 ? (
        <ul className="sh-item-results" aria-label={`Items matching “${text.trim()}”`}>
          {shown.length === 0 && settled ? <li className="muted small" data-testid="no-item-found">No item has those words in its title.</li> : null}
          {shown.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="btn btn-small btn-ghost sh-item-result"
                disabled={disabled}
                onClick={() => {
                  onPick(item);
                  setText('');
                  input.current?.focus();
                }}
              >
                <span className="visually-hidden">{actionLabel} </span>
                {item.title} <span className="muted small">· {STATUS_LABEL[item.status]}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
