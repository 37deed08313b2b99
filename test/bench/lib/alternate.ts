import { median } from './stats';

export interface Side<T> {
  name: string;
  run(seconds: number): Promise<T>;
}

export interface Round<T> {
  a: T;
  b: T;
  ratio: number;
}

export interface Alternation<T> {
  rounds: Round<T>[];
  /** Median of the per-round A/B ratios: what the target is checked against. */
  ratio: number;
  /** A's and B's rates in the median round (odd round counts: exactly ratio = value / reference). */
  value: number;
  reference: number;
  /** Medians of each side's rates over all rounds (for trends; their quotient may differ from ratio). */
  valueMedian: number;
  referenceMedian: number;
}

export interface AlternateOptions {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  log?: (message: string) => void;
  /** How the log prints a side's figure (default '/s': a rate). */
  unit?: string;
}

/**
 * Side-by-side measurement: a warm-up of each side, then rounds of A, B, A, B …; each round
 * yields one A/B ratio, so drift of the machine (other load, thermal) hits both sides alike.
 * Use an odd number of rounds so that the median ratio is one round's actual ratio.
 */
export async function alternate<T>(a: Side<T>, b: Side<T>, rate: (t: T) => number, options: AlternateOptions): Promise<Alternation<T>> {
  const log = options.log ?? (() => undefined);
  const unit = options.unit ?? '/s';
  if (options.warmupSeconds > 0) {
    await a.run(options.warmupSeconds);
    await b.run(options.warmupSeconds);
  }
  const rounds: Round<T>[] = [];
  for (let i = 0; i < options.rounds; i++) {
    const ra = await a.run(options.seconds);
    const rb = await b.run(options.seconds);
    const ratio = rate(ra) / rate(rb);
    rounds.push({ a: ra, b: rb, ratio });
    log(`round ${i + 1}/${options.rounds}: ${a.name} ${rate(ra).toFixed(1)}${unit}, ${b.name} ${rate(rb).toFixed(1)}${unit}, ratio ${ratio.toFixed(3)}`);
  }
  const byRatio = [...rounds].sort((x, y) => x.ratio - y.ratio);
  const middle = byRatio[Math.floor((byRatio.length - 1) / 2)];
  return {
    rounds,
    ratio: median(rounds.map((r) => r.ratio)),
    value: rate(middle.a),
    reference: rate(middle.b),
    valueMedian: median(rounds.map((r) => rate(r.a))),
    referenceMedian: median(rounds.map((r) => rate(r.b))),
  };
}
