import type { HistogramBucket } from '../../forecast/distribution';
import { formatNumber } from '../../ordering/format';
import type { AttemptResult, ElementFeedback, ForecastAnswer, ForecastKey, ForecastMaterial, ForecastMode } from '../types';
import { attemptResult, percent, roundScore, sentence, why } from './result';
import { MalformedAnswer, objectAt, own, wholeNumberAt } from './validate';

export interface ForecastExercise {
  readonly material: ForecastMaterial;
  readonly answerKey: ForecastKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export const FORECAST_CONFIDENCE = 0.85;
/**
 * Calibration: a range holding 80–90 % of the simulated futures earns full credit. Below 80 % the
 * credit falls to 0 at 50 %; above the ceiling (90 %, or more when whole periods force the
 * reference range to hold more) it falls to 0 ten points further on.
 */
export const COVERAGE_BAND = { floor: 0.8, ceiling: 0.9, underZeroSpan: 0.3, overZeroSpan: 0.1 } as const;
/** The range's narrowness counts only once it holds at least this share of the trials. */
export const SHARPNESS_NEEDS_COVERAGE = 0.75;
export const FORECAST_WEIGHTS = { coverage: 0.5, commitment: 0.25, width: 0.25 } as const;

/** Share of the simulated trials whose value lies in from..to (whole values, both ends included). */
export function coverageOf(histogram: readonly HistogramBucket[], trials: number, from: number, to: number): number {
  if (trials <= 0) return 0;
  let inside = 0;
  for (const bucket of histogram) {
    const overlap = Math.min(bucket.to, to) - Math.max(bucket.from, from) + 1;
    if (overlap > 0) inside += (bucket.count * overlap) / (bucket.to - bucket.from + 1);
  }
  return inside / trials;
}

/**
 * The narrowest whole-value range holding at least `share` of the trials and passing `accept`
 * (the earliest such range on ties); the whole histogram when none does.
 */
export function narrowestRange(
  histogram: readonly HistogramBucket[],
  trials: number,
  share: number,
  accept: (from: number, to: number) => boolean = () => true,
): { from: number; to: number } {
  const first = histogram[0];
  const last = histogram[histogram.length - 1];
  if (first === undefined || last === undefined) return { from: 0, to: 0 };
  let best: { from: number; to: number } | null = null;
  for (let from = first.from; from <= last.to; from++) {
    // Only ranges narrower than the best so far are worth trying.
    for (let to = from; to <= last.to && (best === null || to - from < best.to - best.from); to++) {
      if (accept(from, to) && coverageOf(histogram, trials, from, to) >= share - 1e-12) {
        best = { from, to };
        break;
      }
    }
  }
  return best ?? { from: first.from, to: last.to };
}

/** Whether the planning edge of a range (WHEN: its end; HOW_MANY: its start) lies between the 85 % and the 95 % answers. */
export function commitmentFits(mode: ForecastMode, key: Pick<ForecastKey, 'anchor' | 'at95'>, from: number, to: number): boolean {
  return mode === 'WHEN' ? to >= key.anchor && to <= key.at95 : from >= key.at95 && from <= key.anchor;
}

export function readForecastAnswer(answer: unknown): ForecastAnswer {
  const record = objectAt(answer, '');
  const from = wholeNumberAt(own(record, 'from'), 'from', 0, 100_000);
  const to = wholeNumberAt(own(record, 'to'), 'to', 0, 100_000);
  if (from > to) throw new MalformedAnswer('from', `from (${from}) must not be after to (${to})`);
  return { from, to };
}

/**
 * An 85 % range scored against the Monte Carlo simulation (`forecastCompletion` /
 * `forecastItemCount`): half for calibration (the share of trials inside the range is close to
 * 85 %), a quarter for the edge stakeholders plan on (between the 85 % and 95 % answers; half
 * credit within 10 % outside), a quarter for sharpness (not much wider than the reference range).
 */
export function scoreForecast(exercise: ForecastExercise, answer: unknown): AttemptResult {
  const { from, to } = readForecastAnswer(answer);
  const { material, answerKey: key } = exercise;
  const unit = material.mode === 'WHEN' ? `${material.periodLabel}s` : 'items';
  const coverage = coverageOf(key.histogram, key.trials, from, to);
  const width = to - from + 1;
  const reference = key.narrowest;
  const referenceWidth = reference.to - reference.from + 1;
  const ceiling = Math.max(COVERAGE_BAND.ceiling, coverageOf(key.histogram, key.trials, reference.from, reference.to));
  const coverageCredit =
    coverage < COVERAGE_BAND.floor
      ? Math.max(0, 1 - (COVERAGE_BAND.floor - coverage) / COVERAGE_BAND.underZeroSpan)
      : coverage > ceiling + 1e-12
        ? Math.max(0, 1 - (coverage - ceiling) / COVERAGE_BAND.overZeroSpan)
        : 1;
  const band = ceiling > COVERAGE_BAND.ceiling ? `80–${Math.round(ceiling * 100)} % (whole ${unit} allow no tighter)` : '80–90 %';
  const coverageText = `${percent(coverage)} of ${formatNumber(key.trials)} simulated futures fall in ${from}–${to} ${unit}; an 85 % range should hold ${band}.`;

  const tolerance = Math.max(1, Math.round(0.1 * key.anchor));
  const [edge, edgeName] = material.mode === 'WHEN' ? [to, 'end'] : [from, 'start'];
  // Promising more than the 85 % answer over-commits; going past the 95 % answer is needlessly cautious.
  const overPromise = material.mode === 'WHEN' ? key.anchor - edge : edge - key.anchor;
  const overCaution = material.mode === 'WHEN' ? edge - key.at95 : key.at95 - edge;
  const commitmentCredit = commitmentFits(material.mode, key, from, to) ? 1 : Math.max(overPromise, overCaution) <= tolerance ? 0.5 : 0;
  const commitmentText =
    material.mode === 'WHEN'
      ? `The ${edgeName} of your range, ${edge} ${unit}, is what stakeholders hear as the date; the simulation says 85 % within ${key.anchor}, 95 % within ${key.at95} (50 % within ${key.at50}).`
      : `The ${edgeName} of your range, ${edge} items, is what stakeholders hear as the promise; the simulation says at least ${key.anchor} items with 85 % confidence, ${key.at95} with 95 % (${key.at50} with 50 %).`;

  const slack = Math.max(1, Math.round(0.25 * referenceWidth));
  const widthCredit =
    coverage < SHARPNESS_NEEDS_COVERAGE
      ? 0
      : width <= referenceWidth + slack
        ? 1
        : Math.max(0, 1 - (width - referenceWidth - slack) / (referenceWidth + slack));
  const widthText =
    coverage < SHARPNESS_NEEDS_COVERAGE
      ? `A narrow range only helps once it holds about 85 % of the futures; yours holds ${percent(coverage)}.`
      : `Your range spans ${width} ${unit}; the narrowest fitting 85 % range is ${reference.from}–${reference.to} (${referenceWidth}).`;

  const element = (id: string, rawCredit: number, text: string): ElementFeedback => {
    const credit = roundScore(rawCredit);
    return { elementId: id, correct: credit === 1, credit, rationale: sentence(text, why(exercise.rationale, id)) };
  };
  const feedback = [
    element('coverage', coverageCredit, coverageText),
    element('commitment', commitmentCredit, commitmentText),
    element('width', widthCredit, widthText),
  ];
  const [c, p, w] = feedback.map((f) => f.credit ?? 0) as [number, number, number];
  const score = FORECAST_WEIGHTS.coverage * c + FORECAST_WEIGHTS.commitment * p + FORECAST_WEIGHTS.width * w;
  return attemptResult(score, feedback, `Your range ${from}–${to} ${unit} holds ${percent(coverage)} of the simulated futures.`);
}
