import type { ActivityRow } from "@baton/store";

/** An open or done task (a next step), as its assignee sees it. */
export type TaskView = {
  readonly id: string;
  /** What to do. */
  readonly text: string;
  readonly dueAt: Date | null;
  readonly completedAt: Date | null;
  /** Open and past its due time. */
  readonly overdue: boolean;
  /** Who the task is for: its author. */
  readonly assigneeId: string;
  readonly accountId: string | null;
  readonly dealId: string | null;
  readonly contactId: string | null;
  /** The activity whose next step this is. */
  readonly followsActivityId: string | null;
  readonly private: boolean;
};

/**
 * A task row as a `TaskView`, judged overdue at `now`.
 *
 * @example taskView(row, now).overdue // true when open and due before now
 */
export const taskView = (row: ActivityRow, now: Date): TaskView => ({
  id: row.id,
  text: row.subject ?? row.next_step_text ?? "",
  dueAt: row.due_at,
  completedAt: row.completed_at,
  overdue: row.completed_at === null && row.due_at !== null && row.due_at.getTime() < now.getTime(),
  assigneeId: row.actor_id,
  accountId: row.account_id,
  dealId: row.deal_id,
  contactId: row.contact_id,
  followsActivityId: row.follows_activity_id,
  private: row.private,
});
