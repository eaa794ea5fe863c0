import type { z } from "zod";

/** An amount's currency and where it sits in the input, to name it in an error. */
export type PlacedCurrency = {
  readonly currency: string;
  readonly path: readonly (string | number)[];
};

/**
 * Refuses input whose amounts are in more than one currency: a KPI that adds MRR or spend
 * must never add euros to dollars, and guessing a rate would be a silent default.
 */
export const requireOneCurrency = (amounts: readonly PlacedCurrency[], ctx: z.RefinementCtx) => {
  const first = amounts[0];
  if (!first) return;
  const other = amounts.find((a) => a.currency !== first.currency);
  if (!other) return;
  ctx.addIssue({
    code: "custom",
    path: [...other.path],
    message: `is in ${other.currency} but other amounts are in ${first.currency}; KPIs add amounts of one currency only, so convert them first or compute each currency on its own`,
  });
};
