/**
 * The stretch of time a report reads: from the earliest start to the latest end of the
 * periods it compares. Rows wholly outside it cannot change any of their numbers.
 */
export type KpiWindow = { readonly start: Date; readonly end: Date };

/** The window covering every period given. */
export const windowOf = (
  periods: readonly { readonly start: Date; readonly end: Date }[],
): KpiWindow => ({
  start: new Date(Math.min(...periods.map((p) => p.start.getTime()))),
  end: new Date(Math.max(...periods.map((p) => p.end.getTime()))),
});

/** Who a query counts: the owners or authors in scope, or `null` for everyone. */
export type KpiPeople = readonly string[] | null;
