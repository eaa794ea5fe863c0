import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { Money } from "../entities/money";

/** A receivable's id: its deal's id and instalment number, so re-running a schedule gives the same ids. */
export const ReceivableId = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(220, "must be at most 220 characters");
export type ReceivableId = z.infer<typeof ReceivableId>;

/**
 * The id of the `instalment`-th receivable (1-based) of a deal, e.g. "deal-42/r1": derived,
 * never random, so the same contract always yields the same receivables.
 *
 * @example receivableIdOf("deal-42", 2) // "deal-42/r2"
 */
export const receivableIdOf = (dealId: string, instalment: number): ReceivableId =>
  `${dealId}/r${instalment}`;

/**
 * One invoice finance expects to collect: what was invoiced, what has been paid, what is
 * still open (always `paidMinor + openMinor = amount.amountMinor`), and when it falls due.
 */
export const Receivable = z
  .object({
    id: ReceivableId,
    dealId: Id,
    accountId: Id,
    contractId: Id,
    /** Which instalment this is, from 1, out of `instalments`. */
    instalment: z.number().int().min(1, "must be 1 or more"),
    instalments: z.number().int().min(1, "must be 1 or more"),
    amount: Money,
    paidMinor: z.number().int().min(0, "must be 0 or more").max(Number.MAX_SAFE_INTEGER),
    openMinor: z.number().int().min(0, "must be 0 or more").max(Number.MAX_SAFE_INTEGER),
    invoiceDate: Instant,
    dueDate: Instant,
  })
  .refine((r) => r.paidMinor + r.openMinor === r.amount.amountMinor, {
    message: "paid and open amounts must add up to the invoiced amount",
    path: ["openMinor"],
  })
  .refine((r) => r.instalment <= r.instalments, {
    message: "cannot be a later instalment than the number of instalments",
    path: ["instalment"],
  })
  .refine((r) => r.dueDate.getTime() >= r.invoiceDate.getTime(), {
    message: "cannot fall due before it is invoiced",
    path: ["dueDate"],
  });
export type Receivable = z.infer<typeof Receivable>;
export type ReceivableInput = z.input<typeof Receivable>;

/** A list of receivables with no id twice, as payments and reports read them. */
export const ReceivableList = z
  .array(Receivable)
  .max(100_000, "must hold at most 100,000 receivables")
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
    message: "must not hold the same receivable id twice",
  });
