/** A source of uniform numbers in [0, 1), like Math.random but reproducible. */
export type RandomSource = () => number;

/**
 * mulberry32: a tiny 32-bit seeded generator, plenty for Monte Carlo forecasts (not for secrets).
 * The seed is taken modulo 2^32, so equal seeds always replay the same sequence.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly drawn index in [0, length). */
export function randomIndex(random: RandomSource, length: number): number {
  return Math.min(length - 1, Math.floor(random() * length));
}
