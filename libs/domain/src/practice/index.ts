export { answerFromKey } from './answer-key';
export * from './catalogue/index';
export { countScoredItems, elementIdsOf, FORECAST_ELEMENTS } from './elements';
export * from './errors';
export * from './objectives';
export { scoreAttempt } from './score-attempt';
export { adjustedRandIndex } from './scoring/ari';
export { closeEnough } from './scoring/compute-order';
export { coverageOf, FORECAST_CONFIDENCE, FORECAST_WEIGHTS, narrowestRange } from './scoring/forecast';
export { KANO_CATEGORY_LABELS } from './scoring/kano';
export { DEPENDENCY_BREAK_PENALTY, evaluateOrder } from './scoring/order';
export type { OrderEvaluation } from './scoring/order';
export {
  checkItemDraft,
  findMeasurableTarget,
  findOutputPhrasing,
  findTimeBound,
  findUntestableCriteria,
  findValueGap,
  ITEM_RUBRIC_LABELS,
} from './scoring/rubric';
export type { OutputPhrasing, RubricCheck, RubricOptions } from './scoring/rubric';
export { QUADRANT_WEIGHT } from './scoring/stakeholders';
export { seededShuffle, shuffleFor } from './shuffle';
export * from './spaced-repetition';
export * from './trainers';
export * from './types';
export * from './vocabulary';
export * from './own-backlog';
