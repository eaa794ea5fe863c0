import type { Receivable } from "@baton/core";
import type { Database } from "@baton/store";
import type { Kysely, Selectable } from "kysely";

type ReceivableRow = Selectable<Database["receivables"]>;

/** A stored receivable as core reads it; `paidMinor` may be given as of another moment. */
export const receivableFromRow = (
  row: ReceivableRow,
  paidMinor = Number(row.paid_minor),
): Receivable => {
  const amountMinor = Number(row.amount_minor);
  return {
    id: row.id,
    dealId: row.deal_id,
    accountId: row.account_id,
    contractId: row.contract_id,
    instalment: row.instalment,
    instalments: row.instalments,
    amount: { amountMinor, currency: row.currency.trim() },
    paidMinor,
    openMinor: amountMinor - paidMinor,
    invoiceDate: row.invoice_date,
    dueDate: row.due_date,
  };
};

/**
 * Receivables as they stood at `asOf`: invoiced before it, with only the payments
 * received before it counted, so a report for a past date is not changed by money
 * that came in later.
 */
export const receivablesAsOf = async (db: Kysely<Database>, asOf: Date): Promise<Receivable[]> => {
  const rows = await db
    .selectFrom("receivables")
    .selectAll()
    .where("invoice_date", "<", asOf)
    .orderBy("due_date")
    .orderBy("id")
    .execute();
  const payments = await db
    .selectFrom("payments")
    .select("allocations")
    .where("received_at", "<", asOf)
    .execute();
  const paid = new Map<string, number>();
  for (const payment of payments) {
    const allocations = (
      typeof payment.allocations === "string"
        ? JSON.parse(payment.allocations)
        : payment.allocations
    ) as { receivableId: string; amountMinor: number }[];
    for (const a of allocations)
      paid.set(a.receivableId, (paid.get(a.receivableId) ?? 0) + a.amountMinor);
  }
  return rows.map((row) =>
    receivableFromRow(row, Math.min(paid.get(row.id) ?? 0, Number(row.amount_minor))),
  );
};
