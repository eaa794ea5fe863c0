import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { Money } from "../entities/money";
import { ReceivableId } from "./receivable";

/** What part of a payment went to which receivable. */
export const PaymentAllocation = z.object({
  receivableId: ReceivableId,
  dealId: Id,
  amountMinor: z.number().int().min(1),
});
export type PaymentAllocation = z.infer<typeof PaymentAllocation>;

export const PAYMENT_OUTCOMES = ["partial", "full", "over"] as const;
/**
 * How a payment left what it paid for: `partial` (some still open), `full` (settled
 * exactly) or `over` (settled, with money left over as a credit).
 */
export const PaymentOutcome = z.enum(PAYMENT_OUTCOMES);
export type PaymentOutcome = z.infer<typeof PaymentOutcome>;

/**
 * Finance recorded a customer's payment: enough for sales to be told on its deals ("Acme
 * paid €5,000.00, €2,000.00 still open") without reading the receivables again.
 */
export const PaymentRecordedEvent = z.object({
  type: z.literal("payment_recorded"),
  at: Instant,
  by: Id,
  paymentId: Id,
  accountId: Id,
  /** The deals whose receivables the payment went to (the named one's deal for a pure credit). */
  dealIds: z.array(Id),
  amount: Money,
  allocations: z.array(PaymentAllocation),
  /** Money beyond what was owed, kept for the customer rather than lost. */
  credit: Money,
  outcome: PaymentOutcome,
  /** Receivables this payment paid off. */
  settledReceivableIds: z.array(ReceivableId),
  /** What the account still owes in the payment's currency, over the receivables given. */
  openAfter: Money,
});
export type PaymentRecordedEvent = z.infer<typeof PaymentRecordedEvent>;

/** The domain events receivables produce; plain data the crm stores and fans out. */
export const ReceivablesEvent = z.discriminatedUnion("type", [PaymentRecordedEvent]);
export type ReceivablesEvent = z.infer<typeof ReceivablesEvent>;

export const RECEIVABLES_EVENT_TYPES = [
  "payment_recorded",
] as const satisfies readonly ReceivablesEvent["type"][];
