import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, describeParameters, resolveSimulationParameters, SimulationParameterError, type SimulationParams } from './parameters';
import { runSimulation } from './run';

/** Runs `fn` and returns the SimulationParameterError it throws (fails the test otherwise). */
function refusal(fn: () => unknown): SimulationParameterError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SimulationParameterError);
    return error as SimulationParameterError;
  }
  throw new Error('expected a SimulationParameterError');
}

describe('describeParameters', () => {
  const parameters = describeParameters();

  it('describes every parameter once, with the default of DEFAULT_SCENARIO', () => {
    expect(parameters.map((p) => p.key).sort()).toEqual(Object.keys(DEFAULT_SCENARIO).sort());
    for (const p of parameters) {
      expect(p.default).toBe(DEFAULT_SCENARIO[p.key]);
      expect(p.label.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(0);
    }
  });

  it('gives slider ranges that hold the default, with a positive step', () => {
    for (const p of parameters) {
      expect(p.min).toBeLessThan(p.max);
      expect(p.default).toBeGreaterThanOrEqual(p.min);
      expect(p.default).toBeLessThanOrEqual(p.max);
      expect(p.step).toBeGreaterThan(0);
      if (p.integer) expect(Number.isInteger(p.step)).toBe(true);
    }
  });

  it('returns fresh copies, so a client cannot change the next answer', () => {
    describeParameters()[0].max = -1;
    expect(describeParameters()[0].max).toBeGreaterThan(0);
  });
});

describe('resolveSimulationParameters', () => {
  it('fills missing parameters from the default scenario', () => {
    expect(resolveSimulationParameters()).toEqual(DEFAULT_SCENARIO);
    expect(resolveSimulationParameters({ sprints: 3, seed: 7 })).toEqual({ ...DEFAULT_SCENARIO, sprints: 3, seed: 7 });
  });

  it('accepts both ends of every range', () => {
    for (const p of describeParameters()) {
      expect(resolveSimulationParameters({ [p.key]: p.min })[p.key]).toBe(p.min);
      expect(resolveSimulationParameters({ [p.key]: p.max })[p.key]).toBe(p.max);
    }
  });

  it.each(describeParameters().flatMap((p) => [
    [p.key, p.min - 1],
    [p.key, p.max + 1],
  ]))('refuses %s = %d as OUT_OF_RANGE, naming the parameter', (key, value) => {
    const error = refusal(() => resolveSimulationParameters({ [key]: value }));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.parameter).toBe(key);
    expect(error.value).toBe(value);
    expect(error.message).toContain(key);
  });

  it('refuses fractions where whole numbers are needed, and anything that is not a finite number', () => {
    expect(refusal(() => resolveSimulationParameters({ capacity: 20.5 }))).toMatchObject({ code: 'NOT_AN_INTEGER', parameter: 'capacity' });
    expect(refusal(() => resolveSimulationParameters({ estimateNoise: Number.NaN }))).toMatchObject({ code: 'NOT_A_NUMBER', parameter: 'estimateNoise' });
    expect(refusal(() => resolveSimulationParameters({ goalTarget: Infinity }))).toMatchObject({ code: 'NOT_A_NUMBER', parameter: 'goalTarget' });
    const fromJson = JSON.parse('{"sprints":"10","noValueShare":null}') as Partial<SimulationParams>;
    expect(refusal(() => resolveSimulationParameters(fromJson))).toMatchObject({ code: 'NOT_A_NUMBER', parameter: 'sprints' });
    expect(refusal(() => resolveSimulationParameters({ noValueShare: null as unknown as number }))).toMatchObject({ parameter: 'noValueShare' });
  });

  it('refuses unknown parameters (a typo would otherwise be silently ignored)', () => {
    const typo = { capacty: 30 } as unknown as Partial<SimulationParams>;
    expect(refusal(() => resolveSimulationParameters(typo))).toMatchObject({ code: 'UNKNOWN_PARAMETER', parameter: 'capacty' });
  });

  it('makes runSimulation refuse out-of-range parameters before simulating anything', () => {
    expect(refusal(() => runSimulation({ noValueShare: 0.95 }, 'OUTCOME_FIRST'))).toMatchObject({ code: 'OUT_OF_RANGE', parameter: 'noValueShare' });
    expect(refusal(() => runSimulation({ sprints: 0 }, 'FEATURE_FACTORY'))).toMatchObject({ code: 'OUT_OF_RANGE', parameter: 'sprints' });
  });
});
