/**
 * The item editor's form: every field of a backlog item as text the inputs hold, and the
 * translation to the API's inputs. An update sends only what changed (omitted = unchanged,
 * null = cleared), so two people editing different fields never overwrite each other's work.
 */
import { isOutcomeStated, isValueStated, joinLabels, LIMITS, scoreBy, type ItemKind, type ItemStatus, type ScoreResult } from '@backlog-studio/domain';
import type { CreateBacklogItemInput, ItemDetailFragment, UpdateBacklogItemInput } from '../api/generated/graphql';

export interface ItemForm {
  title: string;
  description: string;
  kind: ItemKind;
  status: ItemStatus;
  goalId: string;
  parentId: string;
  outcomeStatement: string;
  outcomeMetric: string;
  outcomeBaseline: string;
  outcomeTarget: string;
  outcomeCheckBy: string;
  output: string;
  valueCustomer: string;
  valueBusiness: string;
  valueTeam: string;
  codUserBusinessValue: string;
  codTimeCriticality: string;
  codRiskReduction: string;
  size: string;
  risk: string;
  confidence: string;
  moscow: string;
  kano: string;
  acceptanceCriteria: string[];
}

export type FormKey = keyof ItemForm;

/** Form key → the dotted input path the API names in errors, history and conflicts. */
export const FIELD_PATH: Record<FormKey, string> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  status: 'status',
  goalId: 'goalId',
  parentId: 'parentId',
  outcomeStatement: 'outcome.statement',
  outcomeMetric: 'outcome.metric',
  outcomeBaseline: 'outcome.baseline',
  outcomeTarget: 'outcome.target',
  outcomeCheckBy: 'outcome.checkBy',
  output: 'output',
  valueCustomer: 'value.customer',
  valueBusiness: 'value.business',
  valueTeam: 'value.team',
  codUserBusinessValue: 'costOfDelay.userBusinessValue',
  codTimeCriticality: 'costOfDelay.timeCriticality',
  codRiskReduction: 'costOfDelay.riskReduction',
  size: 'size',
  risk: 'risk',
  confidence: 'confidence',
  moscow: 'moscow',
  kano: 'kano',
  acceptanceCriteria: 'acceptanceCriteria',
};

const NUMBER_KEYS = new Set<FormKey>([
  'outcomeBaseline',
  'outcomeTarget',
  'valueCustomer',
  'valueBusiness',
  'valueTeam',
  'codUserBusinessValue',
  'codTimeCriticality',
  'codRiskReduction',
  'size',
  'confidence',
]);

export function emptyItemForm(): ItemForm {
  return {
    title: '',
    description: '',
    kind: 'FEATURE',
    status: 'IDEA',
    goalId: '',
    parentId: '',
    outcomeStatement: '',
    outcomeMetric: '',
    outcomeBaseline: '',
    outcomeTarget: '',
    outcomeCheckBy: '',
    output: '',
    valueCustomer: '',
    valueBusiness: '',
    valueTeam: '',
    codUserBusinessValue: '',
    codTimeCriticality: '',
    codRiskReduction: '',
    size: '',
    risk: '',
    confidence: '',
    moscow: '',
    kano: '',
    acceptanceCriteria: [],
  };
}

const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

export function itemToForm(item: ItemDetailFragment): ItemForm {
  return {
    title: item.title,
    description: item.description,
    kind: item.kind,
    status: item.status,
    goalId: str(item.goalId),
    parentId: str(item.parentId),
    outcomeStatement: str(item.outcome.statement),
    outcomeMetric: str(item.outcome.metric),
    outcomeBaseline: str(item.outcome.baseline),
    outcomeTarget: str(item.outcome.target),
    outcomeCheckBy: str(item.outcome.checkBy),
    output: str(item.output),
    valueCustomer: str(item.value.customer),
    valueBusiness: str(item.value.business),
    valueTeam: str(item.value.team),
    codUserBusinessValue: str(item.costOfDelay.userBusinessValue),
    codTimeCriticality: str(item.costOfDelay.timeCriticality),
    codRiskReduction: str(item.costOfDelay.riskReduction),
    size: str(item.size),
    risk: str(item.risk),
    confidence: str(item.confidence),
    moscow: str(item.moscow),
    kano: str(item.kano),
    acceptanceCriteria: [...item.acceptanceCriteria],
  };
}

type Wire = string | number | string[] | null;

/** The value a form field sends: numbers parsed, empty optional text as null, criteria trimmed. */
function wireValue(key: FormKey, form: ItemForm): { value: Wire; error?: string } {
  const raw = form[key];
  if (key === 'acceptanceCriteria') return { value: (raw as string[]).map((s) => s.trim()).filter(Boolean) };
  const s = raw as string;
  if (NUMBER_KEYS.has(key)) {
    if (s.trim() === '') return { value: null };
    const n = Number(s);
    return Number.isFinite(n) ? { value: n } : { value: null, error: 'must be a number' };
  }
  // Title and description are never null: an empty title is sent so the API can say why it is refused.
  if (key === 'title' || key === 'description' || key === 'kind' || key === 'status') return { value: s };
  return { value: s.trim() === '' ? null : s };
}

const same = (a: Wire, b: Wire): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface FormDiff {
  /** The update input's fields (without id and expectedVersion). */
  input: Omit<UpdateBacklogItemInput, 'id' | 'expectedVersion'>;
  /** Dotted paths of the changed fields. */
  changed: string[];
  /** Client-side errors by dotted path (unparseable numbers). */
  errors: Record<string, string>;
}

function put(input: Record<string, unknown>, path: string, value: Wire): void {
  const dot = path.indexOf('.');
  if (dot < 0) {
    input[path] = value;
    return;
  }
  const group = path.slice(0, dot);
  const part = path.slice(dot + 1);
  const nested = (input[group] as Record<string, unknown> | undefined) ?? {};
  nested[part] = value;
  input[group] = nested;
}

/** What the person changed since `base`, as an update input; nested groups carry only changed parts. */
export function diffItemForm(base: ItemForm, current: ItemForm): FormDiff {
  const input: Record<string, unknown> = {};
  const changed: string[] = [];
  const errors: Record<string, string> = {};
  for (const key of Object.keys(FIELD_PATH) as FormKey[]) {
    const before = wireValue(key, base);
    const after = wireValue(key, current);
    if (after.error) errors[FIELD_PATH[key]] = after.error;
    if (same(before.value, after.value) && !after.error) continue;
    changed.push(FIELD_PATH[key]);
    put(input, FIELD_PATH[key], after.value);
  }
  return { input: input as FormDiff['input'], changed, errors };
}

/** A create input with every filled field. */
export function createItemInput(productId: string, form: ItemForm): { input: CreateBacklogItemInput; errors: Record<string, string> } {
  const { input, errors } = diffItemForm(emptyItemForm(), form);
  // Kind and status always go along (their defaults are valid), and so does the title, even empty.
  return {
    input: {
      ...(input as Omit<CreateBacklogItemInput, 'productId' | 'title'>),
      productId,
      title: form.title,
      kind: form.kind,
      status: form.status,
    },
    errors,
  };
}

const num = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

/** Whether the form as typed states an outcome and a value (the rules the API applies for READY). */
export function formReadiness(form: ItemForm): { outcome: boolean; value: boolean } {
  return {
    outcome: isOutcomeStated({
      statement: form.outcomeStatement,
      metric: form.outcomeMetric,
      target: num(form.outcomeTarget),
      checkBy: form.outcomeCheckBy,
    }),
    value: isValueStated({ customer: num(form.valueCustomer), business: num(form.valueBusiness), team: num(form.valueTeam) }),
  };
}

/** The editor's names for the WSJF parts (the domain's result names them by field). */
const WSJF_FIELD_LABEL: Record<string, string> = {
  userBusinessValue: 'User / business value',
  timeCriticality: 'Time criticality',
  riskReduction: 'Risk reduction / opportunity',
  jobSize: 'Size',
};

const onScale = (v: number): boolean => v >= LIMITS.costOfDelayMin && v <= LIMITS.costOfDelayMax;

export interface CostOfDelayPreview {
  /** The sum of the three parts, once each is a number on the scale; null until then. */
  cod: number | null;
  /** The domain's WSJF result, exactly what the ordering panel scores. */
  wsjf: ScoreResult;
  /** Why there is no WSJF yet, in the form's own words ('' when it scores). */
  hint: string;
}

/**
 * The editor's preview of what the ordering panel will compute: the cost of delay once its three
 * parts are set, and the domain's WSJF result, a score with its arithmetic or what it still needs.
 */
export function costOfDelay(form: ItemForm): CostOfDelayPreview {
  const parts = { userBusinessValue: num(form.codUserBusinessValue), timeCriticality: num(form.codTimeCriticality), riskReduction: num(form.codRiskReduction) };
  const values = Object.values(parts);
  const cod = values.every((v) => v !== null && onScale(v)) ? (values as number[]).reduce((a, b) => a + b, 0) : null;
  // A part off the scale is refused on save: the preview does not score what cannot be stored.
  const offScale = Object.entries(parts).filter(([, v]) => v !== null && !onScale(v)).map(([field]) => field);
  if (offScale.length) {
    const labels = joinLabels(offScale.map((f) => WSJF_FIELD_LABEL[f] ?? f));
    return {
      cod,
      wsjf: { score: null, reason: 'INVALID', fields: offScale, explanation: `WSJF refuses ${labels}: the scale is ${LIMITS.costOfDelayMin}–${LIMITS.costOfDelayMax}` },
      hint: `${labels} must be between ${LIMITS.costOfDelayMin} and ${LIMITS.costOfDelayMax}`,
    };
  }
  const wsjf = scoreBy('WSJF', { id: 'preview', ...parts, size: num(form.size) });
  let hint = '';
  if (wsjf.score === null) {
    const labels = joinLabels(wsjf.fields.map((f) => WSJF_FIELD_LABEL[f] ?? f));
    // With every part on the scale, only the size can make WSJF refuse a value.
    hint = wsjf.reason === 'MISSING' ? `needs ${labels}` : `${labels} must be above zero`;
  }
  return { cod, wsjf, hint };
}

