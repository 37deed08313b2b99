import { formatNumber } from './format';
import { checkFields, ScoreResult } from './score';

/** The parts of SAFe's WSJF, each a relative estimate (SAFe uses the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20). */
export interface WsjfParts {
  readonly userBusinessValue?: number | null;
  readonly timeCriticality?: number | null;
  readonly riskReduction?: number | null;
  readonly jobSize?: number | null;
}

/**
 * SAFe WSJF = cost of delay / job size, where the cost of delay is
 * user-business value + time criticality + risk reduction | opportunity enablement.
 */
export function wsjf(parts: WsjfParts): ScoreResult {
  const refused = checkFields('WSJF', [
    { field: 'userBusinessValue', label: 'user-business value', value: parts.userBusinessValue, sign: 'non-negative' },
    { field: 'timeCriticality', label: 'time criticality', value: parts.timeCriticality, sign: 'non-negative' },
    { field: 'riskReduction', label: 'risk reduction | opportunity enablement', value: parts.riskReduction, sign: 'non-negative' },
    { field: 'jobSize', label: 'job size', value: parts.jobSize, sign: 'positive' },
  ]);
  if (refused) return refused;
  const value = parts.userBusinessValue as number;
  const time = parts.timeCriticality as number;
  const risk = parts.riskReduction as number;
  const size = parts.jobSize as number;
  const score = (value + time + risk) / size;
  const f = formatNumber;
  return { score, explanation: `WSJF ${f(score)} = (${f(value)} + ${f(time)} + ${f(risk)}) / ${f(size)}` };
}
