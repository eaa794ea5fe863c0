import { accessDecision, err, Id, ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { loadDirectory } from "../funnel/companyDirectory";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { activityTarget } from "./activityAccess";
import { type TaskView, taskView } from "./taskView";

export const CompleteTaskInput = z.object({ taskId: Id }).strict();
export type CompleteTaskInput = z.input<typeof CompleteTaskInput>;

/**
 * Marks a task done, with a history row and a `record_updated` event. Done
 * twice, it stays done from the first time and nothing more is written. A task
 * the actor cannot see is `not_found`, so nobody learns of another's private task.
 *
 * @example await crm.completeTask(ADA, { taskId }) // ok({ id: taskId, completedAt: now, ... })
 */
export const completeTask =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CompleteTaskInput,
    options?: WriteOptions,
  ): Promise<Result<TaskView, CrmError>> =>
    runWrite(ctx, actor, "completeTask", options, async (w) => {
      const parsed = parseInput(CompleteTaskInput, input, "task");
      if (!parsed.ok) return parsed;
      const { taskId } = parsed.value;
      const row = await w.tx
        .selectFrom("activities")
        .selectAll()
        .where("id", "=", taskId)
        .where("kind", "=", "task")
        .forUpdate()
        .executeTakeFirst();
      const directory = await loadDirectory(w.tx);
      const read =
        row && accessDecision("read", w.actor, activityTarget(row), directory, ctx.config);
      if (!row || !read?.allowed)
        return err(
          crmError("not_found", `No task with id '${taskId}' that you can see.`, { taskId }),
        );
      const write = accessDecision("write", w.actor, activityTarget(row), directory, ctx.config);
      if (!write.allowed) return err(crmError("forbidden", write.reason, { basis: write.basis }));
      if (row.completed_at !== null) return ok(taskView(row, w.now));
      await w.tx
        .updateTable("activities")
        .set({ completed_at: w.now })
        .where("id", "=", taskId)
        .execute();
      await w.history(
        { type: "activity", id: taskId },
        { completedAt: null },
        { completedAt: w.now },
      );
      await w.emit({
        type: "record_updated",
        at: w.now,
        by: w.actor.id,
        record: { kind: "activity", id: taskId, name: row.subject ?? "task" },
        fields: ["completedAt"],
      });
      return ok(taskView({ ...row, completed_at: w.now }, w.now));
    });
