import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id, Instant } from "../entities/common";
import type { Money } from "../entities/money";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { type Receivable, ReceivableId, type ReceivableInput, ReceivableList } from "./receivable";
import { SignedMoney } from "./receivableMoney";
import type { ReceivablesError } from "./receivablesError";
import type { PaymentAllocation, PaymentOutcome, PaymentRecordedEvent } from "./receivablesEvents";

/** A payment as finance records it; naming a receivable pays that one instead of the oldest due. */
export const Payment = z.object({
  id: Id,
  amount: SignedMoney,
  receivedAt: Instant,
  /** Who in finance recorded it. */
  recordedBy: Id,
  receivableId: ReceivableId.optional(),
  /** The bank or remittance reference, kept for the customer's statement. */
  reference: z.string().trim().max(200, "must be at most 200 characters").optional(),
});
export type Payment = z.infer<typeof Payment>;
export type PaymentInput = z.input<typeof Payment>;

/** The receivables after a payment, where the money went, the credit left over, and the event. */
export type AppliedPayment = {
  /** Every receivable given, in the order given, with its new paid and open amounts. */
  readonly receivables: readonly Receivable[];
  readonly allocations: readonly PaymentAllocation[];
  readonly credit: Money;
  readonly event: PaymentRecordedEvent;
};

const byDueDate = (a: Receivable, b: Receivable): number =>
  a.dueDate.getTime() - b.dueDate.getTime() ||
  a.invoiceDate.getTime() - b.invoiceDate.getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The receivables the payment goes to, in the order it pays them. */
const payOrder = (
  receivables: readonly Receivable[],
  payment: Payment,
): Result<readonly Receivable[], ReceivablesError> => {
  const currency = payment.amount.currency;
  if (payment.receivableId !== undefined) {
    const named = receivables.find((r) => r.id === payment.receivableId);
    if (!named)
      return err(
        domainError(
          "unknown_receivable",
          `The payment names receivable '${payment.receivableId}', which is not among the account's receivables; name one of ${receivables.map((r) => r.id).join(", ")} or leave it out to pay the oldest due first.`,
          { path: ["payment", "receivableId"] },
        ),
      );
    if (named.amount.currency !== currency)
      return err(
        domainError(
          "currency_mismatch",
          `The payment is in ${currency} but receivable '${named.id}' is in ${named.amount.currency}; record it in ${named.amount.currency}.`,
          { path: ["payment", "amount", "currency"] },
        ),
      );
    return ok([named]);
  }
  const inCurrency = receivables.filter((r) => r.amount.currency === currency);
  if (inCurrency.length === 0)
    return err(
      domainError(
        "currency_mismatch",
        `The payment is in ${currency} but the account's receivables are in ${[...new Set(receivables.map((r) => r.amount.currency))].join(", ")}; record it in the currency invoiced.`,
        { path: ["payment", "amount", "currency"] },
      ),
    );
  return ok([...inCurrency].sort(byDueDate));
};

/**
 * Records a customer's payment against their receivables: oldest due first, or only the
 * receivable the payment names; a part payment leaves a balance open, and money beyond
 * what is owed is reported as a credit, never lost. Invariant: the receivables' paid plus
 * open amounts still equal what was invoiced, and the payment equals what was allocated
 * plus the credit. Returns a `payment_recorded` event so sales is told on the deal.
 *
 * @example
 * // r1 and r2 each have €3,000.00 open, r1 falls due first
 * applyPayment([r1, r2],
 *   { id: "pay-1", amount: { amountMinor: 400_000, currency: "EUR" }, receivedAt, recordedBy: "user-fay" },
 *   defaultConfig())
 * // ok({ allocations: [{ receivableId: r1.id, amountMinor: 300_000 }, { receivableId: r2.id, amountMinor: 100_000 }],
 * //      credit: { amountMinor: 0, currency: "EUR" }, event: { type: "payment_recorded", outcome: "partial", … }, … })
 */
export const applyPayment = (
  receivables: readonly ReceivableInput[],
  payment: PaymentInput,
  config: Config,
): Result<AppliedPayment, ReceivablesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsedList = parseInput(
    ReceivableList.min(1, "must hold at least one receivable"),
    receivables,
    "receivables",
  );
  if (!parsedList.ok) return parsedList;
  const parsedPayment = parseInput(Payment, payment, "payment");
  if (!parsedPayment.ok) return parsedPayment;
  const list = parsedList.value;
  const thePayment = parsedPayment.value;
  const { amount } = thePayment;

  const accountIds = [...new Set(list.map((r) => r.accountId))];
  const accountId = accountIds[0];
  if (accountId === undefined || accountIds.length > 1)
    return err(
      domainError(
        "mixed_accounts",
        `The receivables belong to several accounts (${accountIds.join(", ")}); a payment comes from one customer, so pass only that account's receivables.`,
        { path: ["receivables"] },
      ),
    );
  if (amount.amountMinor < 0)
    return err(
      domainError(
        "negative_amount",
        `The payment is negative (${amount.amountMinor} minor units); record a refund separately and enter payments as more than 0.`,
        { path: ["payment", "amount", "amountMinor"] },
      ),
    );
  if (amount.amountMinor === 0)
    return err(
      domainError(
        "zero_amount",
        "The payment is 0, so there is nothing to record; enter the amount received.",
        { path: ["payment", "amount", "amountMinor"] },
      ),
    );

  const order = payOrder(list, thePayment);
  if (!order.ok) return order;

  let left = amount.amountMinor;
  const allocations: PaymentAllocation[] = [];
  for (const r of order.value) {
    const paid = Math.min(left, r.openMinor);
    if (paid > 0) allocations.push({ receivableId: r.id, dealId: r.dealId, amountMinor: paid });
    left -= paid;
  }
  const allocated = new Map(allocations.map((a) => [a.receivableId, a.amountMinor]));
  const updated = list.map((r): Receivable => {
    const paid = allocated.get(r.id) ?? 0;
    return paid === 0 ? r : { ...r, paidMinor: r.paidMinor + paid, openMinor: r.openMinor - paid };
  });

  const currency = amount.currency;
  const credit: Money = { amountMinor: left, currency };
  const targetIds = new Set(order.value.map((r) => r.id));
  const openInTarget = updated
    .filter((r) => targetIds.has(r.id))
    .reduce((sum, r) => sum + r.openMinor, 0);
  const outcome: PaymentOutcome = left > 0 ? "over" : openInTarget === 0 ? "full" : "partial";
  const openAfter: Money = {
    amountMinor: updated
      .filter((r) => r.amount.currency === currency)
      .reduce((sum, r) => sum + r.openMinor, 0),
    currency,
  };
  const dealIds = [
    ...new Set((allocations.length > 0 ? allocations : order.value).map((x) => x.dealId)),
  ];

  return ok({
    receivables: updated,
    allocations,
    credit,
    event: {
      type: "payment_recorded",
      at: thePayment.receivedAt,
      by: thePayment.recordedBy,
      paymentId: thePayment.id,
      accountId,
      dealIds,
      amount: { amountMinor: amount.amountMinor, currency },
      allocations,
      credit,
      outcome,
      settledReceivableIds: updated
        .filter((r) => allocated.has(r.id) && r.openMinor === 0)
        .map((r) => r.id),
      openAfter,
    },
  });
};
