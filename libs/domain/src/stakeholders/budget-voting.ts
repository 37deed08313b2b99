/**
 * Buy a Feature (Innovation Games): items get a price, participants a budget smaller than the
 * total price, so nobody can buy everything alone and the group must pool money on what matters.
 * All money is whole units.
 */

export interface BudgetRoundItem {
  id: string;
  price: number;
}

export interface ParticipantBudget {
  participantId: string;
  budget: number;
}

export interface BudgetRound {
  items: readonly BudgetRoundItem[];
  budgets: readonly ParticipantBudget[];
}

export interface Allocation {
  itemId: string;
  amount: number;
}

export interface ParticipantAllocations {
  participantId: string;
  allocations: readonly Allocation[];
}

export type BudgetIssue =
  | { code: 'NO_ITEMS' | 'NO_PARTICIPANTS'; message: string }
  | { code: 'DUPLICATE_ITEM'; itemId: string; message: string }
  | { code: 'INVALID_PRICE'; itemId: string; price: number; message: string }
  | { code: 'DUPLICATE_PARTICIPANT' | 'NOT_A_PARTICIPANT'; participantId: string; message: string }
  | { code: 'INVALID_BUDGET'; participantId: string; budget: number; message: string }
  | { code: 'BUDGET_NOT_BELOW_TOTAL'; participantId: string; budget: number; totalPrice: number; message: string }
  | { code: 'UNKNOWN_ITEM' | 'DUPLICATE_ALLOCATION'; participantId: string; itemId: string; message: string }
  | { code: 'NEGATIVE_AMOUNT' | 'INVALID_AMOUNT'; participantId: string; itemId: string; amount: number; message: string }
  | { code: 'OVERSPEND'; participantId: string; budget: number; spent: number; over: number; message: string };

export type BudgetIssueCode = BudgetIssue['code'];

/** Thrown by roundResult when the round or an allocation breaks the rules. */
export class BudgetVotingError extends Error {
  readonly issues: readonly BudgetIssue[];

  constructor(issues: readonly BudgetIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'BudgetVotingError';
    this.issues = issues;
  }
}

/**
 * How messages name participants and items (an email, a title); ids by default. Only the
 * `message` texts change: the issues' ids stay ids.
 */
export interface BudgetNames {
  readonly participant?: (participantId: string) => string;
  readonly item?: (itemId: string) => string;
}

const namer = (names: BudgetNames) => ({
  who: names.participant ?? ((id: string) => id),
  what: names.item ?? ((id: string) => id),
});

const isPositiveInteger = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/** What is wrong with a round: no items or participants, duplicates, prices or budgets that are not positive integers, a budget that could buy everything. */
export function validateRound(round: BudgetRound, names: BudgetNames = {}): BudgetIssue[] {
  const { who, what } = namer(names);
  const issues: BudgetIssue[] = [];
  if (round.items.length === 0) issues.push({ code: 'NO_ITEMS', message: 'a round needs at least one item' });
  if (round.budgets.length === 0) issues.push({ code: 'NO_PARTICIPANTS', message: 'a round needs at least one participant' });

  const itemIds = new Set<string>();
  for (const { id, price } of round.items) {
    if (itemIds.has(id)) issues.push({ code: 'DUPLICATE_ITEM', itemId: id, message: `item ${what(id)} is listed twice` });
    itemIds.add(id);
    if (!isPositiveInteger(price)) {
      issues.push({ code: 'INVALID_PRICE', itemId: id, price, message: `price of ${what(id)} must be a whole number above 0, got ${price}` });
    }
  }
  const pricesValid = round.items.every((item) => isPositiveInteger(item.price));
  const totalPrice = round.items.reduce((sum, item) => sum + item.price, 0);

  const participantIds = new Set<string>();
  for (const { participantId, budget } of round.budgets) {
    if (participantIds.has(participantId)) {
      issues.push({ code: 'DUPLICATE_PARTICIPANT', participantId, message: `participant ${who(participantId)} is listed twice` });
    }
    participantIds.add(participantId);
    if (!isPositiveInteger(budget)) {
      issues.push({ code: 'INVALID_BUDGET', participantId, budget, message: `budget of ${who(participantId)} must be a whole number above 0, got ${budget}` });
    } else if (pricesValid && budget >= totalPrice) {
      issues.push({
        code: 'BUDGET_NOT_BELOW_TOTAL',
        participantId,
        budget,
        totalPrice,
        message: `budget of ${who(participantId)} (${budget}) must be below the total price of all items (${totalPrice})`,
      });
    }
  }
  return issues;
}

/** What is wrong with one participant's allocations: not a participant, unknown or repeated items, negative or fractional amounts, overspending. */
export function validateAllocation(round: BudgetRound, participantId: string, allocations: readonly Allocation[], names: BudgetNames = {}): BudgetIssue[] {
  const { who, what } = namer(names);
  const participant = round.budgets.find((b) => b.participantId === participantId);
  if (!participant) {
    return [{ code: 'NOT_A_PARTICIPANT', participantId, message: `${who(participantId)} is not a participant of this round` }];
  }
  const issues: BudgetIssue[] = [];
  const itemIds = new Set(round.items.map((item) => item.id));
  const seen = new Set<string>();
  let spent = 0;
  for (const { itemId, amount } of allocations) {
    if (!itemIds.has(itemId)) issues.push({ code: 'UNKNOWN_ITEM', participantId, itemId, message: `${what(itemId)} is not an item of this round` });
    if (seen.has(itemId)) issues.push({ code: 'DUPLICATE_ALLOCATION', participantId, itemId, message: `${who(participantId)} allocates to ${what(itemId)} twice` });
    seen.add(itemId);
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
      issues.push({ code: 'INVALID_AMOUNT', participantId, itemId, amount, message: `amount for ${what(itemId)} must be a whole number, got ${amount}` });
    } else if (amount < 0) {
      issues.push({ code: 'NEGATIVE_AMOUNT', participantId, itemId, amount, message: `amount for ${what(itemId)} must not be negative, got ${amount}` });
    } else {
      spent += amount;
    }
  }
  if (spent > participant.budget) {
    const over = spent - participant.budget;
    issues.push({
      code: 'OVERSPEND',
      participantId,
      budget: participant.budget,
      spent,
      over,
      message: `${who(participantId)} allocates ${spent} but has a budget of ${participant.budget} (${over} over)`,
    });
  }
  return issues;
}

export interface ItemOutcome {
  itemId: string;
  price: number;
  pledged: number;
  /** Pledges reach the price. */
  funded: boolean;
  /** floor(100 × pledged / price): an unfunded item never shows 100. */
  sharePercent: number;
  pledgers: number;
  /** 1 = best; by share of price, then amount pledged; equal items share a rank (1, 2, 2, 4). */
  rank: number;
}

export interface RoundResult {
  /** Best first. */
  items: ItemOutcome[];
  totalBudget: number;
  allocated: number;
  /** Budget nobody allocated. */
  unallocated: number;
  /** Pledged on items that were not funded: handed back. */
  returnedFromUnfunded: number;
  /** Pledged beyond the price of funded items. */
  surplusOnFunded: number;
  /** Sum of the prices of funded items. */
  spentOnFunded: number;
  /** totalBudget − spentOnFunded = unallocated + returnedFromUnfunded + surplusOnFunded. */
  leftover: number;
}

/** Outcome of a round; throws BudgetVotingError when the round or any allocation breaks the rules. */
export function roundResult(round: BudgetRound, allocations: readonly ParticipantAllocations[]): RoundResult {
  const issues = validateRound(round);
  const participants = new Set<string>();
  for (const entry of allocations) {
    if (participants.has(entry.participantId)) {
      issues.push({ code: 'DUPLICATE_PARTICIPANT', participantId: entry.participantId, message: `allocations of ${entry.participantId} are given twice` });
    }
    participants.add(entry.participantId);
    issues.push(...validateAllocation(round, entry.participantId, entry.allocations));
  }
  if (issues.length) throw new BudgetVotingError(issues);

  const pledged = new Map<string, { amount: number; pledgers: number }>(round.items.map((item) => [item.id, { amount: 0, pledgers: 0 }]));
  for (const entry of allocations) {
    for (const { itemId, amount } of entry.allocations) {
      const total = pledged.get(itemId);
      if (total && amount > 0) {
        total.amount += amount;
        total.pledgers++;
      }
    }
  }

  const outcomes = round.items.map(({ id, price }) => {
    const { amount, pledgers } = pledged.get(id) ?? { amount: 0, pledgers: 0 };
    return { itemId: id, price, pledged: amount, funded: amount >= price, sharePercent: Math.floor((100 * amount) / price), pledgers, rank: 0 };
  });
  // Exact comparison of pledged/price by cross-multiplying integers; the sort is stable, so ties keep input order.
  const compare = (a: ItemOutcome, b: ItemOutcome): number => b.pledged * a.price - a.pledged * b.price || b.pledged - a.pledged;
  outcomes.sort(compare);
  outcomes.forEach((outcome, i) => {
    outcome.rank = i > 0 && compare(outcomes[i - 1], outcome) === 0 ? outcomes[i - 1].rank : i + 1;
  });

  const totalBudget = round.budgets.reduce((sum, b) => sum + b.budget, 0);
  const allocated = outcomes.reduce((sum, o) => sum + o.pledged, 0);
  const funded = outcomes.filter((o) => o.funded);
  const spentOnFunded = funded.reduce((sum, o) => sum + o.price, 0);
  return {
    items: outcomes,
    totalBudget,
    allocated,
    unallocated: totalBudget - allocated,
    returnedFromUnfunded: outcomes.filter((o) => !o.funded).reduce((sum, o) => sum + o.pledged, 0),
    surplusOnFunded: funded.reduce((sum, o) => sum + o.pledged - o.price, 0),
    spentOnFunded,
    leftover: totalBudget - spentOnFunded,
  };
}
