import { byId } from "./roundRobin";

/** A person in a weighted rotation and their share (capacity). */
export type WeightedCandidate = { readonly userId: string; readonly weight: number };

/**
 * Smooth weighted round-robin (as in nginx): every eligible person's running weight grows
 * by their weight, the highest is picked and pays back the eligible total. Over every
 * Σweights picks each person gets exactly their weight, interleaved rather than in bursts,
 * with no randomness. People not eligible this time keep their running weight untouched.
 *
 * @example
 * nextByWeight([{ userId: "a", weight: 2 }, { userId: "b", weight: 1 }], {})
 * // { userId: "a", currentWeights: { a: -1, b: 1 } }
 */
export const nextByWeight = (
  eligible: readonly WeightedCandidate[],
  currentWeights: Readonly<Record<string, number>>,
): { userId: string; currentWeights: Record<string, number> } | undefined => {
  // A Map, not an object: a user id such as "constructor" must not meet Object.prototype.
  const next = new Map(Object.entries(currentWeights));
  let total = 0;
  let picked: { userId: string; current: number } | undefined;
  for (const { userId, weight } of [...eligible].sort((a, b) => byId(a.userId, b.userId))) {
    const current = (next.get(userId) ?? 0) + weight;
    next.set(userId, current);
    total += weight;
    // Strictly greater: on a tie the lowest id wins, so the order is fixed.
    if (picked === undefined || current > picked.current) picked = { userId, current };
  }
  if (picked === undefined) return undefined;
  next.set(picked.userId, picked.current - total);
  return { userId: picked.userId, currentWeights: Object.fromEntries(next) };
};
