import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMutation, useQuery } from 'urql';
import { ITEM_KINDS, ITEM_STATUSES, LIMITS, type ItemKind, type ItemStatus } from '@backlog-studio/domain';
import { BacklogCountsQuery, CreateBacklogItemMutation } from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import type { BacklogItemFilter, BacklogRowFragment, ProductFieldsFragment } from '../api/generated/graphql';
import { EmptyState, Icon, KindBadge, OutcomeMark, ProblemBanner, ProgressBar, Spinner, StatusBadge, VisuallyHidden } from '../components/ui';
import { formatCount, plural } from '../lib/format';
import { KIND_LABEL, STATUS_LABEL } from '../lib/labels';
import type { ProductPermissions } from '../lib/permissions';
import { PAGE_SIZE, useBacklogPages } from '../lib/useBacklogPages';
import { MoveDialog, WhyFields } from '../ordering/MoveControls';
import { useReorder, type Why } from '../ordering/useReorder';

export const ROW_HEIGHT = 52;

interface FilterState {
  status: ItemStatus[];
  kind: ItemKind[];
  goalId: string | null;
  text: string;
  archived: boolean;
}

const STATUS_COUNT_KEY: Record<ItemStatus, 'idea' | 'refined' | 'ready' | 'inSprint' | 'done'> = {
  IDEA: 'idea',
  REFINED: 'refined',
  READY: 'ready',
  IN_SPRINT: 'inSprint',
  DONE: 'done',
};

function readFilter(params: URLSearchParams): FilterState {
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  return {
    status: list('status').filter((s): s is ItemStatus => (ITEM_STATUSES as readonly string[]).includes(s)),
    kind: list('kind').filter((k): k is ItemKind => (ITEM_KINDS as readonly string[]).includes(k)),
    goalId: params.get('goal') || null,
    text: params.get('q') ?? '',
    archived: params.get('archived') === '1',
  };
}

function toApiFilter(f: FilterState): BacklogItemFilter {
  const filter: BacklogItemFilter = { archived: f.archived };
  if (f.status.length) filter.status = f.status;
  if (f.kind.length) filter.kind = f.kind;
  if (f.goalId) filter.goalId = f.goalId;
  if (f.text.trim()) filter.text = f.text.trim();
  return filter;
}

const isFiltered = (f: FilterState): boolean => f.status.length > 0 || f.kind.length > 0 || !!f.goalId || f.text.trim() !== '';

function valueLabel(v: BacklogRowFragment['value']): string {
  return `Customer ${v.customer ?? 'not rated'}, business ${v.business ?? 'not rated'}, team ${v.team ?? 'not rated'}`;
}

interface RowProps {
  item: BacklogRowFragment;
  index: number;
  setSize: number;
  productId: string;
  search: string;
  /** The drag handle (product owner, unfiltered backlog). */
  handle?: ReactNode;
  rowRef?: (node: HTMLElement | null) => void;
  style?: CSSProperties;
  dragging?: boolean;
}

function Row({ item, index, setSize, productId, search, handle, rowRef, style, dragging }: RowProps) {
  const navigate = useNavigate();
  const href = `/products/${productId}/items/${item.id}${search}`;
  const v = item.value;
  return (
    <div
      className={`backlog-row${handle ? ' has-handle' : ''}${dragging ? ' is-dragging' : ''}`}
      data-testid="backlog-row"
      ref={rowRef}
      style={style}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a, button')) return;
        void navigate(href);
      }}
    >
      {handle ? <span className="cell cell-handle">{handle}</span> : null}
      <span className="cell cell-rank" aria-hidden="true">
        {formatCount(index + 1)}
      </span>
      <span className="cell cell-title">
        <Link
          to={href}
          className="row-link"
          data-index={index}
          data-id={item.id}
          aria-describedby={handle ? 'reorder-help' : undefined}
          aria-keyshortcuts={handle ? 'Alt+ArrowUp Alt+ArrowDown Alt+Shift+ArrowUp Alt+Shift+ArrowDown M' : undefined}
        >
          {item.title}
        </Link>
        <VisuallyHidden>{`, ${formatCount(index + 1)} of ${formatCount(setSize)}`}</VisuallyHidden>
      </span>
      <span className="cell cell-kind">
        <VisuallyHidden>Kind: </VisuallyHidden>
        <KindBadge kind={item.kind} />
      </span>
      <span className="cell cell-status">
        <VisuallyHidden>Status: </VisuallyHidden>
        <StatusBadge status={item.status} />
      </span>
      <span className="cell cell-size">
        <VisuallyHidden>Size: </VisuallyHidden>
        {item.size ?? <span className="muted">—</span>}
      </span>
      <span className="cell cell-value" title={valueLabel(v)}>
        <VisuallyHidden>{`Value: ${valueLabel(v)}`}</VisuallyHidden>
        <span aria-hidden="true" className="value-trio">
          <span>{v.customer ?? '·'}</span>
          <span>{v.business ?? '·'}</span>
          <span>{v.team ?? '·'}</span>
        </span>
      </span>
      <span className="cell cell-outcome">
        <VisuallyHidden>Outcome: </VisuallyHidden>
        <OutcomeMark stated={item.outcomeStated} />
      </span>
    </div>
  );
}

/** A row the product owner drags by its handle; a click on the handle opens the move dialog. */
function SortableRow({ onMoveMenu, ...props }: RowProps & { onMoveMenu: () => void }) {
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.item.id });
  return (
    <Row
      {...props}
      rowRef={setNodeRef}
      dragging={isDragging}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      handle={
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...listeners}
          className="drag-handle"
          tabIndex={-1}
          data-testid="drag-handle"
          aria-label={`Move “${props.item.title}”: drag, or click for the move options`}
          title="Drag to reorder, or click to move to a position"
          onClick={(e) => {
            e.stopPropagation();
            onMoveMenu();
          }}
        >
          <svg width="12" height="18" viewBox="0 0 12 18" aria-hidden="true" focusable="false">
            {[3, 9, 15].map((y) => (
              <g key={y} fill="currentColor">
                <circle cx="3" cy={y} r="1.6" />
                <circle cx="9" cy={y} r="1.6" />
              </g>
            ))}
          </svg>
        </button>
      }
    />
  );
}

function QuickAdd({ productId, onAdded }: { productId: string; onAdded: (id: string, title: string) => void }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, create] = useMutation(CreateBacklogItemMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const result = await create({ input: { productId, title } });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    setTitle('');
    onAdded(result.data.createBacklogItem.id, result.data.createBacklogItem.title);
  };
  const error = fieldErrorMap(problem).title;
  return (
    <form className="quick-add" onSubmit={submit} noValidate>
      <div className={`field field-inline${error ? ' field-invalid' : ''}`}>
        <label htmlFor="quick-add-title" className="field-label">
          Capture an idea
        </label>
        <div className="input-row">
          <input
            id="quick-add-title"
            value={title}
            maxLength={LIMITS.titleMax}
            placeholder="A title is enough; add the outcome and value when you refine it"
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'quick-add-error' : undefined}
            autoComplete="off"
          />
          <button type="submit" className="btn" disabled={fetching}>
            {fetching ? <Spinner size={14} /> : <Icon name="plus" />} Add to backlog
          </button>
        </div>
        {error ? (
          <p className="field-error" id="quick-add-error">
            <Icon name="alert" /> {error}
          </p>
        ) : null}
      </div>
      <ProblemBanner problem={problem} />
    </form>
  );
}

const REORDER_HELP =
  'To reorder, press Alt+Up or Alt+Down to move this item one place, Alt+Shift+Up or Alt+Shift+Down to move it to the top or the bottom, or M to move it to a position.';

export function Backlog({ product, perms }: { product: ProductFieldsFragment; perms: ProductPermissions }) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const pages = useBacklogPages(product.id, apiFilter);
  const [announcement, setAnnouncement] = useState<{ id: string; title: string } | null>(null);

  const [counts, reexecuteCounts] = useQuery({
    query: BacklogCountsQuery,
    variables: {
      productId: product.id,
      kind: filter.kind.length ? filter.kind : null,
      goalId: filter.goalId,
      text: filter.text.trim() || null,
      archived: filter.archived,
    },
    requestPolicy: 'cache-and-network',
  });

  // Search box: typed text is local, the URL follows a moment later.
  const [text, setText] = useState(filter.text);
  useEffect(() => setText(filter.text), [filter.text]);
  useEffect(() => {
    if (text === filter.text) return;
    const t = setTimeout(() => update({ q: text || null }), 250);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  // Controls answer at once; the URL (and so the query) follows in a router transition.
  const [draft, setDraft] = useState<FilterState>(filter);
  useEffect(() => setDraft(filter), [filter]);
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      setDraft((d) => ({ ...readFilter(next), text: d.text }));
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  const toggle = (name: 'status' | 'kind', value: string) => {
    const current: string[] = draft[name];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    update({ [name]: next.join(',') || null });
  };

  const clearFilters = () => {
    setText('');
    update({ status: null, kind: null, goal: null, q: null });
  };

  // The list scrolls with the page; the virtualizer needs the list's offset from the document top.
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const el = listRef.current;
      if (el) setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    const section = listRef.current?.closest('.workspace') ?? document.body;
    observer.observe(section);
    return () => observer.disconnect();
  }, []);

  const filtered = isFiltered(filter);
  // The product owner orders the whole backlog: not a filtered view of it, not the archive.
  const canOrder = perms.can('ORDER');
  const orderable = canOrder && !filter.archived && !filtered;
  const reorder = useReorder(pages);
  const [why, setWhy] = useState<Why>({ reason: '', criterion: '' });
  const [moving, setMoving] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dragEndedAt = useRef(0);
  const activeIndex = activeId ? pages.items.findIndex((i) => i.id === activeId) : -1;
  // The row with the keyboard focus, by id: it follows the item when the item moves.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId ? pages.items.findIndex((i) => i.id === focusedId) : -1;

  const count = pages.totalCount ?? pages.items.length;
  // The dragged row and the focused row stay rendered even when scrolled far out of view: an
  // unmounted row would drop the focus to the page body (in every browser), and the keys with it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const kept = [...new Set([activeIndex, focusedIndex])].filter((i) => i >= 0 && i < range.count && !indexes.includes(i));
      return kept.length ? [...indexes, ...kept].sort((a, b) => a - b) : indexes;
    },
    [activeIndex, focusedIndex],
  );
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin,
    rangeExtractor,
    getItemKey: (index) => pages.items[index]?.id ?? `pending-${index}`,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows.length ? virtualRows[virtualRows.length - 1].index : 0;

  const { ensure } = pages;
  useEffect(() => {
    if (count > 0) ensure(lastVisible + 1 + PAGE_SIZE / 2);
  }, [lastVisible, count, ensure]);

  // Keyboard: arrows, Page Up/Down, Home and End move between rows; Enter opens one.
  const pendingFocus = useRef<{ index: number; id?: string } | null>(null);
  const [, rerender] = useState(0);
  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(count - 1, index));
      virtualizer.scrollToIndex(target, { align: 'auto' });
      const rendered = listRef.current?.querySelector<HTMLAnchorElement>(`a[data-index="${target}"]`);
      if (rendered) {
        rendered.focus({ preventScroll: true });
        return;
      }
      // Not rendered (or not loaded) yet: focus it once it is.
      pendingFocus.current = { index: target };
      ensure(target + 1);
    },
    [count, ensure, virtualizer],
  );
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const el = listRef.current?.querySelector<HTMLAnchorElement>(`a[data-index="${target.index}"]`);
    if (el && (!target.id || el.dataset.id === target.id)) {
      el.focus({ preventScroll: true });
      // Done once focus has landed; a row still settling (a long jump on a busy machine) is
      // focused again on the next frame rather than leaving focus on the page body.
      if (document.activeElement === el) pendingFocus.current = null;
      else requestAnimationFrame(() => rerender((n) => n + 1));
    }
  });

  // A move: on screen at once, to the API in the background; the reason goes with this move only.
  const moveItem = useCallback(
    async (itemId: string, toIndex: number, focusAfter: boolean) => {
      const whyNow = why;
      setWhy((w) => ({ ...w, reason: '' }));
      const to = await reorder.move(itemId, toIndex, whyNow);
      if (to === null || !focusAfter) return;
      virtualizer.scrollToIndex(to, { align: 'auto' });
      pendingFocus.current = { index: to, id: itemId };
      rerender((n) => n + 1);
    },
    [reorder, virtualizer, why],
  );
  // Focus anywhere in a row (its link or its drag handle) makes it the focused row; focus that
  // moves out of the list lets it go. A blur with nowhere to go (the window lost focus) keeps it.
  const onListFocus = (e: FocusEvent<HTMLOListElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('li[data-row-id]')?.dataset.rowId;
    if (id) setFocusedId(id);
  };
  const onListBlur = (e: FocusEvent<HTMLOListElement>) => {
    const to = e.relatedTarget as Node | null;
    if (to && !e.currentTarget.contains(to)) setFocusedId(null);
  };
  const onListKey = (e: KeyboardEvent<HTMLOListElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('li[data-row-id]')?.dataset.rowId;
    const index = id ? pages.items.findIndex((i) => i.id === id) : -1;
    const item = pages.items[index];
    if (!item) return;
    if (orderable && e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const up = e.key === 'ArrowUp';
      const to = e.shiftKey ? (up ? 0 : count - 1) : index + (up ? -1 : 1);
      if (to >= 0 && to < count && to !== index) void moveItem(item.id, to, true);
      return;
    }
    if (orderable && e.code === 'KeyM' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      setMoving(item.id);
      return;
    }
    const page = Math.max(1, Math.floor(window.innerHeight / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: count - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]);
    }
  };

  // Drag and drop (pointer): dnd-kit's sortable over the virtualised rows.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const ids = useMemo(() => pages.items.map((i) => i.id), [pages.items]);
  const titleOf = (id: string | number): string => pages.items.find((i) => i.id === id)?.title ?? 'the item';
  const positionOf = (id: string | number): number => pages.items.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${titleOf(active.id)}” at position ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `“${titleOf(active.id)}” is over position ${positionOf(over.id)}.` : `“${titleOf(active.id)}” is not over the list.`),
    onDragEnd: ({ active, over }) => (over ? `“${titleOf(active.id)}” dropped at position ${positionOf(over.id)}.` : `“${titleOf(active.id)}” stays where it was.`),
    onDragCancel: ({ active }) => `Moving “${titleOf(active.id)}” was cancelled; it stays where it was.`,
  };
  const onDragStart = (e: DragStartEvent) => setActiveId(String(e.active.id));
  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    dragEndedAt.current = Date.now();
    const { active, over } = e;
    if (!over || active.id === over.id) return;
    const to = pages.items.findIndex((i) => i.id === over.id);
    if (to >= 0) void moveItem(String(active.id), to, false);
  };
  const openMoveDialog = (id: string) => {
    // A drop right on the handle also clicks it: not a request for the dialog.
    if (Date.now() - dragEndedAt.current < 400) return;
    setMoving(id);
  };
  const movingIndex = moving ? pages.items.findIndex((i) => i.id === moving) : -1;
  const activeItem = activeIndex >= 0 ? pages.items[activeIndex] : null;

  // "/" anywhere outside a field jumps to the search box.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      document.getElementById('backlog-search')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const search = params.toString() ? `?${params.toString()}` : '';
  const c = counts.data;
  const onBacklog = c?.onBacklog.totalCount;
  const archivedCount = c?.archivedItems.totalCount;
  const behind = pages.loading && pages.totalCount !== null && pages.wanted - pages.items.length > PAGE_SIZE;

  const list = (
    <ol
      ref={listRef}
      className="backlog-list"
      aria-label={filter.archived ? 'Archived items' : 'Backlog items in order'}
      aria-busy={pages.loading || undefined}
      style={{ height: pages.totalCount === null ? 8 * ROW_HEIGHT : virtualizer.getTotalSize() }}
      onKeyDown={onListKey}
      onFocus={onListFocus}
      onBlur={onListBlur}
    >
      {pages.totalCount === null
        ? Array.from({ length: 8 }, (_, i) => (
            <li key={`s${i}`} className="backlog-item skeleton" style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }} aria-hidden="true">
              <span className="skeleton-bar" />
            </li>
          ))
        : virtualRows.map((row) => {
            const item = pages.items[row.index];
            return item ? (
              <li
                key={row.key}
                className="backlog-item"
                data-row-id={item.id}
                aria-setsize={count}
                aria-posinset={row.index + 1}
                style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
              >
                {orderable ? (
                  <SortableRow item={item} index={row.index} setSize={count} productId={product.id} search={search} onMoveMenu={() => openMoveDialog(item.id)} />
                ) : (
                  <Row item={item} index={row.index} setSize={count} productId={product.id} search={search} />
                )}
              </li>
            ) : (
              <li key={row.key} className="backlog-item skeleton" aria-hidden="true" style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}>
                <span className="skeleton-bar" />
              </li>
            );
          })}
    </ol>
  );

  return (
    <section className="workspace-section backlog-section" id="backlog" aria-labelledby="backlog-title" tabIndex={-1}>
      <div className="section-head">
        <div>
          <h2 id="backlog-title">{filter.archived ? 'Archived items' : 'Product Backlog'}</h2>
          <p className="muted section-sub">
            {filter.archived ? 'Items taken off the backlog. Open one to restore it.' : 'Ordered: the top is what the team takes next.'}
          </p>
        </div>
        {perms.can('CREATE_ITEM') ? (
          <Link to={`/products/${product.id}/items/new`} className="btn btn-primary">
            <Icon name="plus" /> New item
          </Link>
        ) : null}
      </div>

      {filter.archived || !perms.can('CREATE_ITEM') ? null : (
        <QuickAdd
          productId={product.id}
          onAdded={(id, title) => {
            setAnnouncement({ id, title });
            pages.reload();
            reexecuteCounts({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <div className="announce" role="status" aria-live="polite">
        {announcement ? (
          <span className="banner banner-success">
            Added “{announcement.title}” at the bottom of the backlog. <Link to={`/products/${product.id}/items/${announcement.id}`}>Open it to refine</Link>
          </span>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label="Filter the backlog" onSubmit={(e) => e.preventDefault()}>
        <div className="field filter-search">
          <label htmlFor="backlog-search" className="field-label">
            Search titles
          </label>
          <div className="input-icon">
            <Icon name="search" />
            <input
              id="backlog-search"
              type="search"
              value={text}
              placeholder="Words in the title  ( / )"
              onChange={(e) => setText(e.target.value)}
              aria-keyshortcuts="/"
              autoComplete="off"
            />
          </div>
        </div>
        <fieldset className="chips">
          <legend className="field-label">Status</legend>
          {ITEM_STATUSES.map((s) => {
            const n = c?.[STATUS_COUNT_KEY[s]].totalCount;
            return (
              <label key={s} className={`chip${draft.status.includes(s) ? ' is-on' : ''}`}>
                <input type="checkbox" checked={draft.status.includes(s)} onChange={() => toggle('status', s)} />
                {STATUS_LABEL[s]}
                {n !== undefined ? <span className="chip-count">{formatCount(n)}</span> : null}
              </label>
            );
          })}
        </fieldset>
        <fieldset className="chips">
          <legend className="field-label">Kind</legend>
          {ITEM_KINDS.map((k) => (
            <label key={k} className={`chip${draft.kind.includes(k) ? ' is-on' : ''}`}>
              <input type="checkbox" checked={draft.kind.includes(k)} onChange={() => toggle('kind', k)} />
              {KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <div className="field filter-goal">
          <label htmlFor="backlog-goal" className="field-label">
            Product Goal
          </label>
          <select id="backlog-goal" value={draft.goalId ?? ''} onChange={(e) => update({ goal: e.target.value || null })}>
            <option value="">Any goal</option>
            {product.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.status === 'ACTIVE' ? '★ ' : ''}
                {g.statement.length > 60 ? `${g.statement.slice(0, 59)}…` : g.statement}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-toggles">
          <label className="switch">
            <input type="checkbox" checked={draft.archived} onChange={(e) => update({ archived: e.target.checked ? '1' : null })} />
            Show archived items{archivedCount !== undefined ? ` (${formatCount(archivedCount)})` : ''}
          </label>
          {filtered ? (
            <button type="button" className="btn btn-small btn-ghost" onClick={clearFilters}>
              <Icon name="close" /> Clear filters
            </button>
          ) : null}
        </div>
      </form>

      {orderable ? (
        <div className="order-bar" aria-label="Ordering the backlog" role="group">
          <WhyFields why={why} onChange={setWhy} idPrefix="order-why" />
          <p className="order-bar-hint muted small">
            Drag a row by its handle, or focus a row: <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> moves it one place, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> to the
            top or bottom, <kbd>M</kbd> to a position.{' '}
            <Link to={`/products/${product.id}/ordering`}>Propose an order by WSJF, CD3, value or MoSCoW</Link>
          </p>
          <p className="order-bar-status" role="status">
            {reorder.pending > 0 ? (
              <>
                <Spinner size={12} /> Saving the order…
              </>
            ) : null}
          </p>
        </div>
      ) : canOrder && !filter.archived ? (
        <p className="order-note muted small">Clear the filters to reorder: items are moved in the whole backlog.</p>
      ) : null}
      <p id="reorder-help" hidden>
        {REORDER_HELP}
      </p>
      <div className="announce" role="status" aria-live="polite" data-testid="order-announce">
        {reorder.notice?.kind === 'moved' ? <span className="banner banner-success">{reorder.notice.text}</span> : null}
      </div>
      {reorder.notice && reorder.notice.kind !== 'moved' ? (
        <div className="banner banner-error" role="alert" data-testid="order-problem">
          <div>
            <strong>{reorder.notice.kind === 'conflict' ? 'The backlog changed meanwhile.' : 'The move was not saved.'}</strong>{' '}
            {reorder.notice.kind === 'conflict' ? reorder.notice.text : `${reorder.notice.problem.message} It was put back where it was.`}
          </div>
          <div className="banner-actions">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                reorder.dismiss();
                pages.reload();
              }}
            >
              Reload the backlog
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={reorder.dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}

      <div className="list-meta">
        <p className="count-line" role="status" aria-live="polite" data-testid="backlog-count">
          {pages.totalCount === null ? (
            'Counting…'
          ) : filtered ? (
            <>
              <strong>{formatCount(pages.totalCount)}</strong> of {formatCount((filter.archived ? archivedCount : onBacklog) ?? pages.totalCount)}{' '}
              {filter.archived ? 'archived items' : 'items'} match
            </>
          ) : (
            <>
              <strong>{formatCount(pages.totalCount)}</strong> {filter.archived ? (pages.totalCount === 1 ? 'archived item' : 'archived items') : pages.totalCount === 1 ? 'item' : 'items'}
            </>
          )}
          {pages.totalCount !== null && pages.items.length < pages.totalCount ? (
            <span className="muted"> · {formatCount(pages.items.length)} loaded</span>
          ) : null}
        </p>
        <p className="muted keys-hint">↑ ↓ move · Enter opens · / searches{orderable ? ' · Alt+↑ ↓ reorders · M moves to…' : ''}</p>
      </div>

      <ProblemBanner problem={pages.error} onRetry={pages.retry} />

      {pages.totalCount === 0 ? (
        filtered ? (
          <EmptyState
            title="No items match these filters"
            action={
              <button type="button" className="btn" onClick={clearFilters}>
                Clear filters
              </button>
            }
          />
        ) : filter.archived ? (
          <EmptyState title="Nothing is archived">Archived items appear here and can be restored.</EmptyState>
        ) : (
          <EmptyState title="The backlog is empty">Capture the first idea above, or create an item with its outcome and value.</EmptyState>
        )
      ) : null}

      <div className="backlog-table" hidden={pages.totalCount === 0}>
        <div className={`backlog-header${orderable ? ' has-handle' : ''}`} aria-hidden="true">
          {orderable ? <span className="cell cell-handle" /> : null}
          <span className="cell cell-rank">#</span>
          <span className="cell cell-title">Title</span>
          <span className="cell cell-kind">Kind</span>
          <span className="cell cell-status">Status</span>
          <span className="cell cell-size">Size</span>
          <span className="cell cell-value" title="Value per perspective: customer · business · team (0–20)">
            Value C·B·T
          </span>
          <span className="cell cell-outcome">Outcome</span>
        </div>
        {orderable ? (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
            accessibility={{ announcements, screenReaderInstructions: { draggable: REORDER_HELP } }}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setActiveId(null)}
          >
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              {list}
            </SortableContext>
            <DragOverlay dropAnimation={null}>
              {activeItem ? (
                <div className="backlog-row has-handle drag-overlay" aria-hidden="true">
                  <span className="cell cell-handle" />
                  <span className="cell cell-rank">{formatCount(activeIndex + 1)}</span>
                  <span className="cell cell-title">{activeItem.title}</span>
                </div>
              ) : null}
            </DragOverlay>
          </DndContext>
        ) : (
          list
        )}
      </div>
      {behind && pages.totalCount !== null ? (
        <div className="progress-dock">
          <ProgressBar value={pages.items.length} max={Math.min(pages.wanted, pages.totalCount)} label="Loading backlog items:" />
        </div>
      ) : null}
      {pages.loading && !behind && pages.totalCount !== null ? (
        <p className="loading-more" role="status">
          <Spinner size={14} /> Loading more items…
        </p>
      ) : null}
      {!pages.hasNextPage && pages.totalCount !== null && pages.totalCount > PAGE_SIZE ? (
        <p className="list-end muted">End of the backlog · {plural(pages.totalCount, 'item')}</p>
      ) : null}
      {moving && movingIndex >= 0 ? (
        <MoveDialog
          title={pages.items[movingIndex].title}
          index={movingIndex}
          count={count}
          why={why}
          onWhy={setWhy}
          onMove={(to) => {
            setMoving(null);
            void moveItem(moving, to, true);
          }}
          onClose={() => {
            setMoving(null);
            pendingFocus.current = { index: movingIndex, id: moving };
            rerender((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}
