import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Icon } from '../components/ui';
import { moveBy } from './answers';

/**
 * A list to put in order with "Move up" / "Move down" buttons (or Alt+↑ / Alt+↓ anywhere in a row).
 * Focus stays with the moved entry, and a polite live region says where it went.
 */
export function OrderList({
  ids,
  nameOf,
  onChange,
  render,
  locked,
  label,
  testId,
}: {
  ids: readonly string[];
  nameOf: (id: string) => string;
  onChange: (next: string[]) => void;
  render: (id: string, index: number) => ReactNode;
  /** Once checked: no moves. */
  locked: boolean;
  label: string;
  testId?: string;
}) {
  const rows = useRef(new Map<string, HTMLLIElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!focusAfterMove) return;
    const row = rows.current.get(focusAfterMove.id);
    // The same button if it can still be used (not at the end of the list), else the other one.
    const button =
      row?.querySelector<HTMLButtonElement>(`button[data-move="${focusAfterMove.direction}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    button?.focus();
  }, [focusAfterMove, ids]);

  const move = (index: number, delta: -1 | 1) => {
    const id = ids[index];
    if (id === undefined || index + delta < 0 || index + delta >= ids.length) return;
    onChange(moveBy(ids, index, delta));
    setFocusAfterMove({ id, direction: delta < 0 ? 'up' : 'down' });
    setAnnouncement(`${nameOf(id)} moved to position ${index + delta + 1} of ${ids.length}.`);
  };

  const onKeyDown = (index: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (locked || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <>
      <ol className="pr-order" aria-label={label} data-testid={testId}>
        {ids.map((id, index) => (
          <li
            key={id}
            className="pr-order-item"
            data-testid="order-item"
            data-id={id}
            ref={(el) => {
              if (el) rows.current.set(id, el);
              else rows.current.delete(id);
            }}
            onKeyDown={onKeyDown(index)}
          >
            <span className="pr-order-pos" aria-hidden="true">
              {index + 1}
            </span>
            <div className="pr-order-body">{render(id, index)}</div>
            {locked ? null : (
              <div className="pr-order-moves">
                <button type="button" className="btn btn-icon btn-small" data-move="up" aria-label={`Move ${nameOf(id)} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  <Icon name="up" />
                </button>
                <button
                  type="button"
                  className="btn btn-icon btn-small"
                  data-move="down"
                  aria-label={`Move ${nameOf(id)} down`}
                  disabled={index === ids.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <Icon name="down" />
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
