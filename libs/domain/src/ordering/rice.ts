import { formatNumber, formatPercent } from './format';
import { checkFields, ScoreResult } from './score';

/** Intercom's impact scale: massive 3, high 2, medium 1, low 0.5, minimal 0.25. */
export const RICE_IMPACT_SCALE = [3, 2, 1, 0.5, 0.25] as const;

/**
 * RICE inputs. Confidence is a percentage 0–100 (Intercom's 100 % high, 80 % medium, 50 % low), the
 * way an item stores it; 0.8 therefore means 0.8 %, not 80 %, and anything above 100 is refused.
 */
export interface RiceInput {
  /** People or events per period (e.g. customers per quarter). */
  readonly reach?: number | null;
  readonly impact?: number | null;
  readonly confidencePercent?: number | null;
  /** Person-months (any unit, used alike for every item). */
  readonly effort?: number | null;
}

/** RICE = reach × impact × confidence / effort (Intercom, Sean McBride 2016). */
export function rice(input: RiceInput): ScoreResult {
  const refused = checkFields('RICE', [
    { field: 'reach', label: 'reach', value: input.reach, sign: 'non-negative' },
    { field: 'impact', label: 'impact', value: input.impact, sign: 'non-negative' },
    { field: 'confidencePercent', label: 'confidence', value: input.confidencePercent, sign: 'non-negative' },
    { field: 'effort', label: 'effort', value: input.effort, sign: 'positive' },
  ]);
  if (refused) return refused;
  const confidence = input.confidencePercent as number;
  if (confidence > 100) {
    return {
      score: null,
      reason: 'INVALID',
      fields: ['confidencePercent'],
      explanation: `RICE refuses confidence ${formatNumber(confidence)}: it is a percentage from 0 to 100`,
    };
  }
  const reach = input.reach as number;
  const impact = input.impact as number;
  const effort = input.effort as number;
  const score = (reach * impact * (confidence / 100)) / effort;
  const f = formatNumber;
  return {
    score,
    explanation: `RICE ${f(score)} = ${f(reach)} × ${f(impact)} × ${formatPercent(confidence)} / ${f(effort)}`,
  };
}
