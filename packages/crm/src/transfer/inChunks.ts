/** Runs `query` over `items` in chunks, so a long id list never exceeds a statement's parameter limit. */
export const inChunks = async <T, R>(
  items: readonly T[],
  size: number,
  query: (chunk: T[]) => Promise<readonly R[]>,
): Promise<R[]> => {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += size)
    out.push(...(await query(items.slice(start, start + size))));
  return out;
};
