import { type Contract, err, ok, type Receivable, type Result } from "@baton/core";
import type { ChangeScope } from "../funnel/changeScope";
import { type CrmError, crmError } from "../kernel/crmError";
import { storeResult } from "../kernel/storedResult";

/**
 * Stores a signed contract and the receivables its payment schedule gives, with a
 * history entry per receivable, in the caller's transaction. A deal that already
 * has receivables (won, reopened and won again) is a `conflict`: finance adjusts
 * those instead of getting a second set.
 */
export const storeContract = async (
  scope: ChangeScope,
  contract: Contract,
  receivables: readonly Receivable[],
): Promise<Result<true, CrmError>> => {
  const dealId = receivables[0]?.dealId;
  if (dealId === undefined) return ok(true);
  const existing = await scope.tx
    .selectFrom("receivables")
    .select("contract_id")
    .where("deal_id", "=", dealId)
    .executeTakeFirst();
  if (existing)
    return err(
      crmError(
        "conflict",
        `The deal already has receivables from contract '${existing.contract_id}'; ask finance to adjust those instead.`,
        { dealId, contractId: existing.contract_id },
      ),
    );
  const taken = await scope.tx
    .selectFrom("contracts")
    .select("deal_id")
    .where("id", "=", contract.id)
    .executeTakeFirst();
  if (taken)
    return err(
      crmError(
        "conflict",
        `A contract '${contract.id}' is already stored (for deal '${taken.deal_id}'); give this one its own id or leave the id out.`,
        { contractId: contract.id },
      ),
    );
  await scope.tx
    .insertInto("contracts")
    .values({
      id: contract.id,
      deal_id: dealId,
      signed_at: contract.signedAt,
      value_minor: contract.value.amountMinor,
      currency: contract.value.currency,
      net_days: contract.netDays ?? null,
      schedule: storeResult(contract.schedule),
    })
    .execute();
  await scope.tx
    .insertInto("receivables")
    .values(
      receivables.map((r) => ({
        id: r.id,
        deal_id: r.dealId,
        account_id: r.accountId,
        contract_id: r.contractId,
        instalment: r.instalment,
        instalments: r.instalments,
        amount_minor: r.amount.amountMinor,
        currency: r.amount.currency,
        paid_minor: r.paidMinor,
        invoice_date: r.invoiceDate,
        due_date: r.dueDate,
        updated_at: scope.now,
      })),
    )
    .execute();
  for (const r of receivables) await scope.history({ type: "receivable", id: r.id }, null, r);
  return ok(true);
};
