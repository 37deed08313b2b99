import { describe, expect, test } from 'vitest';
import type { ItemDetailFragment } from '../api/generated/graphql';
import { costOfDelay, createItemInput, diffItemForm, emptyItemForm, formReadiness, itemToForm } from './item-form';

const item: ItemDetailFragment = {
  id: 'i1',
  productId: 'p1',
  title: 'Suggest dishes from stock',
  description: '',
  kind: 'FEATURE',
  status: 'IDEA',
  version: 3,
  archived: false,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  outcome: { statement: 'Cooks plan from stock', metric: 'share (%)', baseline: 10, target: 45, checkBy: '2027-06-30' },
  outcomeStated: true,
  output: null,
  value: { customer: 8, business: null, team: null },
  costOfDelay: { userBusinessValue: null, timeCriticality: null, riskReduction: null },
  size: null,
  risk: null,
  confidence: null,
  moscow: null,
  kano: null,
  acceptanceCriteria: ['one'],
  refinementGaps: [],
  goalId: null,
  parentId: null,
  parent: null,
  children: [],
  dependsOn: [],
  history: [],
};

describe('item form', () => {
  test('an untouched form changes nothing', () => {
    const form = itemToForm(item);
    expect(diffItemForm(form, { ...form })).toEqual({ input: {}, changed: [], errors: {} });
  });

  test('sends only the changed fields, nested parts alone, numbers as numbers, cleared text as null', () => {
    const base = itemToForm(item);
    const diff = diffItemForm(base, { ...base, outcomeTarget: '50', valueBusiness: '5', size: '3', output: '', description: 'More', outcomeMetric: '' });
    expect(diff.changed.sort()).toEqual(['description', 'outcome.metric', 'outcome.target', 'size', 'value.business']);
    expect(diff.input).toEqual({ description: 'More', outcome: { target: 50, metric: null }, value: { business: 5 }, size: 3 });
  });

  test('an empty title is sent as it is, so the API can say why it refuses it', () => {
    const base = itemToForm(item);
    expect(diffItemForm(base, { ...base, title: '' }).input).toEqual({ title: '' });
  });

  test('acceptance criteria are trimmed and blank ones dropped; whitespace alone is no change', () => {
    const base = itemToForm(item);
    expect(diffItemForm(base, { ...base, acceptanceCriteria: [' one ', '  '] }).changed).toEqual([]);
    expect(diffItemForm(base, { ...base, acceptanceCriteria: ['one', 'two '] }).input).toEqual({ acceptanceCriteria: ['one', 'two'] });
  });

  test('an unparseable number is a client-side error on its dotted path', () => {
    const base = itemToForm(item);
    expect(diffItemForm(base, { ...base, outcomeBaseline: 'ten' }).errors).toEqual({ 'outcome.baseline': 'must be a number' });
  });

  test('a create input carries the title, kind, status and every filled field', () => {
    const form = { ...emptyItemForm(), title: 'Idea', valueCustomer: '3', outcomeStatement: 'More cooks' };
    expect(createItemInput('p1', form).input).toEqual({
      productId: 'p1',
      title: 'Idea',
      kind: 'FEATURE',
      status: 'IDEA',
      value: { customer: 3 },
      outcome: { statement: 'More cooks' },
    });
  });

  test('readiness follows the domain rules: outcome needs statement, metric, target and date; value one rating above zero', () => {
    expect(formReadiness(itemToForm(item))).toEqual({ outcome: true, value: true });
    expect(formReadiness({ ...itemToForm(item), outcomeCheckBy: '', valueCustomer: '0' })).toEqual({ outcome: false, value: false });
  });

  test('the WSJF preview is the ordering panel\'s: a part left empty gives no score, and says which', () => {
    const form = { ...emptyItemForm(), codUserBusinessValue: '8', codTimeCriticality: '3' };
    // Not 11 / size with the empty part counted as 0: the proposed order would not score it.
    expect(costOfDelay({ ...form, size: '5' })).toEqual({
      cod: null,
      wsjf: { score: null, reason: 'MISSING', fields: ['riskReduction'], explanation: 'WSJF needs risk reduction | opportunity enablement' },
      // In the form's own words, the label the user sees on the field.
      hint: 'needs Risk reduction / opportunity',
    });
    expect(costOfDelay(emptyItemForm()).hint).toBe('needs User / business value, Time criticality, Risk reduction / opportunity and Size');
    const full = { ...form, codRiskReduction: '2' };
    expect(costOfDelay(full).cod).toBe(13);
    expect(costOfDelay(full).wsjf).toMatchObject({ score: null, fields: ['jobSize'] });
    expect(costOfDelay({ ...full, size: '0' })).toMatchObject({ wsjf: { score: null, reason: 'INVALID', fields: ['jobSize'] }, hint: 'Size must be above zero' });
    expect(costOfDelay({ ...full, size: '5' })).toEqual({ cod: 13, wsjf: { score: 2.6, explanation: 'WSJF 2.6 = (8 + 3 + 2) / 5' }, hint: '' });
    // A part off the 1–20 scale (the save would refuse it) gives neither a cost of delay nor a WSJF.
    expect(costOfDelay({ ...full, codTimeCriticality: '40', size: '5' })).toMatchObject({ cod: null, wsjf: { score: null, fields: ['timeCriticality'] }, hint: 'Time criticality must be between 1 and 20' });
    expect(costOfDelay({ ...full, codTimeCriticality: '0', size: '5' })).toMatchObject({ cod: null, wsjf: { score: null, reason: 'INVALID' } });
    expect(costOfDelay(emptyItemForm())).toMatchObject({ cod: null, wsjf: { score: null, reason: 'MISSING' } });
  });
});
