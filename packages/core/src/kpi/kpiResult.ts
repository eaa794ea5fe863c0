/**
 * What every KPI returns: its value, the counts it was computed from, and — where the KPI is
 * undefined for the data (a division by zero) — `null` with a reason a person can read.
 * Never `NaN` or `Infinity`.
 */
export type KpiCounts = Readonly<Record<string, number>>;

export type KpiResult<C extends KpiCounts = KpiCounts> =
  | { readonly value: number; readonly counts: C; readonly reason?: undefined }
  | { readonly value: null; readonly counts: C; readonly reason: string };

/** A defined KPI value; a non-finite one is turned into `null` with a reason, never passed on. */
export const kpiValue = <C extends KpiCounts>(value: number, counts: C): KpiResult<C> =>
  Number.isFinite(value)
    ? { value, counts }
    : { value: null, counts, reason: "the value is not a finite number" };

/** An undefined KPI: `null` and why (e.g. "no deals were closed in the period"). */
export const kpiUndefined = <C extends KpiCounts>(reason: string, counts: C): KpiResult<C> => ({
  value: null,
  counts,
  reason,
});

/**
 * `numerator ÷ denominator`, or `null` with `whenZero` as the reason when the denominator is 0.
 *
 * @example kpiRatio(3, 4, "no deals closed", { won: 3, closed: 4 }) // { value: 0.75, counts: … }
 */
export const kpiRatio = <C extends KpiCounts>(
  numerator: number,
  denominator: number,
  whenZero: string,
  counts: C,
): KpiResult<C> =>
  denominator === 0 ? kpiUndefined(whenZero, counts) : kpiValue(numerator / denominator, counts);
