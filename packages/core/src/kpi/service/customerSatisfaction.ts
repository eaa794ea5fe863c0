import { z } from "zod";
import type { Config } from "../../config/config";
import { Id, Instant } from "../../entities/common";
import { ok, type Result } from "../../result";
import type { InvalidInput } from "../../validation";
import { inPeriod, type KpiPeriod, type KpiPeriodInput } from "../kpiPeriod";
import { type KpiResult, kpiRatio } from "../kpiResult";
import { readKpiArguments } from "./readKpiArguments";

/** A customer satisfaction rating on the 1–5 scale, when it was given, and its ticket if any. */
export const CsatRating = z.object({
  at: Instant,
  score: z
    .number({ error: "must be a whole number from 1 to 5" })
    .int("must be a whole number from 1 to 5")
    .min(1, "must be a whole number from 1 to 5")
    .max(5, "must be a whole number from 1 to 5"),
  ticketId: Id.nullable().default(null),
});
export type CsatRating = z.infer<typeof CsatRating>;
export type CsatRatingInput = z.input<typeof CsatRating>;

/** The ratings CSAT reads. */
export const CsatData = z.object({ ratings: z.array(CsatRating) });
export type CsatDataInput = z.input<typeof CsatData>;

/** Ratings given in the period, and how many of them were 4 or 5. */
export type CsatCounts = { readonly ratings: number; readonly satisfied: number };

/** CSAT of checked ratings, for the all-at-once snapshot. */
export const customerSatisfactionOf = (
  ratings: readonly CsatRating[],
  period: Pick<KpiPeriod, "start" | "end">,
): KpiResult<CsatCounts> => {
  const given = ratings.filter((r) => inPeriod(r.at, period));
  const satisfied = given.filter((r) => r.score >= 4).length;
  return kpiRatio(satisfied, given.length, "no ratings were given in the period", {
    ratings: given.length,
    satisfied,
  });
};

/**
 * CSAT, ratings of 4 or 5 ÷ all ratings given in the period (1–5 scale): the share of
 * customers who said they were satisfied. `null` when no one rated.
 *
 * @example
 * // March ratings 5, 4, 3, 5
 * customerSatisfaction({ ratings }, { start: mar1, end: apr1 }, defaultConfig())
 * // ok({ value: 0.75, counts: { ratings: 4, satisfied: 3 } })
 */
export const customerSatisfaction = (
  data: CsatDataInput,
  period: KpiPeriodInput,
  config: Config,
): Result<KpiResult<CsatCounts>, InvalidInput> => {
  const args = readKpiArguments(CsatData, "rating data", data, period, config);
  if (!args.ok) return args;
  return ok(customerSatisfactionOf(args.value.data.ratings, args.value.period));
};
