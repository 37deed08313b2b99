/**
 * The knobs of the coach's outcome-vs-output simulation (CSPO C5.1, C5.2). Every knob has a
 * label, a range and a default, so a client can render one slider per parameter and the model
 * can refuse anything outside the range with an error that names the parameter.
 */

export interface SimulationParams {
  /** How many sprints the product is simulated for. */
  sprints: number;
  /** Team capacity per sprint, in story points. */
  capacity: number;
  /** How many items the generated Product Backlog holds. */
  backlogSize: number;
  /** σ of the log-normal error of value estimates: 0 = estimates are exact, 1 = often off by ×2.7. */
  estimateNoise: number;
  /** Share (0–0.9) of items that realise no value at all once shipped. */
  noValueShare: number;
  /** Story points one experiment costs (it reveals the true value of its theme's items). */
  experimentCost: number;
  /** The product goal: value (in value points) the product should realise. */
  goalTarget: number;
  /** Integer seed: the same seed and parameters always replay the same product. */
  seed: number;
}

export type SimulationParamKey = keyof SimulationParams;

/** One slider: what it means, its range and its default. */
export interface SimulationParameterInfo {
  key: SimulationParamKey;
  label: string;
  description: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  default: number;
}

/** The scenario the coach starts from: 10 sprints of 20 points against a 150-item backlog and a goal of 700 value. */
export const DEFAULT_SCENARIO: Readonly<SimulationParams> = Object.freeze({
  sprints: 10,
  capacity: 20,
  backlogSize: 150,
  estimateNoise: 0.6,
  noValueShare: 0.4,
  experimentCost: 2,
  goalTarget: 700,
  seed: 42,
});

const PARAMETERS: readonly Omit<SimulationParameterInfo, 'default'>[] = [
  { key: 'sprints', label: 'Sprints', unit: 'sprints', min: 1, max: 26, step: 1, integer: true,
    description: 'How many sprints the team works on the product.' },
  { key: 'capacity', label: 'Team capacity', unit: 'points per sprint', min: 10, max: 80, step: 1, integer: true,
    description: 'Story points the team can finish in one sprint; never exceeded.' },
  { key: 'backlogSize', label: 'Backlog size', unit: 'items', min: 10, max: 300, step: 1, integer: true,
    description: 'How many ideas the Product Backlog holds (more than the team can build).' },
  { key: 'estimateNoise', label: 'Estimate noise', unit: 'σ (log scale)', min: 0, max: 1.5, step: 0.05, integer: false,
    description: 'How wrong value estimates are before anything is measured: 0 is exact, 1 is often off by a factor of 2–3.' },
  { key: 'noValueShare', label: 'Items with no value', unit: 'share', min: 0, max: 0.9, step: 0.05, integer: false,
    description: 'Share of items that nobody uses once shipped: they realise no value at all.' },
  { key: 'experimentCost', label: 'Experiment cost', unit: 'points', min: 1, max: 10, step: 1, integer: true,
    description: 'Points one experiment (prototype, fake door, interview round) costs; it reveals the true value of related items.' },
  { key: 'goalTarget', label: 'Product goal', unit: 'value points', min: 10, max: 5000, step: 10, integer: false,
    description: 'Value the product should realise: the outcome the Product Goal asks for.' },
  { key: 'seed', label: 'Seed', unit: '', min: 0, max: 4_294_967_295, step: 1, integer: true,
    description: 'Replays the same generated product; change it to see another plausible world.' },
];

export type SimulationParameterErrorCode =
  | 'NOT_A_NUMBER'
  | 'NOT_AN_INTEGER'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_PARAMETER'
  | 'INVALID_STRATEGY';

/** Thrown when a parameter (or the strategy) is refused; `parameter` names the offending one. */
export class SimulationParameterError extends Error {
  readonly code: SimulationParameterErrorCode;
  readonly parameter: string;
  readonly value: unknown;

  constructor(code: SimulationParameterErrorCode, parameter: string, value: unknown, message: string) {
    super(message);
    this.name = 'SimulationParameterError';
    this.code = code;
    this.parameter = parameter;
    this.value = value;
  }
}

/** One entry per slider, in display order, with the default of `DEFAULT_SCENARIO` (fresh copies). */
export function describeParameters(): SimulationParameterInfo[] {
  return PARAMETERS.map((p) => ({ ...p, default: DEFAULT_SCENARIO[p.key] }));
}

/**
 * Fills the missing parameters from `DEFAULT_SCENARIO` and checks every one against its range.
 * @throws SimulationParameterError naming the first parameter that is unknown, not a finite
 *   number, not a whole number where one is needed, or outside [min, max].
 */
export function resolveSimulationParameters(input: Partial<SimulationParams> = {}): SimulationParams {
  const known = new Set<string>(PARAMETERS.map((p) => p.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      throw new SimulationParameterError('UNKNOWN_PARAMETER', key, (input as Record<string, unknown>)[key], `Unknown simulation parameter "${key}"`);
    }
  }
  const resolved: SimulationParams = { ...DEFAULT_SCENARIO };
  for (const spec of PARAMETERS) {
    const given: unknown = input[spec.key];
    const value = given === undefined ? DEFAULT_SCENARIO[spec.key] : given;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new SimulationParameterError('NOT_A_NUMBER', spec.key, value, `${spec.label} (${spec.key}) must be a finite number`);
    }
    if (spec.integer && !Number.isInteger(value)) {
      throw new SimulationParameterError('NOT_AN_INTEGER', spec.key, value, `${spec.label} (${spec.key}) must be a whole number, got ${value}`);
    }
    if (value < spec.min || value > spec.max) {
      throw new SimulationParameterError(
        'OUT_OF_RANGE',
        spec.key,
        value,
        `${spec.label} (${spec.key}) must be between ${spec.min} and ${spec.max}, got ${value}`,
      );
    }
    resolved[spec.key] = value;
  }
  return resolved;
}
