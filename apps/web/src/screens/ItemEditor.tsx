import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useBlocker, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { ITEM_KINDS, ITEM_STATUSES, KANO_CATEGORIES, LIMITS, MOSCOW_BUCKETS, RELATIVE_SCALE, RISK_LEVELS } from '@backlog-studio/domain';
import {
  ArchiveBacklogItemMutation,
  BacklogItemQuery,
  CreateBacklogItemMutation,
  ParentSearchQuery,
  ProductQuery,
  RestoreBacklogItemMutation,
  UpdateBacklogItemMutation,
} from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import type { ItemDetailFragment, ProductFieldsFragment } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { ConflictPanel } from '../components/ConflictPanel';
import { HistoryList } from '../components/HistoryList';
import { ConfirmDialog, Field, Icon, KindBadge, Loading, ProblemBanner, Spinner, StatusBadge, type ControlProps } from '../components/ui';
import { formatDateTime, plural } from '../lib/format';
import {
  costOfDelay,
  createItemInput,
  diffItemForm,
  emptyItemForm,
  FIELD_PATH,
  formReadiness,
  itemToForm,
  type FormKey,
  type ItemForm,
} from '../lib/item-form';
import { fieldLabel, GOAL_STATUS_LABEL, KANO_LABEL, KIND_LABEL, MOSCOW_LABEL, RISK_LABEL, STATUS_LABEL } from '../lib/labels';
import { useProductPermissions } from '../lib/permissions';
import { useSettled } from '../lib/useSettled';
import { Dependencies, ItemOrderHistory } from '../ordering/Dependencies';
import { NotFound } from './NotFound';

/** The DOM id of the control for a dotted field path, so error summaries can link to it. */
const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;

interface Base {
  form: ItemForm;
  version: number;
}

type Busy = 'save' | 'archive' | 'restore' | 'reload' | null;

// ---------------------------------------------------------------------------------------------
// Small building blocks of the form

function TextInput({ p, value, onChange, maxLength, type = 'text', ...rest }: { p: ControlProps; value: string; onChange: (v: string) => void; maxLength?: number; type?: string; min?: number; max?: number; step?: number | 'any'; inputMode?: 'numeric' | 'decimal' }) {
  return <input {...p} {...rest} type={type} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} autoComplete="off" />;
}

function Section({ title, sub, children, id, disabled }: { title: string; sub?: ReactNode; children: ReactNode; id?: string; disabled?: boolean }) {
  return (
    <fieldset className="editor-section" id={id} disabled={disabled}>
      <legend>{title}</legend>
      {sub ? <p className="section-hint">{sub}</p> : null}
      {children}
    </fieldset>
  );
}

function CriteriaEditor({ value, onChange, error }: { value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll<HTMLTextAreaElement>('textarea')[focusIndex.current]?.focus();
    focusIndex.current = null;
  });
  const set = (i: number, text: string) => onChange(value.map((v, j) => (j === i ? text : v)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...value];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    focusIndex.current = i + d;
    onChange(next);
  };
  const remove = (i: number) => {
    focusIndex.current = Math.max(0, i - 1);
    onChange(value.filter((_, j) => j !== i));
  };
  const add = () => {
    focusIndex.current = value.length;
    onChange([...value, '']);
  };
  return (
    <div className={`criteria${error ? ' field-invalid' : ''}`} id={fieldId('acceptanceCriteria')} tabIndex={-1}>
      {value.length === 0 ? <p className="muted">No acceptance criteria yet. Add the conditions under which the item is accepted.</p> : null}
      <ol className="criteria-list" ref={listRef}>
        {value.map((c, i) => (
          <li key={i} className="criterion">
            <label htmlFor={`criterion-${i}`} className="criterion-number">
              <span className="visually-hidden">Acceptance criterion </span>
              {i + 1}
            </label>
            <textarea
              id={`criterion-${i}`}
              rows={1}
              value={c}
              maxLength={LIMITS.shortTextMax}
              placeholder="Given … when … then …"
              onChange={(e) => set(i, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  focusIndex.current = i + 1;
                  onChange([...value.slice(0, i + 1), '', ...value.slice(i + 1)]);
                }
              }}
            />
            <div className="criterion-actions">
              <button type="button" className="btn btn-icon btn-ghost" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move criterion ${i + 1} up`}>
                <Icon name="up" />
              </button>
              <button type="button" className="btn btn-icon btn-ghost" onClick={() => move(i, 1)} disabled={i === value.length - 1} aria-label={`Move criterion ${i + 1} down`}>
                <Icon name="down" />
              </button>
              <button type="button" className="btn btn-icon btn-ghost" onClick={() => remove(i)} aria-label={`Remove criterion ${i + 1}`}>
                <Icon name="close" />
              </button>
            </div>
          </li>
        ))}
      </ol>
      {error ? (
        <p className="field-error" id={`${fieldId('acceptanceCriteria')}-error`}>
          <Icon name="alert" /> {error}
        </p>
      ) : null}
      <button type="button" className="btn btn-small" onClick={add} disabled={value.length >= LIMITS.acceptanceCriteriaMax}>
        <Icon name="plus" /> Add criterion
      </button>
      <p className="field-hint">Enter starts the next criterion; Shift+Enter breaks a line. Up to {LIMITS.acceptanceCriteriaMax}.</p>
    </div>
  );
}

function ParentPicker({
  productId,
  itemId,
  value,
  initialTitle,
  onChange,
  error,
}: {
  productId: string;
  itemId: string | null;
  value: string;
  initialTitle: string | null;
  onChange: (id: string) => void;
  error?: string;
}) {
  const [query, setQuery] = useState('');
  const [title, setTitle] = useState<string | null>(initialTitle);
  useEffect(() => setTitle(initialTitle), [initialTitle]);
  const debounced = useSettled(query.trim(), 250);
  const [{ data, fetching }] = useQuery({ query: ParentSearchQuery, variables: { productId, text: debounced }, pause: debounced === '' });
  const results = (data?.backlogItems.edges ?? []).map((e) => e.node).filter((n) => n.id !== itemId);
  return (
    <div className={`field parent-picker${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id="parent-label">
        Split from
      </span>
      {value ? (
        <p className="parent-current">
          <Link to={`/products/${productId}/items/${value}`}>{title ?? 'the parent item'}</Link>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange('')}>
            <Icon name="close" /> Unlink
          </button>
        </p>
      ) : (
        <p className="muted parent-current">Not split from another item.</p>
      )}
      <label htmlFor={fieldId('parentId')} className="visually-hidden">
        Find the item this one was split from
      </label>
      <div className="input-icon">
        <Icon name="search" />
        <input
          id={fieldId('parentId')}
          type="search"
          value={query}
          placeholder="Find the item this one was split from"
          onChange={(e) => setQuery(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId('parentId')}-error` : undefined}
          autoComplete="off"
        />
      </div>
      {debounced ? (
        <div className="picker-results" aria-live="polite">
          {fetching ? (
            <p className="muted">
              <Spinner size={12} /> Searching…
            </p>
          ) : results.length === 0 ? (
            <p className="muted">No item titled like “{debounced}”.</p>
          ) : (
            <ul aria-label="Matching items">
              {results.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="picker-option"
                    onClick={() => {
                      onChange(r.id);
                      setTitle(r.title);
                      setQuery('');
                    }}
                  >
                    {r.title} <StatusBadge status={r.status} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${fieldId('parentId')}-error`}>
          <Icon name="alert" /> {error}
        </p>
      ) : null}
    </div>
  );
}

function Check({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <li className={ok ? 'check-ok' : 'check-missing'}>
      <Icon name={ok ? 'check' : 'alert'} /> {children}
      <span className="visually-hidden">{ok ? ': done' : ': missing'}</span>
    </li>
  );
}

// ---------------------------------------------------------------------------------------------
// The editor

interface EditorProps {
  product: ProductFieldsFragment | null;
  productId: string;
  item: ItemDetailFragment | null;
  onReload?: () => Promise<ItemDetailFragment | null>;
}

function Editor({ product, productId, item: loaded, onReload }: EditorProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const creating = loaded === null;
  const perms = useProductPermissions(productId);
  // The form is read-only for roles that may not create or edit items (stakeholders, coaches).
  const canEdit = creating ? perms.can('CREATE_ITEM') : perms.can('EDIT_ITEM');
  const readOnly = !canEdit;
  const canArchive = perms.can('ARCHIVE_ITEM');
  const [server, setServer] = useState<ItemDetailFragment | null>(loaded);
  const [base, setBase] = useState<Base>(() => (loaded ? { form: itemToForm(loaded), version: loaded.version } : { form: emptyItemForm(), version: 0 }));
  const [form, setForm] = useState<ItemForm>(base.form);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? 'Item created.' : null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLElement>(null);
  const leaving = useRef(false);

  const [, createItem] = useMutation(CreateBacklogItemMutation);
  const [, updateItem] = useMutation(UpdateBacklogItemMutation);
  const [, archiveItem] = useMutation(ArchiveBacklogItemMutation);
  const [, restoreItem] = useMutation(RestoreBacklogItemMutation);

  const diff = useMemo(() => diffItemForm(base.form, form), [base, form]);
  const dirty = diff.changed.length > 0;

  const reset = useCallback((item: ItemDetailFragment) => {
    const f = itemToForm(item);
    setServer(item);
    setBase({ form: f, version: item.version });
    setForm(f);
    setAttempted(false);
  }, []);

  // A newer version from a refetch replaces the form only when nothing is being edited.
  useEffect(() => {
    if (!loaded) return;
    setServer((s) => (s && s.version >= loaded.version ? s : loaded));
    if (!dirty && loaded.version > base.version) reset(loaded);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const errors: Record<string, string> = { ...(attempted ? diff.errors : {}), ...fieldErrorMap(problem) };
  const errorEntries = Object.entries(errors);
  const err = (key: FormKey): string | undefined => errors[FIELD_PATH[key]];
  const criteriaError = errorEntries
    .filter(([path]) => path.startsWith('acceptanceCriteria'))
    .map(([, m]) => m)
    .join('; ');

  const set = <K extends FormKey>(key: K) => (value: ItemForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setNotice(null);
  };

  // Leaving with unsaved edits asks first (in-app navigation and closing the tab).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !leaving.current && busy === null && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  // After a refusal, the summary (or the conflict panel) comes into view and takes focus, once it
  // has rendered: a refusal from the API renders in a later task, which may come after the next frame.
  const problemFocus = useRef<'summary' | 'conflict' | null>(null);
  const focusProblem = (p: Problem | null) => {
    // Field errors (the API's or the form's own) are in the summary; other refusals are announced by their banner.
    problemFocus.current = p?.kind === 'conflict' ? 'conflict' : !p || p.kind === 'fields' ? 'summary' : null;
  };
  useEffect(() => {
    const wanted = problemFocus.current;
    const el = wanted === 'conflict' ? conflictRef.current : wanted === 'summary' ? summaryRef.current : null;
    if (!el) return;
    problemFocus.current = null;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  });

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    setProblem(null);
    setNotice(null);
    setAttempted(true);
    if (Object.keys(diff.errors).length) {
      focusProblem(null);
      return;
    }
    if (creating) {
      const { input } = createItemInput(productId, form);
      setBusy('save');
      const result = await createItem({ input });
      setBusy(null);
      if (result.data) {
        leaving.current = true;
        void navigate(`/products/${productId}/items/${result.data.createBacklogItem.id}`, { replace: true, state: { created: true } });
        return;
      }
      const p = toProblem(result.error);
      setProblem(p);
      focusProblem(p);
      return;
    }
    if (!dirty || !server) return;
    await sendUpdate(base.version);
  };

  const sendUpdate = async (expectedVersion: number) => {
    if (!server) return;
    setBusy('save');
    const result = await updateItem({ input: { id: server.id, expectedVersion, ...diff.input } });
    setBusy(null);
    if (result.data) {
      const item = result.data.updateBacklogItem;
      reset(item);
      setProblem(null);
      setNotice(`Saved: ${plural(diff.changed.length, 'field')} changed, now version ${item.version}.`);
      return;
    }
    const p = toProblem(result.error);
    setProblem(p);
    focusProblem(p);
  };

  const reload = async () => {
    if (!onReload) return;
    setBusy('reload');
    const item = await onReload();
    setBusy(null);
    if (item) {
      reset(item);
      setProblem(null);
      setNotice(`Reloaded version ${item.version}; your unsaved changes were discarded.`);
    }
  };

  const setArchived = async (archive: boolean) => {
    if (!server) return;
    setBusy(archive ? 'archive' : 'restore');
    setProblem(null);
    const result = archive
      ? await archiveItem({ input: { id: server.id, expectedVersion: server.version } }).then((r) => ({ item: r.data?.archiveBacklogItem, error: r.error }))
      : await restoreItem({ input: { id: server.id, expectedVersion: server.version } }).then((r) => ({ item: r.data?.restoreBacklogItem, error: r.error }));
    setBusy(null);
    if (result.item) {
      // Archiving changes no field: keep any edits in progress, on the new version.
      const item = result.item;
      setServer(item);
      setBase((b) => ({ form: b.form, version: item.version }));
      setNotice(archive ? 'Archived: the item is off the backlog. Restore brings it back in its place.' : 'Restored to the backlog.');
      return;
    }
    const p = toProblem(result.error);
    setProblem(p);
    focusProblem(p);
  };

  const discard = () => {
    setForm(base.form);
    setProblem(null);
    setAttempted(false);
    setNotice(null);
  };

  const onFormKey = (e: KeyboardEvent<HTMLFormElement>) => {
    if (canEdit && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void submit();
    }
  };

  const readiness = formReadiness(form);
  const { cod, wsjf, hint } = costOfDelay(form);
  const announced = useSettled(`Cost of delay ${cod ?? 'not yet set'}. ${wsjf.score !== null ? wsjf.explanation : `No WSJF yet (${hint}).`}`, 800);
  const backTo = `/products/${productId}${location.search}`;
  const title = creating ? 'New backlog item' : (server?.title ?? '');
  useDocumentTitle(title);

  const summaryEntries = errorEntries.length ? errorEntries : problem?.kind === 'fields' ? problem.fields.map((f) => [f.field, f.message] as const) : [];

  return (
    <div className="page editor-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={backTo}>
          <Icon name="back" /> {product ? `${product.name} backlog` : 'Backlog'}
        </Link>
      </nav>

      <div className="editor-head">
        <div>
          <p className="eyebrow">{creating ? 'Create' : 'Backlog item'}</p>
          <h1>{title || 'Untitled item'}</h1>
          {server ? (
            <p className="editor-badges">
              <KindBadge kind={server.kind} /> <StatusBadge status={server.status} />
              {server.archived ? <span className="badge archived">Archived</span> : null}
              <span className="muted">Version {server.version}</span>
            </p>
          ) : null}
        </div>
        {server && canArchive ? (
          <div className="editor-head-actions">
            {server.archived ? (
              <button type="button" className="btn" onClick={() => void setArchived(false)} disabled={busy !== null}>
                {busy === 'restore' ? <Spinner size={14} /> : <Icon name="restore" />} Restore to backlog
              </button>
            ) : (
              <button type="button" className="btn btn-danger-outline" onClick={() => void setArchived(true)} disabled={busy !== null}>
                {busy === 'archive' ? <Spinner size={14} /> : <Icon name="archive" />} Archive
              </button>
            )}
          </div>
        ) : null}
      </div>

      {server?.archived ? (
        <div className="banner banner-warning" role="status">
          This item is archived{server.archivedAt ? ` (since ${formatDateTime(server.archivedAt)})` : ''}: it is not on the backlog. Restore puts it back in its place.
        </div>
      ) : null}
      {notice ? (
        <div className="banner banner-success" role="status">
          <Icon name="check" /> {notice}
        </div>
      ) : null}

      {summaryEntries.length ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{summaryEntries.length === 1 ? 'One field needs attention' : `${summaryEntries.length} fields need attention`}</h2>
          <ul>
            {summaryEntries.map(([path, message]) => (
              <li key={path}>
                <a
                  href={`#${fieldId(path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(path))?.focus();
                  }}
                >
                  {fieldLabel(path)}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {problem?.kind === 'conflict' ? (
        <ConflictPanel ref={conflictRef} problem={problem} editedVersion={base.version} mine={diff.changed} busy={busy} onReapply={() => void sendUpdate(problem.currentVersion)} onReload={() => void reload()} />
      ) : null}
      <ProblemBanner problem={problem} onDismiss={() => setProblem(null)} />

      <form className="editor" onSubmit={submit} onKeyDown={onFormKey} noValidate aria-label={creating ? 'New backlog item' : `Edit ${title}`}>
        <div className="editor-main">
          <Section disabled={readOnly} title="The item">
            <Field id={fieldId('title')} label="Title" error={err('title')} hint={`Required, up to ${LIMITS.titleMax} characters.`}>
              {(p) => <TextInput p={p} value={form.title} onChange={set('title')} maxLength={LIMITS.titleMax} />}
            </Field>
            <div className="form-row">
              <Field id={fieldId('kind')} label="Kind" error={err('kind')}>
                {(p) => (
                  <select {...p} value={form.kind} onChange={(e) => set('kind')(e.target.value as ItemForm['kind'])}>
                    {ITEM_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {KIND_LABEL[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={fieldId('status')} label="Status" error={err('status')} hint="Ready needs a stated outcome and a value.">
                {(p) => (
                  <select {...p} value={form.status} onChange={(e) => set('status')(e.target.value as ItemForm['status'])}>
                    {ITEM_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABEL[s]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field id={fieldId('description')} label="Description" error={err('description')}>
              {(p) => <textarea {...p} rows={4} value={form.description} maxLength={LIMITS.textMax} onChange={(e) => set('description')(e.target.value)} />}
            </Field>
          </Section>

          <Section disabled={readOnly} title="Outcome: the change we want" sub="Not what we build, but what should change for users or the business, how it is measured, to what target and by when.">
            <Field id={fieldId('outcome.statement')} label="Outcome statement" error={err('outcomeStatement')} hint="e.g. More households finish set-up on their first visit.">
              {(p) => <textarea {...p} rows={2} value={form.outcomeStatement} maxLength={LIMITS.shortTextMax} onChange={(e) => set('outcomeStatement')(e.target.value)} />}
            </Field>
            <Field id={fieldId('outcome.metric')} label="Metric" error={err('outcomeMetric')} hint="What is measured, with its unit.">
              {(p) => <TextInput p={p} value={form.outcomeMetric} onChange={set('outcomeMetric')} maxLength={LIMITS.metricMax} />}
            </Field>
            <div className="form-row">
              <Field id={fieldId('outcome.baseline')} label="Baseline" error={err('outcomeBaseline')}>
                {(p) => <TextInput p={p} type="number" step="any" inputMode="decimal" value={form.outcomeBaseline} onChange={set('outcomeBaseline')} />}
              </Field>
              <Field id={fieldId('outcome.target')} label="Target" error={err('outcomeTarget')}>
                {(p) => <TextInput p={p} type="number" step="any" inputMode="decimal" value={form.outcomeTarget} onChange={set('outcomeTarget')} />}
              </Field>
              <Field id={fieldId('outcome.checkBy')} label="Check by" error={err('outcomeCheckBy')}>
                {(p) => <TextInput p={p} type="date" value={form.outcomeCheckBy} onChange={set('outcomeCheckBy')} />}
              </Field>
            </div>
          </Section>

          <Section disabled={readOnly} title="Output: what we build">
            <Field id={fieldId('output')} label="Output" error={err('output')} hint="The feature, change or artefact the team delivers.">
              {(p) => <textarea {...p} rows={3} value={form.output} maxLength={LIMITS.textMax} onChange={(e) => set('output')(e.target.value)} />}
            </Field>
          </Section>

          <Section disabled={readOnly} title="Value per perspective" sub={`Relative, ${LIMITS.valueMin}–${LIMITS.valueMax}. At least one perspective above zero states the value.`}>
            <div className="form-row">
              {(
                [
                  ['valueCustomer', 'Customer value'],
                  ['valueBusiness', 'Business value'],
                  ['valueTeam', 'Team value'],
                ] as const
              ).map(([key, label]) => (
                <Field key={key} id={fieldId(FIELD_PATH[key])} label={label} error={err(key)}>
                  {(p) => <TextInput p={p} type="number" min={LIMITS.valueMin} max={LIMITS.valueMax} step={1} inputMode="numeric" value={form[key]} onChange={set(key)} />}
                </Field>
              ))}
            </div>
          </Section>

          <Section disabled={readOnly} title="Cost of delay" sub={`Each part on the relative scale ${LIMITS.costOfDelayMin}–${LIMITS.costOfDelayMax} (${RELATIVE_SCALE.join(', ')}). WSJF = cost of delay ÷ size.`}>
            <div className="form-row">
              {(
                [
                  ['codUserBusinessValue', 'User / business value'],
                  ['codTimeCriticality', 'Time criticality'],
                  ['codRiskReduction', 'Risk reduction / opportunity'],
                ] as const
              ).map(([key, label]) => (
                <Field key={key} id={fieldId(FIELD_PATH[key])} label={label} error={err(key)}>
                  {(p) => <TextInput p={p} type="number" min={LIMITS.costOfDelayMin} max={LIMITS.costOfDelayMax} step={1} inputMode="numeric" value={form[key]} onChange={set(key)} />}
                </Field>
              ))}
            </div>
            <p className="computed">
              Cost of delay <strong>{cod ?? '—'}</strong> ·{' '}
              {wsjf.score !== null ? (
                <strong>{wsjf.explanation}</strong>
              ) : (
                <>
                  WSJF <strong>—</strong> <span className="muted">({hint})</span>
                </>
              )}
            </p>
            {/* Said once typing pauses, not at every keystroke. */}
            <span className="visually-hidden" aria-live="polite" data-testid="wsjf-announcement">
              {announced}
            </span>
          </Section>

          <Section disabled={readOnly} title="Estimate and prioritisation">
            <div className="form-row">
              <Field id={fieldId('size')} label="Size" error={err('size')} hint="Relative, e.g. story points.">
                {(p) => <TextInput p={p} type="number" min={0} max={LIMITS.sizeMax} step="any" inputMode="decimal" value={form.size} onChange={set('size')} />}
              </Field>
              <Field id={fieldId('confidence')} label="Confidence (%)" error={err('confidence')} hint="In the estimates, 0–100.">
                {(p) => <TextInput p={p} type="number" min={0} max={LIMITS.confidenceMax} step={1} inputMode="numeric" value={form.confidence} onChange={set('confidence')} />}
              </Field>
              <Field id={fieldId('risk')} label="Risk" error={err('risk')}>
                {(p) => (
                  <select {...p} value={form.risk} onChange={(e) => set('risk')(e.target.value)}>
                    <option value="">Not assessed</option>
                    {RISK_LEVELS.map((r) => (
                      <option key={r} value={r}>
                        {RISK_LABEL[r]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="form-row">
              <Field id={fieldId('moscow')} label="MoSCoW" error={err('moscow')}>
                {(p) => (
                  <select {...p} value={form.moscow} onChange={(e) => set('moscow')(e.target.value)}>
                    <option value="">Not bucketed</option>
                    {MOSCOW_BUCKETS.map((m) => (
                      <option key={m} value={m}>
                        {MOSCOW_LABEL[m]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={fieldId('kano')} label="Kano category" error={err('kano')}>
                {(p) => (
                  <select {...p} value={form.kano} onChange={(e) => set('kano')(e.target.value)}>
                    <option value="">Not classified</option>
                    {KANO_CATEGORIES.map((k) => (
                      <option key={k} value={k}>
                        {KANO_LABEL[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </Section>

          <Section disabled={readOnly} title="Acceptance criteria">
            <CriteriaEditor value={form.acceptanceCriteria} onChange={set('acceptanceCriteria')} error={criteriaError || undefined} />
          </Section>

          <Section disabled={readOnly} title="Relations">
            <Field id={fieldId('goalId')} label="Product Goal" error={err('goalId')} hint="The goal this item serves.">
              {(p) => (
                <select {...p} value={form.goalId} onChange={(e) => set('goalId')(e.target.value)}>
                  <option value="">No goal</option>
                  {(product?.goals ?? []).map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.statement.length > 70 ? `${g.statement.slice(0, 69)}…` : g.statement} ({GOAL_STATUS_LABEL[g.status].toLowerCase()})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ParentPicker productId={productId} itemId={server?.id ?? null} value={form.parentId} initialTitle={server?.parent?.title ?? null} onChange={set('parentId')} error={err('parentId')} />
            {server && server.children.length ? (
              <div className="relation-list">
                <h3>Split into</h3>
                <ul>
                  {server.children.map((c) => (
                    <li key={c.id}>
                      <Link to={`/products/${productId}/items/${c.id}`}>{c.title}</Link> <StatusBadge status={c.status} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Section>
          {server ? (
            <Section title="Dependencies" sub="Items that must be done before this one. A proposed order never puts this item above them.">
              <Dependencies productId={productId} item={server} canEdit={canEdit && !server.archived} />
            </Section>
          ) : null}
        </div>

        <aside className="editor-side" aria-label="Readiness and history" tabIndex={0}>
          <section className="side-card">
            <h2>Refinement</h2>
            <ul className="checks">
              <Check ok={readiness.outcome}>Outcome stated</Check>
              <Check ok={readiness.value}>Value stated</Check>
            </ul>
            <p className="muted small">An item becomes Ready only with a stated outcome (statement, metric, target, check-by date) and a value.</p>
          </section>
          {server ? (
            <section className="side-card">
              <h2>Details</h2>
              <dl className="facts">
                <div>
                  <dt>Created</dt>
                  <dd>{formatDateTime(server.createdAt)}</dd>
                </div>
                <div>
                  <dt>Updated</dt>
                  <dd>{formatDateTime(server.updatedAt)}</dd>
                </div>
                <div>
                  <dt>Version</dt>
                  <dd>{server.version}</dd>
                </div>
              </dl>
            </section>
          ) : null}
          {server ? (
            <section className="side-card" aria-labelledby="order-history-title">
              <h2 id="order-history-title">
                <Icon name="history" /> Order history
              </h2>
              <ItemOrderHistory productId={productId} itemId={server.id} />
            </section>
          ) : null}
          {server ? (
            <section className="side-card" aria-labelledby="history-title">
              <h2 id="history-title">
                <Icon name="history" /> History
              </h2>
              <HistoryList entries={server.history} />
            </section>
          ) : null}
        </aside>

        {readOnly ? (
          <div className="action-bar is-read-only">
            <p className="action-status" role="status">
              {perms.loading ? 'Checking what you may change…' : `Read only: ${perms.roleLabel ? `a ${perms.roleLabel.toLowerCase()}` : 'your role'} may not ${creating ? 'create' : 'edit'} backlog items.`}
            </p>
          </div>
        ) : (
          <div className="action-bar">
            <p className="action-status" role="status">
              {busy === 'save' ? (
                <>
                  <Spinner size={14} /> {creating ? 'Creating…' : 'Saving…'}
                </>
              ) : dirty ? (
                <>
                  <span className="dot-unsaved" aria-hidden="true" /> Unsaved changes: {diff.changed.map(fieldLabel).slice(0, 4).join(', ')}
                  {diff.changed.length > 4 ? ` and ${diff.changed.length - 4} more` : ''}
                </>
              ) : creating ? (
                'Give the item a title; add its outcome and value now or later.'
              ) : (
                'All changes saved.'
              )}
            </p>
            <div className="action-buttons">
              {creating ? (
                <Link to={backTo} className="btn btn-ghost">
                  Cancel
                </Link>
              ) : (
                <button type="button" className="btn btn-ghost" onClick={discard} disabled={!dirty || busy !== null}>
                  Discard changes
                </button>
              )}
              <button type="submit" className="btn btn-primary" disabled={busy !== null || (!creating && !dirty)} aria-keyshortcuts="Control+S">
                {busy === 'save' ? <Spinner size={14} /> : null}
                {creating ? 'Create item' : 'Save changes'}
              </button>
            </div>
          </div>
        )}
      </form>

      {blocker.state === 'blocked' ? (
        <ConfirmDialog title="Leave without saving?" confirmLabel="Leave and discard" cancelLabel="Stay and keep editing" onConfirm={() => blocker.proceed()} onCancel={() => blocker.reset()}>
          <p>You changed {diff.changed.map(fieldLabel).join(', ')}. These changes are not saved.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function ExistingItem({ productId, itemId, product }: { productId: string; itemId: string; product: ProductFieldsFragment | null }) {
  const client = useClient();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: BacklogItemQuery, variables: { id: itemId } });
  const onReload = useCallback(async () => {
    const result = await client.query(BacklogItemQuery, { id: itemId }, { requestPolicy: 'network-only' }).toPromise();
    return result.data?.backlogItem ?? null;
  }, [client, itemId]);
  const problem = toProblem(error);
  if (problem?.kind === 'notFound') return <NotFound what="item" />;
  if (!data) {
    if (problem) {
      return (
        <div className="page">
          <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        </div>
      );
    }
    return <Loading label={fetching ? 'Opening the item…' : 'Loading…'} />;
  }
  if (data.backlogItem.productId !== productId) return <NotFound what="item" />;
  return <Editor product={product} productId={productId} item={data.backlogItem} onReload={onReload} />;
}

export default function ItemEditorScreen() {
  const { productId = '', itemId } = useParams();
  const [{ data }] = useQuery({ query: ProductQuery, variables: { id: productId } });
  const product = data?.product ?? null;
  if (!itemId) return <Editor key="new" product={product} productId={productId} item={null} />;
  return <ExistingItem key={itemId} productId={productId} itemId={itemId} product={product} />;
}
