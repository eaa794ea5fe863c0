import type { Crm } from "@baton/crm";
import { formattersFor } from "../format/formatters";
import { messages } from "../i18n/catalog";
import { textReply } from "../reply";
import type { Notice } from "./approvalNotices";
import { readerOf } from "./readerOf";

type SlaEvent = {
  type: string;
  record?: { kind: string; id: string; name?: string };
  ownerId?: string | null;
  ownerQueue?: string | null;
  toTeam?: string;
  dueAt?: string | Date;
  escalateTo?: string | null;
};

/**
 * A hand-off nobody touched in time (`handoff_sla_escalated`): the manager it
 * was escalated to is told, and so is the owner who has not touched it yet.
 *
 * @example await slaNotices(crm, event) // [{ kind: "send", userId: "user-mia", ... }, { kind: "send", userId: "user-ada", ... }]
 */
export const slaNotices = async (crm: Crm, event: SlaEvent): Promise<Notice[]> => {
  if (event.type !== "handoff_sla_escalated" || !event.record || !event.dueAt) return [];
  const record = event.record;
  const dueAt = new Date(event.dueAt);
  const subject = `sla:${record.id}:${dueAt.toISOString()}`;
  const name = record.name ?? record.id;
  const notices: Notice[] = [];
  if (event.escalateTo) {
    const reader = await readerOf(crm, event.escalateTo);
    const t = messages(reader.locale);
    const owner = event.ownerId
      ? (await readerOf(crm, event.ownerId)).name
      : t.notices.unowned({ queue: event.ownerQueue ?? "" });
    notices.push({
      kind: "send",
      userId: event.escalateTo,
      subject,
      reply: textReply(
        reader.locale,
        t.notices.slaEscalated({
          record: name,
          team: event.toTeam ?? "",
          due: formattersFor(reader.locale, reader.timeZone).dateTime(dueAt),
          owner,
        }),
        "warning",
      ),
    });
  }
  if (event.ownerId) {
    const reader = await readerOf(crm, event.ownerId);
    notices.push({
      kind: "send",
      userId: event.ownerId,
      subject,
      reply: textReply(
        reader.locale,
        messages(reader.locale).notices.slaYours({
          record: name,
          due: formattersFor(reader.locale, reader.timeZone).dateTime(dueAt),
        }),
        "warning",
      ),
    });
  }
  return notices;
};

/** How far back a missed reminder is still sent: a day-old reminder helps; a month-old one is noise. */
const REMIND_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * Reminders of next steps now due: one notice per open task whose due time
 * passed in the last day, to the person who scheduled it (`reminder:<task id>`
 * as the subject, so a channel sends each once). `wanted` lets a caller that
 * asks every second skip the reminders it already handed on, before their
 * text is built.
 *
 * @example await dueReminders(crm, new Date(), (subject) => !sent.has(subject)) // [{ kind: "send", userId: "user-ada", subject: "reminder:task-1", ... }]
 */
export const dueReminders = async (
  crm: Crm,
  now: Date,
  wanted: (subject: string) => boolean = () => true,
): Promise<Notice[]> => {
  const dayAgo = new Date(now.getTime() - REMIND_WITHIN_MS);
  const tasks = await crm.context.store.db
    .selectFrom("activities")
    .leftJoin("accounts", "accounts.id", "activities.account_id")
    .select([
      "activities.id",
      "activities.actor_id",
      "activities.subject",
      "activities.next_step_text",
      "activities.due_at",
      "accounts.name as account",
    ])
    .where("activities.kind", "=", "task")
    .where("activities.completed_at", "is", null)
    .where("activities.due_at", "<=", now)
    .where("activities.due_at", ">", dayAgo)
    .orderBy("activities.due_at")
    .limit(500)
    .execute();
  return Promise.all(
    tasks
      .filter((task) => wanted(`reminder:${task.id}`))
      .map(async (task): Promise<Notice> => {
        const reader = await readerOf(crm, task.actor_id);
        const f = formattersFor(reader.locale, reader.timeZone);
        return {
          kind: "send",
          userId: task.actor_id,
          subject: `reminder:${task.id}`,
          reply: textReply(
            reader.locale,
            messages(reader.locale).notices.reminder({
              step: task.subject ?? task.next_step_text ?? "",
              due: task.due_at ? f.dateTime(new Date(task.due_at)) : "",
              on: task.account ?? "",
            }),
            "info",
          ),
        };
      }),
  );
};
