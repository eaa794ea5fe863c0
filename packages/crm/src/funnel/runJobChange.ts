import type { CrmContext } from "../kernel/crmContext";
import type { OutboxEvent } from "../kernel/crmEvents";
import { storeResult } from "../kernel/storedResult";
import { changedFields } from "../kernel/unitOfWork";
import type { ChangeScope } from "./changeScope";

/** An event a job writes that is neither a core event nor a kernel `CrmEvent`. */
export type JobEvent = { readonly type: string; readonly at: Date };

/** A job's change scope: the usual writers, plus one for the job's own events. */
export type JobChangeScope = ChangeScope & {
  emitJobEvent(event: JobEvent): Promise<void>;
};

/**
 * Runs a job's change in ONE transaction with history rows (no acting user) and
 * outbox events, like `runWrite` does for a person. A database error is thrown,
 * not turned into a result, so the job queue retries the job later.
 *
 * @example await runJobChange(ctx, "approval.escalate", async (j) => { ... })
 */
export const runJobChange = async <T>(
  ctx: CrmContext,
  jobName: string,
  work: (scope: JobChangeScope) => Promise<T>,
): Promise<T> => {
  return ctx.store.db.transaction().execute(async (tx) => {
    const now = ctx.clock();
    const changeId = ctx.newId();
    const outbox = async (events: readonly (OutboxEvent | JobEvent)[]) => {
      if (events.length === 0) return;
      await tx
        .insertInto("outbox")
        .values(
          events.map((event) => ({
            event_type: event.type,
            payload: storeResult(event),
            occurred_at: "at" in event && event.at instanceof Date ? event.at : now,
          })),
        )
        .execute();
    };
    return work({
      ctx,
      tx,
      now,
      by: jobName,
      history: async (entity, before, after) => {
        const rows = changedFields(before, after).map((field) => ({
          entity_type: entity.type,
          entity_id: entity.id,
          field,
          old_value:
            before === null || before[field] === undefined ? null : storeResult(before[field]),
          new_value: after[field] === undefined ? null : storeResult(after[field]),
          actor_id: null,
          at: now,
          change_id: changeId,
        }));
        if (rows.length > 0) await tx.insertInto("history").values(rows).execute();
      },
      emit: (...events) => outbox(events),
      emitJobEvent: (event) => outbox([event]),
    });
  });
};
