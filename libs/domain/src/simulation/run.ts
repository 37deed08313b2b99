import { generateBacklog, type SimulatedBacklog, type SimulatedItem } from './backlog';
import { explainRun } from './explain';
import { resolveSimulationParameters, type SimulationParams } from './parameters';
import { createPlanner, normaliseStrategy, type PlanState, type SimulationStrategyInput } from './strategies';
import type { SimulationLearningEvent, SimulationRun, SimulationTotals, SprintResult, SimulationSprintStatus } from './types';

/**
 * The coach's simulation (CSPO C5.1, C5.2): the same seeded product is built sprint by sprint
 * under a strategy. Output is what ships (items); outcome is the value those items realise.
 * Items are released at the end of their sprint; a team that measures sees the value then and
 * stops once the product goal is reached, a team that does not keeps building.
 *
 * @throws SimulationParameterError when a parameter or the strategy is refused.
 */
export function runSimulation(params: Partial<SimulationParams> = {}, strategy: SimulationStrategyInput = 'OUTCOME_FIRST'): SimulationRun {
  const resolved = resolveSimulationParameters(params);
  const backlog = generateBacklog(resolved);
  const normalised = normaliseStrategy(strategy, backlog);
  const state: PlanState = { done: new Set(), known: new Map(), dropped: new Set() };
  const planner = createPlanner(normalised, backlog, resolved, state);
  const items = new Map(backlog.items.map((i) => [i.id, i]));

  const sprints: SprintResult[] = [];
  let cumulativeValue = 0;
  let cumulativeItems = 0;
  let goalReachedInSprint: number | null = null;

  for (let sprint = 1; sprint <= resolved.sprints; sprint++) {
    const learningEvents: SimulationLearningEvent[] = [];
    const goalMetBefore = goalReachedInSprint !== null;
    const shipped: SimulatedItem[] = [];
    const experimentIds: string[] = [];
    let pointsSpent = 0;
    let status: SimulationSprintStatus = 'WORKING';

    if (planner.measures && goalMetBefore) {
      status = 'STOPPED_GOAL_REACHED';
    } else {
      for (let unit = planner.next(resolved.capacity); unit !== null; unit = planner.next(resolved.capacity - pointsSpent)) {
        pointsSpent += unit.size;
        state.done.add(unit.id);
        if (unit.kind === 'ITEM') {
          shipped.push(items.get(unit.id) as SimulatedItem);
        } else {
          experimentIds.push(unit.id);
          learningEvents.push(runExperiment(unit.id, sprint, backlog, state, planner.measures));
        }
      }
      if (pointsSpent === 0) status = 'IDLE';
    }

    const valueRealised = shipped.reduce((sum, item) => sum + item.trueValue, 0);
    const duds = shipped.filter((item) => item.trueValue === 0);
    const dudPoints = duds.reduce((sum, item) => sum + item.size, 0);
    cumulativeValue += valueRealised;
    cumulativeItems += shipped.length;

    if (planner.measures && duds.length > 0) {
      learningEvents.push({
        sprint,
        kind: 'MEASURED_NO_VALUE',
        sourceId: null,
        itemIds: duds.map((d) => d.id),
        points: dudPoints,
        message: `Measured the release: ${duds.map((d) => d.id).join(', ')} realised no value (${dudPoints} points).`,
      });
    }
    if (goalReachedInSprint === null && cumulativeValue >= resolved.goalTarget) {
      goalReachedInSprint = sprint;
      if (planner.measures) {
        const freed = (resolved.sprints - sprint) * resolved.capacity;
        learningEvents.push({
          sprint,
          kind: 'GOAL_REACHED',
          sourceId: null,
          itemIds: [],
          points: freed,
          message: `Measured ${cumulativeValue} value against a goal of ${resolved.goalTarget}: goal reached, the team stops and frees ${freed} points for the next goal.`,
        });
      }
    }

    sprints.push({
      sprint,
      status,
      capacity: resolved.capacity,
      pointsSpent,
      itemsShipped: shipped.length,
      shippedItemIds: shipped.map((item) => item.id),
      experimentIds,
      valueRealised,
      cumulativeValue,
      cumulativeItems,
      goalProgress: progressOf(cumulativeValue, resolved.goalTarget),
      goalReached: cumulativeValue >= resolved.goalTarget,
      // Before the goal only worthless items are waste; once it is met, every further point is.
      wastePoints: goalMetBefore ? pointsSpent : dudPoints,
      learningEvents,
    });
  }

  const totals = totalsOf(sprints, resolved, backlog, state, goalReachedInSprint);
  return { params: resolved, strategy: normalised, backlog, sprints, totals, explanation: explainRun(normalised, totals, resolved) };
}

/** Reveals the experiment's items; a team that measures drops the unbuilt ones that have no value. */
function runExperiment(id: string, sprint: number, backlog: SimulatedBacklog, state: PlanState, acts: boolean): SimulationLearningEvent {
  const experiment = backlog.experiments.find((e) => e.id === id);
  const revealed = backlog.items.filter((item) => experiment?.revealsItemIds.includes(item.id) && !state.done.has(item.id));
  for (const item of revealed) state.known.set(item.id, item.trueValue);
  const worthless = revealed.filter((item) => item.trueValue === 0);
  const points = worthless.reduce((sum, item) => sum + item.size, 0);
  if (acts) for (const item of worthless) state.dropped.add(item.id);
  const verdict =
    worthless.length === 0 ? 'all of them have value' : `${worthless.length} have no value (${points} points)${acts ? ' and are dropped' : ''}`;
  return {
    sprint,
    kind: 'EXPERIMENT',
    sourceId: id,
    itemIds: worthless.map((item) => item.id),
    points,
    message: `${experiment?.title ?? id} revealed the true value of ${revealed.length} unbuilt items: ${verdict}.`,
  };
}

function progressOf(value: number, target: number): number {
  return Math.min(100, Math.round((value / target) * 1000) / 10);
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const sum = (sprints: readonly SprintResult[], pick: (s: SprintResult) => number): number => sprints.reduce((acc, s) => acc + pick(s), 0);

function totalsOf(
  sprints: readonly SprintResult[],
  params: SimulationParams,
  backlog: SimulatedBacklog,
  state: PlanState,
  goalReachedInSprint: number | null,
): SimulationTotals {
  const pointsSpent = sum(sprints, (s) => s.pointsSpent);
  const itemsShipped = sum(sprints, (s) => s.itemsShipped);
  const valueRealised = sum(sprints, (s) => s.valueRealised);
  const wastePoints = sum(sprints, (s) => s.wastePoints);
  const capacity = params.sprints * params.capacity;
  const dropped = backlog.items.filter((item) => state.dropped.has(item.id));
  const shippedIds = new Set(sprints.flatMap((s) => s.shippedItemIds));
  return {
    sprints: params.sprints,
    capacity,
    pointsSpent,
    pointsUnspent: capacity - pointsSpent,
    itemsShipped,
    experimentsRun: sum(sprints, (s) => s.experimentIds.length),
    valueRealised,
    goalTarget: params.goalTarget,
    goalProgress: progressOf(valueRealised, params.goalTarget),
    goalReachedInSprint,
    wastePoints,
    wasteShare: pointsSpent === 0 ? 0 : round2(wastePoints / pointsSpent),
    noValueItemsShipped: backlog.items.filter((item) => shippedIds.has(item.id) && item.trueValue === 0).length,
    itemsDropped: dropped.length,
    pointsAvoided: dropped.reduce((acc, item) => acc + item.size, 0),
    learningEvents: sum(sprints, (s) => s.learningEvents.length),
    valuePerItem: itemsShipped === 0 ? 0 : round2(valueRealised / itemsShipped),
    valuePerPoint: pointsSpent === 0 ? 0 : round2(valueRealised / pointsSpent),
  };
}
