import {
  approvalNotices,
  dueReminders,
  type Notice,
  readerOf,
  replyText,
  slaNotices,
} from "@baton/chat";
import { approvalJobHandlers, type Crm, funnelJobHandlers } from "@baton/crm";
import {
  chatMessagesAbout,
  claimChatMessage,
  enqueueJob,
  type JobWorker,
  jobWorker,
  relayOutbox,
  releaseChatMessage,
  saveChatMessage,
  userPrefs,
} from "@baton/store";
import type { WebClient } from "@slack/web-api";
import { fallbackText, renderBlocks } from "../blockKit/renderBlocks";

/** The job that delivers what one outbox event tells people in Slack. */
export const SLACK_NOTIFY_JOB = "slack.notify";
const CONSUMER = "slack";
const APPROVAL_EVENTS = new Set([
  "approval_requested",
  "approval_decided",
  "approval_step_advanced",
  "approval_escalated",
  "approval_recalled",
  "approval_expired",
  "handoff_sla_escalated",
]);

export type SlackNotifier = {
  /** Moves new outbox events into delivery jobs and runs the jobs that are due; returns jobs run. */
  pump(): Promise<number>;
  /** Pumps every `intervalMs` until `stop()`. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
};

/**
 * Delivers notices as Slack DMs: approval cards to approvers (with approve and
 * reject buttons), outcomes to requesters, and, once a request is settled, an
 * update of every card about it so nobody acts on a stale one; overdue
 * hand-offs to the manager and the owner; next steps as they fall due. Events reach
 * it through the outbox and a durable job each, so a Slack outage delays a
 * notice but does not lose it, and a retried job does not post twice.
 *
 * @example const notifier = slackNotifier(crm, async () => client); notifier.start()
 */
export const slackNotifier = (
  crm: Crm,
  clientFor: (teamId: string) => Promise<WebClient | null>,
): SlackNotifier => {
  const db = crm.context.store.db;

  const slackIdOf = async (userId: string) =>
    db
      .selectFrom("chat_identities")
      .select(["external_user_id", "tenant_id"])
      .where("platform", "=", "slack")
      .where("user_id", "=", userId)
      .executeTakeFirst();

  /** Posts the notice once; false when its reader cannot get it in Slack (yet). */
  const send = async (notice: Extract<Notice, { kind: "send" }>): Promise<boolean> => {
    const prefs = await userPrefs(db, notice.userId);
    if (prefs.channel !== null && prefs.channel !== "slack") return false;
    const slack = await slackIdOf(notice.userId);
    if (!slack) return false;
    const client = await clientFor(slack.tenant_id);
    if (!client) return false;
    const claim = { platform: "slack", subject: notice.subject, userId: notice.userId };
    // Whoever claims the message posts it: a retried job or another replica does not post twice.
    if (!(await claimChatMessage(db, { ...claim, now: crm.context.clock() }))) return true;
    try {
      const posted = await client.chat.postMessage({
        channel: slack.external_user_id,
        text: fallbackText(notice.reply, replyText),
        blocks: renderBlocks(notice.reply),
      });
      await saveChatMessage(db, {
        ...claim,
        channel: posted.channel ?? slack.external_user_id,
        messageId: posted.ts ?? "-",
        now: crm.context.clock(),
      });
      return true;
    } catch (error) {
      await releaseChatMessage(db, claim);
      throw error;
    }
  };

  const update = async (notice: Extract<Notice, { kind: "update" }>) => {
    for (const message of await chatMessagesAbout(db, "slack", notice.subject)) {
      const slack = await slackIdOf(message.userId);
      const client = slack ? await clientFor(slack.tenant_id) : null;
      if (!client) continue;
      const reply = notice.reply((await readerOf(crm, message.userId)).locale);
      await client.chat.update({
        channel: message.channel,
        ts: message.messageId,
        text: fallbackText(reply, replyText),
        blocks: renderBlocks(reply),
      });
    }
  };

  const worker: JobWorker = jobWorker(
    crm.context.store,
    {
      ...approvalJobHandlers(crm.context),
      ...funnelJobHandlers(crm.context),
      [SLACK_NOTIFY_JOB]: async (job) => {
        const event = job.payload as Parameters<typeof approvalNotices>[1];
        const notices =
          event.type === "handoff_sla_escalated"
            ? await slaNotices(crm, event)
            : await approvalNotices(crm, event);
        for (const notice of notices)
          await (notice.kind === "send" ? send(notice) : update(notice));
      },
    },
    { clock: crm.context.clock },
  );

  const relay = () =>
    relayOutbox(db, CONSUMER, async (rows, tx) => {
      for (const row of rows)
        if (APPROVAL_EVENTS.has(row.type))
          await enqueueJob(tx, {
            name: SLACK_NOTIFY_JOB,
            payload: row.payload,
            runAt: crm.context.clock(),
          });
    });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  // Reminders this process already handed on are not built and claimed again every second for
  // the day they stay due; after a restart the claims in the database keep them from repeating.
  const handed = new Map<string, number>();
  const DAY_MS = 86_400_000;
  const pump = async () => {
    await relay();
    const now = crm.context.clock();
    const ran = await worker.runDue(now);
    for (const [subject, at] of handed) if (at < now.getTime() - DAY_MS) handed.delete(subject);
    for (const reminder of await dueReminders(crm, now, (subject) => !handed.has(subject))) {
      if (reminder.kind !== "send") continue;
      if (await send(reminder)) handed.set(reminder.subject, now.getTime());
    }
    return ran;
  };
  return {
    pump,
    start: (intervalMs = 1_000) => {
      timer = setInterval(() => {
        running ??= pump()
          .catch(() => 0)
          .finally(() => {
            running = undefined;
          });
      }, intervalMs);
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      await running;
    },
  };
};
