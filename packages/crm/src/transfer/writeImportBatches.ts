import { ok, type Result } from "@baton/core";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import type { OutboxEvent } from "../kernel/crmEvents";
import { runWrite } from "../kernel/unitOfWork";
import type { ImportEnv, ImportSpec } from "./importSpec";
import type { RowPlan } from "./planImport";

/** Rows committed per transaction: big enough to be quick, small enough not to hold locks for long. */
export const IMPORT_BATCH_SIZE = 500;

/** What the batches wrote; a row another import created meanwhile counts as unchanged. */
export type WrittenCounts = {
  readonly created: number;
  readonly updated: number;
  readonly alreadyThere: number;
  readonly batches: number;
};

type Writable<E> = Extract<RowPlan<E>, { action: "create" | "update" }>;

/**
 * Writes the rows to create or update, in line order, `IMPORT_BATCH_SIZE` per
 * `runWrite` (one transaction each, with a history row per field and a
 * `record_created` or `record_updated` event per record). If a batch fails,
 * the batches before it stay written and the error says so; running the same
 * import again skips what is there.
 */
export const writeImportBatches = async <E extends { readonly id: string }>(
  ctx: CrmContext,
  actor: Actor,
  spec: ImportSpec<E>,
  plans: readonly RowPlan<E>[],
  env: ImportEnv,
  onProgress?: (written: number, total: number) => void,
): Promise<Result<WrittenCounts, CrmError>> => {
  const writable = plans.filter(
    (p): p is Writable<E> => p.action === "create" || p.action === "update",
  );
  let created = 0;
  let updated = 0;
  let alreadyThere = 0;
  let batches = 0;
  for (let start = 0; start < writable.length; start += IMPORT_BATCH_SIZE) {
    const batch = writable.slice(start, start + IMPORT_BATCH_SIZE);
    const written = await runWrite(ctx, actor, `importCsv.${env.kind}`, undefined, async (w) => {
      const scoped = { ...env, now: w.now };
      const events: OutboxEvent[] = [];
      const creates = batch.flatMap((p) => (p.action === "create" ? [p] : []));
      const inserted = await spec.insert(w.tx, creates, scoped);
      for (const plan of creates) {
        if (!inserted.has(plan.entity.id)) continue;
        const record = {
          kind: spec.recordKind,
          id: plan.entity.id,
          name: spec.nameOf(plan.entity),
        };
        await w.history({ type: spec.recordKind, id: plan.entity.id }, null, plan.entity);
        events.push({ type: "record_created", at: w.now, by: w.actor.id, record });
      }
      let changed = 0;
      for (const plan of batch) {
        if (plan.action !== "update") continue;
        await spec.update(w.tx, plan.before, plan.entity, scoped);
        await w.history({ type: spec.recordKind, id: plan.entity.id }, plan.before, plan.entity);
        const record = {
          kind: spec.recordKind,
          id: plan.entity.id,
          name: spec.nameOf(plan.entity),
        };
        events.push({
          type: "record_updated",
          at: w.now,
          by: w.actor.id,
          record,
          fields: plan.fields,
        });
        changed += 1;
      }
      await w.emit(...events);
      return ok({ inserted: inserted.size, skipped: creates.length - inserted.size, changed });
    });
    if (!written.ok) {
      const done =
        batches === 0
          ? "Nothing was written"
          : `The first ${batches} batch${batches === 1 ? " was" : "es were"} written (${created + updated} rows)`;
      return {
        ok: false,
        error: {
          ...written.error,
          message: `${written.error.message} ${done}; run the same import again to finish it, rows already written are skipped.`,
        },
      };
    }
    created += written.value.inserted;
    alreadyThere += written.value.skipped;
    updated += written.value.changed;
    batches += 1;
    onProgress?.(Math.min(start + IMPORT_BATCH_SIZE, writable.length), writable.length);
  }
  return ok({ created, updated, alreadyThere, batches });
};
