import {
  type Account,
  type Contact,
  err,
  Id,
  type MergeConflict,
  ok,
  parseInput,
  planMerge,
  type Result,
  redactRecord,
} from "@baton/core";
import { accountFromRow, accountToRow, contactFromRow, contactToRow } from "@baton/store";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { changedFields, runWrite, type WriteOptions, type WriteScope } from "../kernel/unitOfWork";
import { notCrmOwner } from "./crmOwner";
import { DuplicateKind } from "./duplicateReview";
import { loadMergeReferences } from "./mergeReferences";
import {
  applyRepoints,
  noRepoints,
  type RepointCounts,
  repointStoredExtras,
} from "./repointReferences";

/** What `mergeRecords` takes: the record to keep and the ones folded into it, in order. */
export const MergeRecordsInput = z.strictObject({
  kind: DuplicateKind,
  keepId: Id,
  mergeIds: z.array(Id).min(1, "name at least one record to merge").max(50),
});
export type MergeRecordsInput = z.input<typeof MergeRecordsInput>;

/** A merge done: the kept record as it is now, what was folded in, and every value set aside. */
export type MergeOutcome = {
  readonly kind: DuplicateKind;
  readonly kept: Partial<Account | Contact> & { readonly id: string };
  readonly mergedIds: readonly string[];
  /** Values that differed and were not kept (each merged record's own), for a person to confirm. */
  readonly conflicts: readonly (MergeConflict & { readonly mergedId: string })[];
  readonly repointed: RepointCounts;
};

type Entity = (Account | Contact) & { updatedAt: Date };

const loadLocked = async (
  w: WriteScope,
  kind: DuplicateKind,
  ids: readonly string[],
): Promise<Map<string, Entity>> => {
  const found = new Map<string, Entity>();
  // Locked in id order, so two merges over the same records wait rather than deadlock.
  if (kind === "account") {
    const rows = await w.tx
      .selectFrom("accounts")
      .selectAll()
      .where("id", "in", ids)
      .orderBy("id")
      .forUpdate()
      .execute();
    for (const row of rows)
      found.set(row.id, { ...accountFromRow(row), updatedAt: row.updated_at });
  } else {
    const rows = await w.tx
      .selectFrom("contacts")
      .selectAll()
      .where("id", "in", ids)
      .orderBy("id")
      .forUpdate()
      .execute();
    for (const row of rows)
      found.set(row.id, { ...contactFromRow(row), updatedAt: row.updated_at });
  }
  return found;
};

const withoutUpdatedAt = ({ updatedAt: _updatedAt, ...record }: Entity): Account | Contact =>
  record;

/** Deletes a merged record, keeping every value it had in history (old → null) and where it went. */
const removeMerged = async (
  w: WriteScope,
  kind: DuplicateKind,
  merged: Account | Contact,
  keptId: string,
): Promise<void> => {
  const cleared: Record<string, unknown> = { mergedInto: keptId };
  for (const field of Object.keys(merged)) cleared[field] = null;
  await w.history({ type: kind, id: merged.id }, merged, cleared);
  if (kind === "account") await w.tx.deleteFrom("accounts").where("id", "=", merged.id).execute();
  else await w.tx.deleteFrom("contacts").where("id", "=", merged.id).execute();
};

/** Writes the kept record's merged values, leaving its external id alone. */
const saveKept = async (
  w: WriteScope,
  kind: DuplicateKind,
  kept: Account | Contact,
): Promise<void> => {
  if (kind === "account") {
    const { id: _id, external_id: _externalId, ...values } = accountToRow(kept as Account, w.now);
    await w.tx
      .updateTable("accounts")
      .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
      .where("id", "=", kept.id)
      .execute();
  } else {
    const { id: _id, external_id: _externalId, ...values } = contactToRow(kept as Contact, w.now);
    await w.tx
      .updateTable("contacts")
      .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
      .where("id", "=", kept.id)
      .execute();
  }
};

/**
 * Folds duplicate accounts or contacts into the one kept, in ONE transaction: core's
 * `planMerge` decides each field (the richer value wins, nothing is lost silently: every
 * value set aside is returned as a conflict and kept in history), activities, deals,
 * contacts, child accounts, assessments, receivables and payments are re-pointed to the
 * kept record, the merged records are deleted with their values kept in history, and a
 * `record_updated` event is written. Any refusal (a record missing, the kept record named
 * among those merged) leaves everything as it was; a retry with the same key writes once.
 * For the CRM admin.
 *
 * @example await crm.mergeRecords(adm, { kind: "account", keepId: "acct-acme", mergeIds: ["acct-acme-2"] },
 *   { idempotencyKey: "slack:T1:1700000000.000200" })
 */
export const mergeRecords =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: MergeRecordsInput,
    options?: WriteOptions,
  ): Promise<Result<MergeOutcome, CrmError>> =>
    runWrite(ctx, actor, "mergeRecords", options, async (w) => {
      const parsed = parseInput(MergeRecordsInput, input, "merge request");
      if (!parsed.ok) return parsed;
      const refused = notCrmOwner(w.actor, ctx.config, "merge records");
      if (refused) return err(refused);
      const { kind, keepId, mergeIds } = parsed.value;
      const locked = await loadLocked(w, kind, [...new Set([keepId, ...mergeIds])].sort());
      const original = locked.get(keepId);
      if (!original) return err(crmError("not_found", `No ${kind} '${keepId}' to keep.`));

      let survivor: Entity = original;
      const conflicts: (MergeConflict & { mergedId: string })[] = [];
      const repointed = noRepoints();
      const merged = new Set<string>();
      for (const mergeId of mergeIds) {
        const duplicate = merged.has(mergeId) ? undefined : locked.get(mergeId);
        if (!duplicate)
          return err(
            crmError(
              "not_found",
              `No ${kind} '${mergeId}' to merge; it may have been merged already. Check the ids and try again.`,
            ),
          );
        const references = await loadMergeReferences(w.tx, kind, mergeId);
        const plan = planMerge(
          { kind, survivor, duplicate, references } as Parameters<typeof planMerge>[0],
          ctx.config,
        );
        if (!plan.ok) return plan;
        await applyRepoints(w, plan.value.repoints, repointed);
        await repointStoredExtras(w, kind, mergeId, keepId, repointed);
        await removeMerged(w, kind, withoutUpdatedAt(duplicate), keepId);
        for (const conflict of plan.value.conflicts)
          conflicts.push({ ...conflict, mergedId: mergeId });
        merged.add(mergeId);
        survivor = { ...plan.value.merged, updatedAt: w.now };
      }

      const before = withoutUpdatedAt(original);
      const after = withoutUpdatedAt(survivor);
      await saveKept(w, kind, after);
      await w.history({ type: kind, id: keepId }, before, after);
      await w.emit({
        type: "record_updated",
        at: w.now,
        by: w.actor.id,
        record: { kind, id: keepId, name: after.name },
        fields: changedFields(before, after),
      });
      return ok({
        kind,
        kept: redactRecord(w.actor, kind, after, ctx.config),
        mergedIds: [...merged],
        conflicts,
        repointed,
      });
    });
