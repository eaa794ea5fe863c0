import type { CrmContext } from "../kernel/crmContext";
import { completeTask } from "./completeTask";
import { logActivity } from "./logActivity";
import { myTasks } from "./myTasks";

export type { CompleteTaskInput } from "./completeTask";
export type { ActivityRecordRef, LoggedActivity } from "./logActivity";
export type { LogActivityInput } from "./logActivityInput";
export type { MyTasksInput } from "./myTasks";
export type { TaskView } from "./taskView";

/** The activities use cases, bound to a context. */
export const activitiesUseCases = (ctx: CrmContext) => ({
  logActivity: logActivity(ctx),
  completeTask: completeTask(ctx),
  myTasks: myTasks(ctx),
});
export type ActivitiesUseCases = ReturnType<typeof activitiesUseCases>;
