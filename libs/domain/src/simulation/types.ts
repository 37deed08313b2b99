import type { SimulatedBacklog } from './backlog';
import type { SimulationParams } from './parameters';
import type { SimulationStrategy } from './strategies';

export type SimulationLearningEventKind =
  /** An experiment revealed the true value of related items. */
  | 'EXPERIMENT'
  /** A release was measured and some shipped items turned out to realise no value. */
  | 'MEASURED_NO_VALUE'
  /** Measuring showed the product goal is reached: the team stops working towards it. */
  | 'GOAL_REACHED';

/** Something the team learnt (only teams that measure learn from releases; anyone running an experiment learns from it). */
export interface SimulationLearningEvent {
  sprint: number;
  kind: SimulationLearningEventKind;
  /** The experiment behind the event, if any. */
  sourceId: string | null;
  /** Items concerned: worthless items revealed or measured; empty for GOAL_REACHED. */
  itemIds: string[];
  /** Points concerned: of the worthless items, or of capacity freed once the goal is reached. */
  points: number;
  message: string;
}

export type SimulationSprintStatus =
  /** The team worked. */
  | 'WORKING'
  /** The team measured that the goal was reached and stopped; its capacity is free for the next goal. */
  | 'STOPPED_GOAL_REACHED'
  /** Nothing left that this strategy would work on. */
  | 'IDLE';

export interface SprintResult {
  /** 1-based sprint number. */
  sprint: number;
  status: SimulationSprintStatus;
  capacity: number;
  /** Points spent on items and experiments; never more than `capacity`. */
  pointsSpent: number;
  /** Output: items shipped in this sprint (experiments are learning, not output). */
  itemsShipped: number;
  shippedItemIds: string[];
  experimentIds: string[];
  /** Outcome: value the items shipped in this sprint realised. */
  valueRealised: number;
  cumulativeValue: number;
  cumulativeItems: number;
  /** Cumulative value as a percentage of the goal target, capped at 100. */
  goalProgress: number;
  goalReached: boolean;
  /** Points on shipped items that realised no value, plus every point spent after the goal was reached. */
  wastePoints: number;
  learningEvents: SimulationLearningEvent[];
}

export interface SimulationTotals {
  sprints: number;
  /** Capacity over all sprints. */
  capacity: number;
  pointsSpent: number;
  pointsUnspent: number;
  itemsShipped: number;
  experimentsRun: number;
  valueRealised: number;
  goalTarget: number;
  goalProgress: number;
  /** The sprint whose release reached the goal, or null. */
  goalReachedInSprint: number | null;
  wastePoints: number;
  /** wastePoints / pointsSpent (0 when nothing was spent). */
  wasteShare: number;
  /** Shipped items that realised no value. */
  noValueItemsShipped: number;
  /** Items dropped before building because an experiment showed they had no value. */
  itemsDropped: number;
  /** Points of those dropped items: work the team did not have to do. */
  pointsAvoided: number;
  learningEvents: number;
  /** Outcome per unit of output; 0 when nothing shipped. Rounded to 2 decimals. */
  valuePerItem: number;
  /** Outcome per point spent; 0 when nothing was spent. Rounded to 2 decimals. */
  valuePerPoint: number;
}

export interface SimulationRun {
  params: SimulationParams;
  strategy: SimulationStrategy;
  /** The generated product, true values included, for showing the hidden truth afterwards. */
  backlog: SimulatedBacklog;
  sprints: SprintResult[];
  totals: SimulationTotals;
  /** Plain-language sentences for the group: what the team did and what it got for it. */
  explanation: string[];
}
