import { z } from "zod";
import type { Config } from "../../config/config";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import type { KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { readKpiArguments } from "./readKpiArguments";

const count = z
  .number({ error: "must be a whole number, 0 or more" })
  .int("must be a whole number, 0 or more")
  .min(0, "must be a whole number, 0 or more");

/**
 * The counts of a data health check as of the end of the period (from the health report):
 * records checked, how many are complete and fresh, and duplicate pairs still open.
 */
export const DataHealthCounts = z
  .object({ records: count, completeAndFresh: count, openDuplicates: count })
  .refine((c) => c.completeAndFresh <= c.records, {
    message: "cannot be more than the records checked",
    path: ["completeAndFresh"],
  });
export type DataHealthCounts = z.infer<typeof DataHealthCounts>;

/** The data health KPI of checked counts, for the all-at-once snapshot. */
export const dataHealthKpiOf = (c: DataHealthCounts): KpiResult<DataHealthCounts> =>
  kpiRatio(c.completeAndFresh, c.records, "no records were checked", {
    records: c.records,
    completeAndFresh: c.completeAndFresh,
    openDuplicates: c.openDuplicates,
  });

/**
 * The "can we trust this data" KPI: records complete and fresh ÷ records checked, with the
 * duplicate pairs still open alongside in the counts. `null` when no records were checked.
 *
 * @example
 * dataHealthKpi({ records: 200, completeAndFresh: 150, openDuplicates: 7 },
 *   { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.75, counts: { records: 200, completeAndFresh: 150, openDuplicates: 7 } })
 */
export const dataHealthKpi = (
  data: DataHealthCounts,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<DataHealthCounts>, InvalidInput> => {
  const args = readKpiArguments(DataHealthCounts, "data health counts", data, period, config);
  if (!args.ok) return args;
  return ok(dataHealthKpiOf(args.value.data));
};
