import type { SimulationParams } from './parameters';
import { SIMULATION_STRATEGIES, type SimulationStrategy } from './strategies';
import type { SimulationTotals } from './types';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** Plain-language account of a run, for reading out to the group (C5.1 outcome vs output). */
export function explainRun(strategy: SimulationStrategy, totals: SimulationTotals, params: SimulationParams): string[] {
  const measures = strategy.kind === 'OUTCOME_FIRST' || (strategy.kind === 'CUSTOM' && strategy.measure === true);
  const lines: string[] = [`${SIMULATION_STRATEGIES[strategy.kind].label}: ${SIMULATION_STRATEGIES[strategy.kind].description}`];

  lines.push(
    `Output: ${plural(totals.itemsShipped, 'item')} shipped with ${totals.pointsSpent} of ${totals.capacity} points. ` +
      `Outcome: ${totals.valueRealised} value realised, ${totals.goalProgress} % of the product goal (${params.goalTarget}).`,
  );
  lines.push(`That is ${totals.valuePerItem} value per item shipped and ${totals.valuePerPoint} per point spent.`);

  if (totals.goalReachedInSprint === null) {
    lines.push(`The goal was not reached in ${plural(params.sprints, 'sprint')}.`);
  } else if (measures) {
    lines.push(
      `Measuring every release showed the goal reached in sprint ${totals.goalReachedInSprint}; the team stopped and kept ` +
        `${totals.pointsUnspent} points free for the next goal.`,
    );
  } else {
    const after = params.sprints - totals.goalReachedInSprint;
    lines.push(
      `The goal was reached in sprint ${totals.goalReachedInSprint}, but nobody measured: the team kept building for ` +
        `${plural(after, 'more sprint')}: work the goal no longer needed.`,
    );
  }

  if (totals.noValueItemsShipped > 0) {
    lines.push(
      `${plural(totals.noValueItemsShipped, 'shipped item')} realised no value` +
        (measures ? ' (measured, so the team knew).' : ' and nobody noticed, because nobody measured.'),
    );
  }
  if (totals.experimentsRun > 0) {
    lines.push(
      `${plural(totals.experimentsRun, 'experiment')} revealed true values early` +
        (totals.itemsDropped > 0 ? `: ${plural(totals.itemsDropped, 'worthless item')} (${totals.pointsAvoided} points) dropped before anyone built them.` : '.'),
    );
  }
  lines.push(`Waste: ${totals.wastePoints} points (${percent(totals.wasteShare)} of the points spent).`);
  return lines;
}
