import { ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { InstantInput } from "../records/recordInput";
import { type TaskView, taskView } from "./taskView";

export const MyTasksInput = z
  .object({
    /** Only tasks due before this time (e.g. the end of today); all open tasks when left out. */
    dueBefore: InstantInput.optional(),
  })
  .strict()
  .default({});
export type MyTasksInput = z.input<typeof MyTasksInput>;

/** More open tasks than anyone works through; a longer list is cut, soonest due kept. */
const MAX_TASKS = 500;

/**
 * The actor's open tasks, soonest due first (tasks without a due time last),
 * each saying whether it is overdue.
 *
 * @example await crm.myTasks(ADA, { dueBefore: endOfToday }) // ok([{ text: "send proposal", dueAt, overdue: false, ... }])
 */
export const myTasks =
  (ctx: CrmContext) =>
  (actor: Actor, input?: MyTasksInput): Promise<Result<TaskView[], CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(MyTasksInput, input, "task filter");
      if (!parsed.ok) return parsed;
      const { dueBefore } = parsed.value;
      let query = r.db
        .selectFrom("activities")
        .selectAll()
        .where("actor_id", "=", r.actor.id)
        .where("kind", "=", "task")
        .where("completed_at", "is", null);
      if (dueBefore) query = query.where("due_at", "<", dueBefore);
      const rows = await query
        .orderBy(
          ({ ref }) => ref("due_at"),
          (o) => o.asc().nullsLast(),
        )
        .orderBy("id")
        .limit(MAX_TASKS)
        .execute();
      return ok(rows.map((row) => taskView(row, r.now)));
    });
