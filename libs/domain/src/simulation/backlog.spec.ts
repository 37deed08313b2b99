import { describe, expect, it } from 'vitest';
import { generateBacklog, simulationThemeCount } from './backlog';
import { DEFAULT_SCENARIO, type SimulationParams } from './parameters';

const backlogOf = (overrides: Partial<SimulationParams> = {}) => generateBacklog({ ...DEFAULT_SCENARIO, ...overrides });

describe('generateBacklog', () => {
  it('replays the same backlog for the same seed and parameters, and another one for another seed', () => {
    expect(backlogOf()).toEqual(backlogOf());
    expect(backlogOf({ seed: 43 }).items.map((i) => i.trueValue)).not.toEqual(backlogOf().items.map((i) => i.trueValue));
  });

  it('generates backlogSize items with Fibonacci sizes, unique ids and a backlog index', () => {
    const { items } = backlogOf({ backlogSize: 40 });
    expect(items).toHaveLength(40);
    expect(new Set(items.map((i) => i.id)).size).toBe(40);
    expect(items.map((i) => i.backlogIndex)).toEqual([...Array(40).keys()]);
    for (const item of items) expect([1, 2, 3, 5, 8]).toContain(item.size);
  });

  it('makes about noValueShare of the items worthless, and every estimate at least 1', () => {
    const { items } = backlogOf({ backlogSize: 300, noValueShare: 0.5 });
    const worthless = items.filter((i) => i.trueValue === 0).length / items.length;
    expect(worthless).toBeGreaterThan(0.4);
    expect(worthless).toBeLessThan(0.6);
    for (const item of items) expect(item.estimatedValue).toBeGreaterThanOrEqual(1);
  });

  it('skews value: a fifth of the valuable items carry about half of all value (many little, a few a lot)', () => {
    const values = backlogOf({ backlogSize: 300, noValueShare: 0 }).items.map((i) => i.trueValue).sort((a, b) => b - a);
    const total = values.reduce((sum, v) => sum + v, 0);
    const top = values.slice(0, values.length / 5).reduce((sum, v) => sum + v, 0);
    expect(top / total).toBeGreaterThan(0.45);
    // The median item is worth far less than the mean one.
    expect(values[values.length / 2]).toBeLessThan(total / values.length);
  });

  it('estimates valuable items exactly without noise; worthless items still look valuable on paper', () => {
    const { items } = backlogOf({ estimateNoise: 0 });
    for (const item of items.filter((i) => i.trueValue > 0)) expect(item.estimatedValue).toBe(item.trueValue);
    expect(items.filter((i) => i.trueValue === 0).every((i) => i.estimatedValue >= 1)).toBe(true);
    const noisy = backlogOf({ estimateNoise: 1 }).items.filter((i) => i.trueValue > 0);
    expect(noisy.some((i) => i.estimatedValue !== i.trueValue)).toBe(true);
  });

  it('changes only what a slider means: noise leaves the product alone, a higher no-value share only adds duds', () => {
    const strip = (overrides: Partial<SimulationParams>) => backlogOf(overrides).items.map(({ estimatedValue: _e, ...rest }) => rest);
    expect(strip({ estimateNoise: 1.2 })).toEqual(strip({ estimateNoise: 0.1 }));
    const fewDuds = backlogOf({ noValueShare: 0.2 }).items;
    const manyDuds = backlogOf({ noValueShare: 0.6 }).items;
    fewDuds.forEach((item, i) => {
      expect(manyDuds[i].size).toBe(item.size);
      if (item.trueValue === 0) expect(manyDuds[i].trueValue).toBe(0);
      if (manyDuds[i].trueValue > 0) expect(manyDuds[i].trueValue).toBe(item.trueValue);
    });
    expect(manyDuds.filter((i) => i.trueValue === 0).length).toBeGreaterThan(fewDuds.filter((i) => i.trueValue === 0).length);
  });

  it('offers experiments for some themes, each revealing exactly the items of its theme and costing experimentCost', () => {
    const { items, experiments } = backlogOf({ experimentCost: 3 });
    const themes = new Set(items.map((i) => i.theme));
    expect(themes.size).toBe(simulationThemeCount(DEFAULT_SCENARIO.backlogSize));
    expect(experiments.length).toBeGreaterThan(0);
    expect(experiments.length).toBeLessThan(themes.size);
    for (const experiment of experiments) {
      expect(experiment.size).toBe(3);
      const related = items.filter((i) => i.theme === experiment.theme);
      expect(experiment.revealsItemIds).toEqual(related.map((i) => i.id));
      for (const item of related) expect(item.experimentId).toBe(experiment.id);
    }
    const untestable = items.filter((i) => !experiments.some((e) => e.theme === i.theme));
    expect(untestable.length).toBeGreaterThan(0);
    for (const item of untestable) expect(item.experimentId).toBeNull();
  });

  it('uses between 2 and 12 themes, about one per 12 items', () => {
    expect(simulationThemeCount(10)).toBe(2);
    expect(simulationThemeCount(60)).toBe(5);
    expect(simulationThemeCount(300)).toBe(12);
  });
});
