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
  /** Median of A's rates over the rounds. */
  value: number;
  /** Median of B's rates over the rounds. */
  reference: number;
  /** Median of the per-round A/B ratios: what the target is checked against. */
  ratio: number;
}

export interface AlternateOptions {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  log?: (message: string) => void;
}

/**
 * Side-by-side measurement: a warm-up of each side, then rounds of A, B, A, B …; each round
 * yields one A/B ratio, so drift of the machine (other load, thermal) hits both sides alike.
 */
export async function alternate<T>(a: Side<T>, b: Side<T>, rate: (t: T) => number, options: AlternateOptions): Promise<Alternation<T>> {
  const log = options.log ?? (() => undefined);
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
    log(`round ${i + 1}/${options.rounds}: ${a.name} ${rate(ra).toFixed(1)}/s, ${b.name} ${rate(rb).toFixed(1)}/s, ratio ${ratio.toFixed(3)}`);
  }
  return {
    rounds,
    value: median(rounds.map((r) => rate(r.a))),
    reference: median(rounds.map((r) => rate(r.b))),
    ratio: median(rounds.map((r) => r.ratio)),
  };
}
