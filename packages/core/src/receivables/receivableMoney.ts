import { z } from "zod";
import { Currency, type Money } from "../entities/money";

/**
 * An amount as finance types it, sign included: a negative one is refused by the domain
 * with `negative_amount` (a clearer answer than a schema failure), so the schema lets it in.
 */
export const SignedMoney = z.object({
  amountMinor: z
    .number({ error: "must be a number of minor units (cents)" })
    .int("must be a whole number of minor units (cents), not a fraction")
    .min(-Number.MAX_SAFE_INTEGER, "is too large")
    .max(Number.MAX_SAFE_INTEGER, "is too large"),
  currency: Currency,
});
export type SignedMoney = z.infer<typeof SignedMoney>;

/**
 * Money as people read it in a finance message, e.g. "€1,000.00"; the currency's own number
 * of decimals decides how minor units are shown (¥ has none).
 */
export const formatReceivableMoney = (money: Money): string => {
  const format = new Intl.NumberFormat("en", { style: "currency", currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
};
