import { formatNumber } from './format';
import { checkFields, ScoreResult } from './score';

/** The parts of SAFe's WSJF, each a relative estimate (SAFe uses the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20). */
export interface WsjfParts {
  readonly userBusinessValue?: number | null;
  readonly timeCriticality?: number | null;
  readonly riskReduction?: number | null;
  readonly jobSize?: number | null;
}

const usable = (v: unknown, positive: boolean): v is number => typeof v === 'number' && Number.isFinite(v) && (positive ? v > 0 : v >= 0);

/**
 * The WSJF score alone, or null exactly when wsjf() refuses to score (a part missing or
 * unusable); nothing is allocated, for scoring every item of a large backlog.
 */
export function wsjfScore(parts: WsjfParts): number | null {
  const { userBusinessValue: value, timeCriticality: time, riskReduction: risk, jobSize: size } = parts;
  return usable(value, false) && usable(time, false) && usable(risk, false) && usable(size, true) ? (value + time + risk) / size : null;
}

/**
 * SAFe WSJF = cost of delay / job size, where the cost of delay is
 * user-business value + time criticality + risk reduction | opportunity enablement.
 */
export function wsjf(parts: WsjfParts): ScoreResult {
  const score = wsjfScore(parts);
  if (score !== null) return scored(parts, score);
  const refused = checkFields('WSJF', [
    { field: 'userBusinessValue', label: 'user-business value', value: parts.userBusinessValue, sign: 'non-negative' },
    { field: 'timeCriticality', label: 'time criticality', value: parts.timeCriticality, sign: 'non-negative' },
    { field: 'riskReduction', label: 'risk reduction | opportunity enablement', value: parts.riskReduction, sign: 'non-negative' },
    { field: 'jobSize', label: 'job size', value: parts.jobSize, sign: 'positive' },
  ]);
  // checkFields refuses whatever wsjfScore cannot score.
  return refused ?? scored(parts, ((parts.userBusinessValue as number) + (parts.timeCriticality as number) + (parts.riskReduction as number)) / (parts.jobSize as number));
}

function scored(parts: WsjfParts, score: number): ScoreResult {
  const f = formatNumber;
  return { score, explanation: `WSJF ${f(score)} = (${f(parts.userBusinessValue as number)} + ${f(parts.timeCriticality as number)} + ${f(parts.riskReduction as number)}) / ${f(parts.jobSize as number)}` };
}
