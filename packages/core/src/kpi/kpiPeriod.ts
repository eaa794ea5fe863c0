import { z } from "zod";
import { Instant, TimeZone } from "../entities/common";

/**
 * The period a KPI is measured over: half-open `[start, end)`, with the viewer's time zone
 * for anything counted in calendar days (days in period, per-day pace).
 */
export const KpiPeriod = z
  .object({ start: Instant, end: Instant, timeZone: TimeZone.default("UTC") })
  .refine((p) => p.start.getTime() < p.end.getTime(), {
    message: "the period must start before it ends",
  });
export type KpiPeriod = z.infer<typeof KpiPeriod>;
export type KpiPeriodInput = z.input<typeof KpiPeriod>;

/** True when `at` falls in the half-open period `[start, end)`. */
export const inPeriod = (at: Date, period: { readonly start: Date; readonly end: Date }): boolean =>
  at.getTime() >= period.start.getTime() && at.getTime() < period.end.getTime();
