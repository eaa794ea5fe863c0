/**
 * When an import gives a record a new owner, the old owner becomes a previous
 * owner (who keeps read access, DOMAIN.md §1) and the record leaves its queue.
 */
export const ownerChange = (
  before: { readonly ownerId: string | null; readonly previousOwnerIds: readonly string[] },
  after: Record<string, unknown>,
): Record<string, unknown> => {
  const owner = after.ownerId;
  if (typeof owner !== "string" || owner === before.ownerId) return {};
  const previous = Array.isArray(after.previousOwnerIds)
    ? (after.previousOwnerIds as string[])
    : [...before.previousOwnerIds];
  const withOld = before.ownerId === null ? previous : [...previous, before.ownerId];
  return { previousOwnerIds: [...new Set(withOld)].filter((id) => id !== owner), ownerQueue: null };
};
