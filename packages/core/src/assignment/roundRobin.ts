/**
 * Code-unit order, not `localeCompare`: the rotation must be the same on every machine
 * whatever its locale, or two replicas would disagree on whose turn it is.
 */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Picks whose turn it is in a round-robin: the first eligible id after the last one
 * served, in sorted order, wrapping around. Keeping only the last id (not a position)
 * means people joining, leaving or being away never make the rotation skip or repeat.
 *
 * @example nextInRoundRobin(["u-c", "u-a", "u-b"], "u-a") // "u-b"
 */
export const nextInRoundRobin = (
  eligibleIds: readonly string[],
  lastUserId: string | undefined,
): string | undefined => {
  const sorted = [...eligibleIds].sort(byId);
  if (lastUserId === undefined) return sorted[0];
  return sorted.find((id) => id > lastUserId) ?? sorted[0];
};
