import { type AppliedPayment, applyPayment, err, ok, parseInput, type Result } from "@baton/core";
import { sql } from "kysely";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { storeResult } from "../kernel/storedResult";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { RECORD_PAYMENT_ROLES, requireRole } from "./financeAccess";
import { receivableFromRow } from "./receivableRows";

export const RecordPaymentInput = z
  .object({
    /** Pay this receivable. */
    receivableId: z.string().trim().min(1).optional(),
    /** Or pay this deal's receivables, oldest due first. */
    dealId: z.string().trim().min(1).optional(),
    amount: z.object({ amountMinor: z.number(), currency: z.string() }),
    /** When the money arrived; default now. */
    at: z.coerce.date().optional(),
    reference: z.string().optional(),
  })
  .refine((p) => (p.receivableId === undefined) !== (p.dealId === undefined), {
    message: "name either the receivable or the deal the payment is for, not both",
    path: ["receivableId"],
  });
export type RecordPaymentInput = z.input<typeof RecordPaymentInput>;

/** The payment as stored: its id, where the money went, any credit, and the receivables after it. */
export type RecordedPayment = Omit<AppliedPayment, "event"> & {
  readonly paymentId: string;
  readonly outcome: AppliedPayment["event"]["outcome"];
  readonly openAfter: AppliedPayment["event"]["openAfter"];
};

/**
 * Finance records a customer's payment against a receivable, or against a deal's
 * receivables oldest due first: a part payment leaves a balance open, an exact
 * one settles, and money beyond what is owed is kept as the customer's credit
 * (core's `applyPayment`). Sales hears of it through the `payment_recorded` event.
 *
 * @example await crm.recordPayment(FAY, { dealId: "deal-1", amount: { amountMinor: 500_00, currency: "EUR" } })
 */
export const recordPayment =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: RecordPaymentInput,
    options?: WriteOptions,
  ): Promise<Result<RecordedPayment, CrmError>> =>
    runWrite(ctx, actor, "recordPayment", options, async (w) => {
      const allowed = requireRole(w.actor, RECORD_PAYMENT_ROLES, "record payments");
      if (!allowed.ok) return allowed;
      const parsed = parseInput(RecordPaymentInput, input, "payment");
      if (!parsed.ok) return parsed;
      const { receivableId, dealId, amount, at, reference } = parsed.value;

      let scope = w.tx.selectFrom("receivables").selectAll();
      if (receivableId !== undefined) {
        const named = await w.tx
          .selectFrom("receivables")
          .select("account_id")
          .where("id", "=", receivableId)
          .executeTakeFirst();
        if (!named) return err(crmError("not_found", `No receivable '${receivableId}'.`));
        scope = scope.where("account_id", "=", named.account_id);
      } else {
        scope = scope.where("deal_id", "=", dealId ?? "");
      }
      const rows = await scope.orderBy("id").forUpdate().execute();
      if (rows.length === 0)
        return err(
          crmError(
            "not_found",
            `The deal '${dealId}' has no receivables; close it won with a contract first.`,
          ),
        );
      const before = rows.map((row) => receivableFromRow(row));
      const paymentId = ctx.newId();
      const applied = applyPayment(
        before,
        {
          id: paymentId,
          amount,
          receivedAt: at ?? w.now,
          recordedBy: w.actor.id,
          ...(receivableId === undefined ? {} : { receivableId }),
          ...(reference === undefined ? {} : { reference }),
        },
        ctx.config,
      );
      if (!applied.ok) return err(applied.error);
      const { receivables, allocations, credit, event } = applied.value;

      const byId = new Map(before.map((r) => [r.id, r]));
      for (const allocation of allocations) {
        await w.tx
          .updateTable("receivables")
          .set({
            paid_minor: sql<number>`paid_minor + ${allocation.amountMinor}`,
            updated_at: w.now,
            version: sql<number>`version + 1`,
          })
          .where("id", "=", allocation.receivableId)
          .execute();
        const after = receivables.find((r) => r.id === allocation.receivableId);
        const prior = byId.get(allocation.receivableId);
        if (after && prior)
          await w.history(
            { type: "receivable", id: after.id },
            { paidMinor: prior.paidMinor, openMinor: prior.openMinor },
            { paidMinor: after.paidMinor, openMinor: after.openMinor },
          );
      }
      await w.tx
        .insertInto("payments")
        .values({
          id: paymentId,
          account_id: event.accountId,
          amount_minor: event.amount.amountMinor,
          currency: event.amount.currency,
          received_at: event.at,
          recorded_by: w.actor.id,
          reference: reference?.trim() || null,
          allocations: storeResult(allocations),
          credit_minor: credit.amountMinor,
          outcome: event.outcome,
        })
        .execute();
      await w.emit(event);
      return ok({
        paymentId,
        receivables,
        allocations,
        credit,
        outcome: event.outcome,
        openAfter: event.openAfter,
      });
    });
