/** A source of random choices that is the same on every run for the same seed. */
export type SeededRandom = {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One value, each with its weight: `weighted([["lead", 3], ["mql", 1]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
};

/**
 * A seeded PRNG (mulberry32: small, fast, and good enough for demo data), so
 * the same seed gives the same company on every machine.
 *
 * @example seededRandom(42).int(1, 6) // the same die roll every time
 */
export const seededRandom = (seed: number): SeededRandom => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick needs a non-empty list");
      return item;
    },
    chance: (p) => next() < p,
    weighted: <T>(choices: readonly (readonly [T, number])[]): T => {
      const total = choices.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [value, w] of choices) {
        roll -= w;
        if (roll < 0) return value;
      }
      const last = choices.at(-1);
      if (!last) throw new Error("weighted needs choices");
      return last[0];
    },
  };
};
