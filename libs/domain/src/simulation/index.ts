export * from './backlog';
export * from './compare';
export * from './parameters';
export * from './run';
export {
  SIMULATION_STRATEGIES,
  type SimulationStrategy,
  type SimulationStrategyInput,
  type SimulationStrategyKind,
} from './strategies';
export * from './types';
