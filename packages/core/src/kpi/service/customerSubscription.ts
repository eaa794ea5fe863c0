import { z } from "zod";
import { Id, Instant } from "../../entities/common";
import { Money } from "../../entities/money";
import { requireOneCurrency } from "./oneCurrency";

/** A change of a subscription's monthly recurring revenue: from `at` on, it is `mrr`. */
export const MrrChange = z.object({ at: Instant, mrr: Money });
export type MrrChange = z.infer<typeof MrrChange>;

/**
 * One subscription of a customer account: when it started, when it churned (`null` while it
 * runs), its MRR at the start and every later MRR change (upgrade, downgrade). An account may
 * hold several subscriptions, one after another (a win-back) or side by side.
 */
export const CustomerSubscription = z
  .object({
    accountId: Id,
    startedAt: Instant,
    churnedAt: Instant.nullable().default(null),
    mrr: Money,
    mrrChanges: z.array(MrrChange).default([]),
  })
  .refine((s) => s.churnedAt === null || s.churnedAt.getTime() > s.startedAt.getTime(), {
    message: "a subscription must churn after it started",
    path: ["churnedAt"],
  });
export type CustomerSubscription = z.infer<typeof CustomerSubscription>;
export type CustomerSubscriptionInput = z.input<typeof CustomerSubscription>;

/** Where each MRR amount of the subscriptions sits, for the one-currency check. */
export const subscriptionCurrencies = (
  subscriptions: readonly CustomerSubscription[],
  key = "customers",
) =>
  subscriptions.flatMap((s, i) => [
    { currency: s.mrr.currency, path: [key, i, "mrr", "currency"] },
    ...s.mrrChanges.map((c, j) => ({
      currency: c.mrr.currency,
      path: [key, i, "mrrChanges", j, "mrr", "currency"],
    })),
  ]);

/** The customer subscriptions a customer-base KPI reads, all MRR in one currency. */
export const CustomerBaseData = z
  .object({ customers: z.array(CustomerSubscription) })
  .superRefine((d, ctx) => requireOneCurrency(subscriptionCurrencies(d.customers), ctx));
export type CustomerBaseData = z.infer<typeof CustomerBaseData>;
export type CustomerBaseDataInput = z.input<typeof CustomerBaseData>;

/**
 * Whether the subscription runs just before `t`, after everything that happened strictly
 * before it: periods are half-open, so a start or churn at `t` belongs to the period from `t`.
 */
export const runsJustBefore = (s: CustomerSubscription, t: Date): boolean =>
  s.startedAt.getTime() < t.getTime() &&
  (s.churnedAt === null || s.churnedAt.getTime() >= t.getTime());

/** The subscription's MRR (minor units) just before `t`: 0 when it does not run then. */
export const mrrJustBefore = (s: CustomerSubscription, t: Date): number => {
  if (!runsJustBefore(s, t)) return 0;
  let latest: MrrChange | undefined;
  for (const change of s.mrrChanges)
    if (
      change.at.getTime() < t.getTime() &&
      (!latest || change.at.getTime() >= latest.at.getTime())
    )
      latest = change;
  return (latest ?? s).mrr.amountMinor;
};
