import { z } from "zod";

/** ISO 4217 currency code, upper case: "EUR", "USD", "CNY". */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as 'EUR'");
export type Currency = z.infer<typeof Currency>;

/**
 * Money as an integer count of the currency's minor unit (cents, fen), never a
 * float, so sums are exact.
 */
export const Money = z.object({
  amountMinor: z
    .number({ error: "must be a number of minor units (cents)" })
    .int("must be a whole number of minor units (cents), not a fraction")
    .min(0, "must be 0 or more")
    .max(Number.MAX_SAFE_INTEGER, "is too large"),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;
