import type { MergeRepoint } from "@baton/core";
import type { WriteScope } from "../kernel/unitOfWork";
import type { DuplicateKind } from "./duplicateReview";

/** How many records of each kind now point at the kept record instead of a merged one. */
export type RepointCounts = {
  activities: number;
  deals: number;
  contacts: number;
  accounts: number;
  assessments: number;
  receivables: number;
  payments: number;
};

export const noRepoints = (): RepointCounts => ({
  activities: 0,
  deals: 0,
  contacts: 0,
  accounts: 0,
  assessments: 0,
  receivables: 0,
  payments: 0,
});

/** `ids` with `from` replaced by `to`, each id once, in their order. */
const replaced = (ids: readonly string[], from: string, to: string): string[] => [
  ...new Set(ids.map((id) => (id === from ? to : id))),
];

/**
 * Applies core's re-points of a merge plan: each activity, deal, contact and child account
 * that pointed at the merged record now points at the kept one, with a history row per
 * record changed.
 */
export const applyRepoints = async (
  w: WriteScope,
  repoints: readonly MergeRepoint[],
  counts: RepointCounts,
): Promise<void> => {
  for (const move of repoints) {
    const before = { [move.field]: move.from };
    const after = { [move.field]: move.to };
    switch (move.entity) {
      case "activity": {
        const column = move.field === "contactId" ? "contact_id" : "account_id";
        await w.tx
          .updateTable("activities")
          .set({ [column]: move.to })
          .where("id", "=", move.id)
          .execute();
        await w.history({ type: "activity", id: move.id }, before, after);
        counts.activities++;
        break;
      }
      case "deal": {
        if (move.field === "contactIds") {
          const deal = await w.tx
            .selectFrom("deals")
            .select("contact_ids")
            .where("id", "=", move.id)
            .executeTakeFirstOrThrow();
          const contactIds = replaced(deal.contact_ids, move.from, move.to);
          await w.tx
            .updateTable("deals")
            .set((eb) => ({
              contact_ids: contactIds,
              updated_at: w.now,
              version: eb("version", "+", 1),
            }))
            .where("id", "=", move.id)
            .execute();
          await w.history(
            { type: "deal", id: move.id },
            { contactIds: deal.contact_ids },
            { contactIds },
          );
        } else {
          await w.tx
            .updateTable("deals")
            .set((eb) => ({
              account_id: move.to,
              updated_at: w.now,
              version: eb("version", "+", 1),
            }))
            .where("id", "=", move.id)
            .execute();
          await w.history({ type: "deal", id: move.id }, before, after);
        }
        counts.deals++;
        break;
      }
      case "contact": {
        await w.tx
          .updateTable("contacts")
          .set((eb) => ({ account_id: move.to, updated_at: w.now, version: eb("version", "+", 1) }))
          .where("id", "=", move.id)
          .execute();
        await w.history({ type: "contact", id: move.id }, before, after);
        counts.contacts++;
        break;
      }
      case "account": {
        await w.tx
          .updateTable("accounts")
          .set((eb) => ({ parent_id: move.to, updated_at: w.now, version: eb("version", "+", 1) }))
          .where("id", "=", move.id)
          .execute();
        await w.history({ type: "account", id: move.id }, before, after);
        counts.accounts++;
        break;
      }
    }
  }
};

/**
 * Moves what core's plan does not know about to the kept record: the merged record's
 * assessments (kept beside the kept record's own, never over them) and, for accounts,
 * its receivables and payments. A history row per record changed.
 */
export const repointStoredExtras = async (
  w: WriteScope,
  kind: DuplicateKind,
  from: string,
  to: string,
  counts: RepointCounts,
): Promise<void> => {
  const assessments = await w.tx
    .updateTable("assessments")
    .set({ record_id: to })
    .where("record_kind", "=", kind)
    .where("record_id", "=", from)
    .returning("id")
    .execute();
  for (const { id } of assessments)
    await w.history({ type: "assessment", id }, { recordId: from }, { recordId: to });
  counts.assessments += assessments.length;
  if (kind !== "account") return;
  const receivables = await w.tx
    .updateTable("receivables")
    .set((eb) => ({ account_id: to, updated_at: w.now, version: eb("version", "+", 1) }))
    .where("account_id", "=", from)
    .returning("id")
    .execute();
  for (const { id } of receivables)
    await w.history({ type: "receivable", id }, { accountId: from }, { accountId: to });
  counts.receivables += receivables.length;
  const payments = await w.tx
    .updateTable("payments")
    .set({ account_id: to })
    .where("account_id", "=", from)
    .returning("id")
    .execute();
  for (const { id } of payments)
    await w.history({ type: "payment", id }, { accountId: from }, { accountId: to });
  counts.payments += payments.length;
};
