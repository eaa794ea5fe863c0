import { z } from "zod";
import { Instant, oneOf } from "../../entities/common";
import { Money } from "../../entities/money";

/** The budgets CAC adds up. */
export const SPEND_KINDS = ["sales", "marketing"] as const;
/** Which budget money was spent from to win customers. */
export const SpendKind = z.enum(SPEND_KINDS, { error: oneOf("spend kind", SPEND_KINDS) });
export type SpendKind = z.infer<typeof SpendKind>;

/**
 * Money spent on winning customers (salaries, commissions, ads, events), booked when it was
 * spent; CAC adds what falls in the period.
 */
export const AcquisitionSpend = z.object({ at: Instant, kind: SpendKind, amount: Money });
export type AcquisitionSpend = z.infer<typeof AcquisitionSpend>;
export type AcquisitionSpendInput = z.input<typeof AcquisitionSpend>;

/** Where each spend amount sits in the input, for the one-currency check. */
export const spendCurrencies = (spend: readonly AcquisitionSpend[]) =>
  spend.map((s, i) => ({ currency: s.amount.currency, path: ["spend", i, "amount", "currency"] }));
