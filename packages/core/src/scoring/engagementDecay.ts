/** Milliseconds in a day: engagement ages and half-lives meet in this unit. */
export const MS_PER_DAY = 86_400_000;

const NEG_LN2 = -Math.LN2;

/**
 * The weight left of a touch worth `points` after `ageMs`, halving every `halfLifeMs`:
 * `points × 0.5^(age / halfLife)`, written as `exp(−ln2 · age / halfLife)`.
 *
 * Dividing the age by the half-life before multiplying by ln 2 (rather than multiplying by
 * a precomputed ln2/halfLife) costs the same and makes one half-life give exactly
 * `points / 2`, so the law holds bit for bit. The single-lead and batch scorers both call
 * this, which is what keeps their numbers identical.
 *
 * @example decayedPoints(10, 30 * MS_PER_DAY, 30 * MS_PER_DAY) // 5
 */
export const decayedPoints = (points: number, ageMs: number, halfLifeMs: number): number =>
  points * Math.exp((ageMs / halfLifeMs) * NEG_LN2);
