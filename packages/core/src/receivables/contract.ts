import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { SignedMoney } from "./receivableMoney";

export const PAYMENT_SCHEDULE_KINDS = [
  "one_off",
  "equal_instalments",
  "explicit_instalments",
] as const;
export type PaymentScheduleKind = (typeof PAYMENT_SCHEDULE_KINDS)[number];

/** The whole contract value invoiced once. */
export const OneOffSchedule = z.object({
  kind: z.literal("one_off"),
  invoiceDate: Instant,
});

/**
 * `count` equal instalments, one every `everyMonths` calendar months from the first invoice;
 * what does not divide evenly goes on the last, so the instalments sum to the value exactly.
 */
export const EqualInstalmentsSchedule = z.object({
  kind: z.literal("equal_instalments"),
  count: z
    .number()
    .int("must be a whole number of instalments")
    .min(1, "must be at least 1 instalment")
    .max(360, "must be at most 360 instalments"),
  firstInvoiceDate: Instant,
  everyMonths: z
    .number()
    .int("must be a whole number of months")
    .min(1, "must be at least 1 month")
    .max(24, "must be at most 24 months")
    .default(1),
});

/** Instalments with the amounts the contract names; they must sum to the contract value. */
export const ExplicitInstalmentsSchedule = z.object({
  kind: z.literal("explicit_instalments"),
  instalments: z
    .array(z.object({ invoiceDate: Instant, amount: SignedMoney }))
    .min(1, "must name at least one instalment")
    .max(360, "must name at most 360 instalments"),
});

/** How a signed contract is invoiced: one-off, equal instalments, or instalments it names. */
export const PaymentSchedule = z.discriminatedUnion(
  "kind",
  [OneOffSchedule, EqualInstalmentsSchedule, ExplicitInstalmentsSchedule],
  { error: `must be a payment schedule of kind ${PAYMENT_SCHEDULE_KINDS.join(", ")}` },
);
export type PaymentSchedule = z.infer<typeof PaymentSchedule>;
export type PaymentScheduleInput = z.input<typeof PaymentSchedule>;

/** The signed contract behind a won deal: its value, payment terms and payment schedule. */
export const Contract = z.object({
  id: Id,
  signedAt: Instant,
  value: SignedMoney,
  /** Net N days from each invoice date; the company's `receivables.defaultNetDays` when left out. */
  netDays: z
    .number()
    .int("must be a whole number of days")
    .min(0, "must be 0 or more days")
    .max(3650, "must be at most 3,650 days")
    .optional(),
  schedule: PaymentSchedule,
});
export type Contract = z.infer<typeof Contract>;
export type ContractInput = z.input<typeof Contract>;
