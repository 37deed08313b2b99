import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { MENDELOW_QUADRANT_INFO, MENDELOW_SCALE, mendelowQuadrant, type MendelowQuadrant } from '@backlog-studio/domain';
import { groupLabel, initials, num, quadrantLabel, shortName } from './labels';

export interface GridPerson {
  id: string;
  name: string;
  group: string;
  power: number;
  interest: number;
  /** A key player not engaged for 30 days. */
  neglected: boolean;
  /** A move is being saved. */
  saving: boolean;
}

export interface GridPosition {
  power: number;
  interest: number;
}

/** Where the quadrants sit: high power on top, high interest on the right. */
const LAYOUT: ReadonlyArray<{ quadrant: MendelowQuadrant; corner: string }> = [
  { quadrant: 'KEEP_SATISFIED', corner: 'top-left' },
  { quadrant: 'MANAGE_CLOSELY', corner: 'top-right' },
  { quadrant: 'MONITOR', corner: 'bottom-left' },
  { quadrant: 'KEEP_INFORMED', corner: 'bottom-right' },
];

const ARROWS: Record<string, { power: number; interest: number }> = {
  ArrowUp: { power: 1, interest: 0 },
  ArrowDown: { power: -1, interest: 0 },
  ArrowRight: { power: 0, interest: 1 },
  ArrowLeft: { power: 0, interest: -1 },
};

const clamp = (n: number): number => Math.min(MENDELOW_SCALE.max, Math.max(MENDELOW_SCALE.min, n));
const snap = (n: number): number => clamp(Math.round(n * 2) / 2);
const DRAG_THRESHOLD_PX = 4;

interface Drag {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  moved: boolean;
}

/**
 * Mendelow's power/interest grid. People are buttons placed by power (up) and interest (right);
 * a product owner drags them (pointer) or moves the focused one with the arrow keys, by 1 on an
 * axis; the move is committed on pointer release, on releasing the arrow key, or on Enter.
 */
export function MendelowGrid({
  people,
  canMove,
  selectedId,
  onSelect,
  onCommit,
  labelledBy,
}: {
  people: readonly GridPerson[];
  canMove: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCommit: (id: string, position: GridPosition) => void;
  /** The id of the heading that names the map. */
  labelledBy: string;
}) {
  const plotRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const justDragged = useRef(false);
  const [pending, setPending] = useState<({ id: string } & GridPosition) | null>(null);
  const keysId = useId();

  const pendingPerson = pending ? (people.find((p) => p.id === pending.id) ?? null) : null;
  const positionOf = (p: GridPerson): GridPosition => (pending?.id === p.id ? pending : p);

  const fromPointer = (clientX: number, clientY: number): GridPosition | null => {
    const rect = plotRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    return {
      interest: snap(((clientX - rect.left) / rect.width) * MENDELOW_SCALE.max),
      power: snap(((rect.bottom - clientY) / rect.height) * MENDELOW_SCALE.max),
    };
  };

  const commit = (id: string, position: GridPosition) => {
    setPending(null);
    const person = people.find((p) => p.id === id);
    if (person && person.power === position.power && person.interest === position.interest) return;
    onCommit(id, position);
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, person: GridPerson) => {
    if (!canMove || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: person.id, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    if (!d.moved && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_THRESHOLD_PX) return;
    d.moved = true;
    const position = fromPointer(e.clientX, e.clientY);
    if (position) setPending({ id: d.id, ...position });
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    if (!d.moved) return;
    justDragged.current = true;
    const position = fromPointer(e.clientX, e.clientY);
    if (position) commit(d.id, position);
    else setPending(null);
  };
  const onPointerCancel = () => {
    drag.current = null;
    setPending(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, person: GridPerson) => {
    if (!canMove) return;
    const step = ARROWS[e.key];
    if (step) {
      e.preventDefault();
      const from = positionOf(person);
      setPending({ id: person.id, power: clamp(from.power + step.power), interest: clamp(from.interest + step.interest) });
      return;
    }
    if (e.key === 'Enter' && pending?.id === person.id) {
      e.preventDefault();
      commit(person.id, pending);
    } else if (e.key === 'Escape' && pending?.id === person.id) {
      e.preventDefault();
      setPending(null);
    }
  };
  const onKeyUp = (e: KeyboardEvent<HTMLButtonElement>, person: GridPerson) => {
    if (!canMove || !ARROWS[e.key] || pending?.id !== person.id) return;
    e.preventDefault();
    commit(person.id, pending);
  };

  return (
    <div className="mendelow-frame">
      <h2 className="visually-hidden">Power/interest grid</h2>
      <div className="mendelow-axis-y" aria-hidden="true">
        <span>high</span>
        <strong>Power</strong>
        <span>low</span>
      </div>
      <div className="mendelow" role="group" aria-labelledby={labelledBy} aria-describedby={keysId} data-testid="mendelow-grid">
        <div className="mendelow-quadrants">
          {LAYOUT.map(({ quadrant, corner }) => {
            const info = MENDELOW_QUADRANT_INFO[quadrant];
            return (
              <div key={quadrant} className={`mendelow-quadrant q-${quadrant.toLowerCase()} corner-${corner}`} data-quadrant={quadrant}>
                <h3>{info.label}</h3>
                <p className="q-aka">
                  {info.alsoKnownAs} · {info.highPower ? 'high' : 'low'} power, {info.highInterest ? 'high' : 'low'} interest
                </p>
                <p className="q-meaning">{info.meaning}</p>
              </div>
            );
          })}
        </div>
        <div className="mendelow-plot" ref={plotRef}>
          {people.map((person) => {
            const pos = positionOf(person);
            const quadrant = mendelowQuadrant(pos.power, pos.interest);
            const moving = pending?.id === person.id;
            const selected = selectedId === person.id;
            const short = shortName(person.name);
            return (
              <button
                key={person.id}
                type="button"
                className={`sh-marker${selected ? ' is-selected' : ''}${moving ? ' is-moving' : ''}${person.neglected ? ' is-neglected' : ''}${canMove ? ' can-move' : ''}`}
                style={{ left: `${(pos.interest / MENDELOW_SCALE.max) * 100}%`, top: `${(1 - pos.power / MENDELOW_SCALE.max) * 100}%` }}
                aria-pressed={selected}
                data-testid="stakeholder-marker"
                data-stakeholder-id={person.id}
                data-quadrant={quadrant}
                onClick={() => {
                  if (justDragged.current) {
                    justDragged.current = false;
                    return;
                  }
                  onSelect(person.id);
                }}
                onPointerDown={(e) => onPointerDown(e, person)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={onPointerCancel}
                onKeyDown={(e) => onKeyDown(e, person)}
                onKeyUp={(e) => onKeyUp(e, person)}
                onBlur={() => {
                  if (pending?.id === person.id && !drag.current) setPending(null);
                }}
              >
                <span className="sh-dot" aria-hidden="true">
                  {initials(person.name)}
                  {person.neglected ? <span className="sh-flag">!</span> : null}
                </span>
                {/* The name comes from the content (what is seen, then the rest for screen readers). */}
                <span className="sh-name">
                  {short}
                  <span className="visually-hidden">
                    {`${person.name.slice(short.length)}, ${groupLabel(person.group)}: power ${num(pos.power)}, interest ${num(pos.interest)}, ${quadrantLabel(quadrant)}${person.neglected ? ', not engaged for 30 days' : ''}`}
                  </span>
                  {person.saving ? ' · saving…' : ''}
                </span>
                {moving ? (
                  <span className="sh-tip" aria-hidden="true">
                    power {num(pos.power)} · interest {num(pos.interest)} → {quadrantLabel(quadrant)}
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
      </div>
      <div className="mendelow-axis-x" aria-hidden="true">
        <span>low</span>
        <strong>Interest</strong>
        <span>high</span>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {pendingPerson && pending
          ? `${pendingPerson.name}: power ${num(pending.power)}, interest ${num(pending.interest)}, ${quadrantLabel(mendelowQuadrant(pending.power, pending.interest))}. Release or press Enter to save, Escape to cancel.`
          : ''}
      </p>
      <p id={keysId} className="mendelow-keys muted small">
        {canMove
          ? 'Drag a person to their power and interest, or focus them and use the arrow keys: up and down change power, left and right change interest, by 1. The move is saved when you let go of the key or press Enter; Escape puts them back.'
          : 'Each person sits at their power (up) and interest (right). Select one to see their details.'}
      </p>
    </div>
  );
}
