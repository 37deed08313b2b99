import { mulberry32, type RandomSource } from '../forecast/prng';
import type { SimulationParams } from './parameters';

/**
 * The seeded product behind the simulation. Like most real backlogs, value is skewed: a share
 * of the items realise nothing at all, most of the rest realise a little and a few realise a
 * lot (a log-normal draw). The team only sees a noisy estimate; the true value stays hidden
 * until an experiment reveals it or the shipped item is measured.
 */

export interface SimulatedItem {
  id: string;
  title: string;
  theme: string;
  /** Position in the backlog as the stakeholders wrote it (0 = top). */
  backlogIndex: number;
  /** Story points: 1, 2, 3, 5 or 8. */
  size: number;
  /** Value the item realises once shipped (hidden from the team); 0 for items nobody uses. */
  trueValue: number;
  /** What the team believes before learning anything (≥ 1: nobody proposes an item they think is worthless). */
  estimatedValue: number;
  /** The experiment that would reveal this item's true value, if its theme has one. */
  experimentId: string | null;
}

/** A cheap test (prototype, fake door, interviews) that reveals the true value of a theme's items. */
export interface SimulatedExperiment {
  id: string;
  title: string;
  theme: string;
  /** Points it costs: the `experimentCost` parameter. */
  size: number;
  revealsItemIds: string[];
}

export interface SimulatedBacklog {
  items: SimulatedItem[];
  experiments: SimulatedExperiment[];
}

export const SIMULATION_THEMES = [
  'Onboarding', 'Search', 'Checkout', 'Notifications', 'Reporting', 'Sharing',
  'Payments', 'Mobile', 'Profiles', 'Integrations', 'Recommendations', 'Admin',
] as const;

/** Story points and how often each size occurs in the generated backlog. */
const SIZE_WEIGHTS: readonly (readonly [size: number, weight: number])[] = [[1, 0.15], [2, 0.25], [3, 0.25], [5, 0.2], [8, 0.15]];
/** Median value of an item that has value (value points), and the spread of the log-normal draw. */
const VALUE_MEDIAN = 4;
const VALUE_SIGMA = 1.3;
/** Salt of the second generator, so the estimate noise stream never shifts the product itself. */
const NOISE_SALT = 0x9e3779b9;

/** A standard normal draw (Box–Muller), clamped to ±3.5 so a single item never dwarfs the product. */
function normal(random: RandomSource): number {
  const u1 = 1 - random();
  const u2 = random();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(-3.5, Math.min(3.5, z));
}

function drawSize(u: number): number {
  let cumulative = 0;
  for (const [size, weight] of SIZE_WEIGHTS) {
    cumulative += weight;
    if (u < cumulative) return size;
  }
  return SIZE_WEIGHTS[SIZE_WEIGHTS.length - 1][0];
}

function valueFrom(z: number): number {
  return Math.max(1, Math.round(VALUE_MEDIAN * Math.exp(VALUE_SIGMA * z)));
}

/** Themes grow with the backlog: about one per 12 items, between 2 and 12. */
export function simulationThemeCount(backlogSize: number): number {
  return Math.max(2, Math.min(SIMULATION_THEMES.length, Math.round(backlogSize / 12)));
}

/**
 * Generates the backlog for `params` (already validated). Every item draws the same number of
 * random numbers whatever the parameters, and the estimate noise comes from its own stream, so
 * moving one slider changes only what that slider means (a few more duds, noisier estimates)
 * rather than reshuffling the whole product.
 */
export function generateBacklog(params: SimulationParams): SimulatedBacklog {
  const random = mulberry32(params.seed);
  const noise = mulberry32((params.seed ^ NOISE_SALT) >>> 0);
  const themes = SIMULATION_THEMES.slice(0, simulationThemeCount(params.backlogSize));
  // "Some experiments": the first half of the themes can be tested cheaply, the rest cannot.
  const testable = Math.ceil(themes.length / 2);
  const experimentIdOf = (themeIndex: number): string | null =>
    themeIndex < testable ? `EXP-${String(themeIndex + 1).padStart(2, '0')}` : null;

  const perTheme = new Map<string, number>();
  const items: SimulatedItem[] = [];
  for (let index = 0; index < params.backlogSize; index++) {
    const themeIndex = Math.min(themes.length - 1, Math.floor(random() * themes.length));
    const size = drawSize(random());
    const valueZ = normal(random);
    const hasNoValue = random() < params.noValueShare;
    const believedZ = normal(random);
    const noiseZ = normal(noise);

    const theme = themes[themeIndex];
    const trueValue = hasNoValue ? 0 : valueFrom(valueZ);
    // A dud looks like any other idea on paper: its estimate starts from a plausible value.
    const believed = hasNoValue ? valueFrom(believedZ) : trueValue;
    const estimatedValue = Math.max(1, Math.round(believed * Math.exp(params.estimateNoise * noiseZ)));
    const count = (perTheme.get(theme) ?? 0) + 1;
    perTheme.set(theme, count);
    items.push({
      id: `PBI-${String(index + 1).padStart(3, '0')}`,
      title: `${theme} idea ${count}`,
      theme,
      backlogIndex: index,
      size,
      trueValue,
      estimatedValue,
      experimentId: experimentIdOf(themeIndex),
    });
  }

  const experiments: SimulatedExperiment[] = [];
  themes.forEach((theme, themeIndex) => {
    const id = experimentIdOf(themeIndex);
    const revealsItemIds = items.filter((item) => item.theme === theme).map((item) => item.id);
    if (id !== null && revealsItemIds.length > 0) {
      experiments.push({ id, title: `Experiment: ${theme}`, theme, size: params.experimentCost, revealsItemIds });
    }
  });
  return { items, experiments };
}
