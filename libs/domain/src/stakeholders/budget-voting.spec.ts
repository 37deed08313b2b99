import { describe, expect, it } from 'vitest';
import {
  BudgetVotingError,
  roundResult,
  validateAllocation,
  validateRound,
  type Allocation,
  type BudgetRound,
} from './budget-voting';

// Total price 200; total budget 210; nobody can buy everything alone.
const round: BudgetRound = {
  items: [
    { id: 'A', price: 100 },
    { id: 'B', price: 60 },
    { id: 'C', price: 40 },
  ],
  budgets: [
    { participantId: 'p1', budget: 80 },
    { participantId: 'p2', budget: 80 },
    { participantId: 'p3', budget: 50 },
  ],
};

describe('validateRound', () => {
  it('accepts a sound round', () => {
    expect(validateRound(round)).toEqual([]);
  });

  it.each([
    ['no items', { items: [], budgets: [{ participantId: 'p', budget: 1 }] }, ['NO_ITEMS', 'BUDGET_NOT_BELOW_TOTAL']],
    ['no participants', { items: [{ id: 'A', price: 5 }], budgets: [] }, ['NO_PARTICIPANTS']],
    ['a budget equal to the total', { items: [{ id: 'A', price: 5 }, { id: 'B', price: 5 }], budgets: [{ participantId: 'p', budget: 10 }] }, ['BUDGET_NOT_BELOW_TOTAL']],
    ['a zero price', { items: [{ id: 'A', price: 0 }, { id: 'B', price: 5 }], budgets: [{ participantId: 'p', budget: 1 }] }, ['INVALID_PRICE']],
    ['a fractional price', { items: [{ id: 'A', price: 2.5 }], budgets: [{ participantId: 'p', budget: 1 }] }, ['INVALID_PRICE']],
    ['a zero budget', { items: [{ id: 'A', price: 5 }], budgets: [{ participantId: 'p', budget: 0 }] }, ['INVALID_BUDGET']],
    ['a fractional budget', { items: [{ id: 'A', price: 5 }], budgets: [{ participantId: 'p', budget: 1.5 }] }, ['INVALID_BUDGET']],
    ['a repeated item', { items: [{ id: 'A', price: 5 }, { id: 'A', price: 5 }], budgets: [{ participantId: 'p', budget: 1 }] }, ['DUPLICATE_ITEM']],
    ['a repeated participant', { items: [{ id: 'A', price: 5 }], budgets: [{ participantId: 'p', budget: 1 }, { participantId: 'p', budget: 2 }] }, ['DUPLICATE_PARTICIPANT']],
  ])('refuses %s', (_name, bad: BudgetRound, codes) => {
    expect(validateRound(bad).map((issue) => issue.code)).toEqual(codes);
  });

  it('names the numbers when a budget could buy everything', () => {
    const [issue] = validateRound({ items: [{ id: 'A', price: 30 }], budgets: [{ participantId: 'p', budget: 40 }] });
    expect(issue).toMatchObject({ code: 'BUDGET_NOT_BELOW_TOTAL', budget: 40, totalPrice: 30 });
    expect(issue.message).toBe('budget of p (40) must be below the total price of all items (30)');
  });

  it('names people and items as the caller asks in the messages, keeping ids in the issues', () => {
    const names = { participant: (id: string) => `${id}@example.com`, item: (id: string) => `“Item ${id}”` };
    const issues = validateRound({ items: [{ id: 'A', price: 30 }, { id: 'A', price: 0 }], budgets: [{ participantId: 'p', budget: 40 }] }, names);
    expect(issues).toEqual([
      { code: 'DUPLICATE_ITEM', itemId: 'A', message: 'item “Item A” is listed twice' },
      { code: 'INVALID_PRICE', itemId: 'A', price: 0, message: 'price of “Item A” must be a whole number above 0, got 0' },
    ]);
    const [over] = validateRound({ items: [{ id: 'A', price: 30 }], budgets: [{ participantId: 'p', budget: 40 }] }, names);
    expect(over).toMatchObject({ participantId: 'p', message: 'budget of p@example.com (40) must be below the total price of all items (30)' });
  });
});

describe('validateAllocation', () => {
  it('accepts spending the whole budget', () => {
    expect(validateAllocation(round, 'p3', [{ itemId: 'B', amount: 30 }, { itemId: 'C', amount: 20 }])).toEqual([]);
  });

  it('refuses overspending, with the numbers', () => {
    expect(validateAllocation(round, 'p3', [{ itemId: 'B', amount: 40 }, { itemId: 'C', amount: 20 }])).toEqual([
      { code: 'OVERSPEND', participantId: 'p3', budget: 50, spent: 60, over: 10, message: 'p3 allocates 60 but has a budget of 50 (10 over)' },
    ]);
  });

  it('names people and items as the caller asks', () => {
    const names = { participant: (id: string) => `${id}@example.com`, item: (id: string) => `“Item ${id}”` };
    expect(validateAllocation(round, 'p3', [{ itemId: 'B', amount: 40 }, { itemId: 'Z', amount: 20 }], names).map((i) => i.message)).toEqual([
      '“Item Z” is not an item of this round',
      'p3@example.com allocates 60 but has a budget of 50 (10 over)',
    ]);
    expect(validateAllocation(round, 'nobody', [], names)).toEqual([{ code: 'NOT_A_PARTICIPANT', participantId: 'nobody', message: 'nobody@example.com is not a participant of this round' }]);
  });

  it.each<[string, string, Allocation[], string[]]>([
    ['a stranger', 'px', [{ itemId: 'A', amount: 1 }], ['NOT_A_PARTICIPANT']],
    ['an unknown item', 'p1', [{ itemId: 'Z', amount: 1 }], ['UNKNOWN_ITEM']],
    ['a negative amount', 'p1', [{ itemId: 'A', amount: -5 }], ['NEGATIVE_AMOUNT']],
    ['a fractional amount', 'p1', [{ itemId: 'A', amount: 0.5 }], ['INVALID_AMOUNT']],
    ['the same item twice', 'p1', [{ itemId: 'A', amount: 1 }, { itemId: 'A', amount: 1 }], ['DUPLICATE_ALLOCATION']],
  ])('refuses %s', (_name, participantId, allocations, codes) => {
    expect(validateAllocation(round, participantId, allocations).map((issue) => issue.code)).toEqual(codes);
  });
});

describe('roundResult', () => {
  it('funds the items whose pledges reach the price, ranks them and counts the leftover', () => {
    const result = roundResult(round, [
      { participantId: 'p1', allocations: [{ itemId: 'A', amount: 50 }, { itemId: 'B', amount: 30 }] },
      { participantId: 'p2', allocations: [{ itemId: 'A', amount: 50 }, { itemId: 'C', amount: 20 }] },
      { participantId: 'p3', allocations: [{ itemId: 'B', amount: 20 }, { itemId: 'C', amount: 10 }] },
    ]);
    expect(result.items).toEqual([
      { itemId: 'A', price: 100, pledged: 100, funded: true, sharePercent: 100, pledgers: 2, rank: 1 },
      { itemId: 'B', price: 60, pledged: 50, funded: false, sharePercent: 83, pledgers: 2, rank: 2 },
      { itemId: 'C', price: 40, pledged: 30, funded: false, sharePercent: 75, pledgers: 2, rank: 3 },
    ]);
    expect(result).toMatchObject({
      totalBudget: 210,
      allocated: 180,
      unallocated: 30,
      returnedFromUnfunded: 80,
      surplusOnFunded: 0,
      spentOnFunded: 100,
      leftover: 110,
    });
  });

  it('gives equal items the same rank and counts over-funding as surplus', () => {
    const result = roundResult(round, [
      { participantId: 'p1', allocations: [{ itemId: 'B', amount: 60 }, { itemId: 'C', amount: 20 }] },
      { participantId: 'p2', allocations: [{ itemId: 'C', amount: 20 }, { itemId: 'A', amount: 10 }] },
      { participantId: 'p3', allocations: [{ itemId: 'C', amount: 5 }] },
    ]);
    expect(result.items.map((i) => [i.itemId, i.rank, i.funded])).toEqual([
      ['C', 1, true],
      ['B', 2, true],
      ['A', 3, false],
    ]);
    expect(result).toMatchObject({ spentOnFunded: 100, surplusOnFunded: 5, returnedFromUnfunded: 10, unallocated: 95, leftover: 110 });
  });

  it('shares a rank when share and amount are equal', () => {
    const even: BudgetRound = { items: [{ id: 'X', price: 10 }, { id: 'Y', price: 10 }, { id: 'Z', price: 10 }], budgets: [{ participantId: 'p', budget: 20 }] };
    const result = roundResult(even, [{ participantId: 'p', allocations: [{ itemId: 'Y', amount: 4 }, { itemId: 'Z', amount: 4 }] }]);
    expect(result.items.map((i) => [i.itemId, i.rank])).toEqual([
      ['Y', 1],
      ['Z', 1],
      ['X', 3],
    ]);
  });

  it('refuses a round with an overspending participant', () => {
    const call = (): unknown => roundResult(round, [{ participantId: 'p3', allocations: [{ itemId: 'A', amount: 51 }] }]);
    expect(call).toThrow(BudgetVotingError);
    expect(call).toThrow('p3 allocates 51 but has a budget of 50 (1 over)');
  });

  it('refuses allocations given twice for one participant', () => {
    try {
      roundResult(round, [
        { participantId: 'p1', allocations: [] },
        { participantId: 'p1', allocations: [] },
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as BudgetVotingError).issues.map((i) => i.code)).toEqual(['DUPLICATE_PARTICIPANT']);
    }
  });
});
