import { escalationTarget, type SlaState, slaStatus } from "@baton/core";
import { sql } from "kysely";
import type { CrmContext } from "../kernel/crmContext";
import { storeResult } from "../kernel/storedResult";
import { type CompanyDirectory, loadDirectory } from "./companyDirectory";
import {
  HAND_OFF_SLA_JOB,
  type HandOffSlaPayload,
  HandOffSlaPayload as PayloadSchema,
} from "./handOffSla";
import { type JobChangeScope, runJobChange } from "./runJobChange";

/**
 * A hand-off's first touch did not happen in time: the record, who had it, and
 * the manager it now goes to (`escalateTo` null when nobody could be found, with
 * the reason). Written to the outbox for notifications and digests.
 */
export type HandOffSlaEscalatedEvent = {
  readonly type: "handoff_sla_escalated";
  readonly at: Date;
  readonly record: HandOffSlaPayload["record"];
  readonly ownerId: string | null;
  readonly ownerQueue: string | null;
  readonly toTeam: string;
  readonly startedAt: Date;
  readonly dueAt: Date;
  readonly escalateTo: string | null;
  readonly reason: string;
};

/** What the check found: escalated, or why not. */
export type HandOffSlaOutcome =
  | { readonly outcome: "escalated"; readonly escalateTo: string | null; readonly reason: string }
  | { readonly outcome: "invalid_payload" | "record_gone" | "handed_on" | "already_escalated" }
  | { readonly outcome: Exclude<SlaState, "breached"> };

const LINK_COLUMN = { account: "account_id", contact: "contact_id", lead: "lead_id" } as const;
const TABLE = { account: "accounts", contact: "contacts", lead: "leads" } as const;

/** Who a breached hand-off goes to: the owner's manager by core's rule, or, for a queue, the receiving team's manager. */
const whoToEscalateTo = (
  sla: HandOffSlaPayload,
  { users, teams }: CompanyDirectory,
): { escalateTo: string | null; reason: string } => {
  if (sla.ownerId !== null) {
    const owner = users.find((u) => u.id === sla.ownerId);
    if (!owner) return { escalateTo: null, reason: `the owner ${sla.ownerId} is no longer a user` };
    const target = escalationTarget({ owner, users, teams });
    return target.ok
      ? { escalateTo: target.value.userId, reason: target.value.reason }
      : { escalateTo: null, reason: target.error.message };
  }
  const receiving = [
    ...teams.filter((t) => t.id === sla.teamId),
    ...teams.filter((t) => t.function === sla.toTeam),
  ];
  for (const team of receiving) {
    const manager = users.find((u) => u.id === team.managerId && u.active);
    if (manager)
      return {
        escalateTo: manager.id,
        reason: `manager of team ${team.name}, whose queue ${sla.ownerQueue} holds it`,
      };
  }
  return {
    escalateTo: null,
    reason: `no active manager of a ${sla.toTeam} team to take queue ${sla.ownerQueue}`,
  };
};

const checkIn = async (j: JobChangeScope, sla: HandOffSlaPayload): Promise<HandOffSlaOutcome> => {
  const { kind, id } = sla.record;
  const current = await j.tx
    .selectFrom(TABLE[kind])
    .select(["owner_id", "owner_queue"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!current) return { outcome: "record_gone" };
  // A later hand-off or re-assignment started its own SLA; this one no longer applies.
  if (
    current.owner_id !== sla.ownerId ||
    (sla.ownerId === null && current.owner_queue !== sla.ownerQueue)
  )
    return { outcome: "handed_on" };

  let touches = j.tx
    .selectFrom("activities")
    .select("occurred_at")
    .where(LINK_COLUMN[kind], "=", id)
    .where("occurred_at", ">=", sla.startedAt)
    .where("kind", "<>", "task");
  if (sla.ownerId !== null) touches = touches.where("actor_id", "=", sla.ownerId);
  const first = await touches.orderBy("occurred_at").limit(1).executeTakeFirst();
  const status = slaStatus({
    startedAt: sla.startedAt,
    dueAt: sla.dueAt,
    firstTouchAt: first?.occurred_at ?? null,
    now: j.now,
    calendar: j.ctx.config.funnel.businessHours,
    timeZone: sla.timeZone,
  });
  if (!status.ok) throw new Error(`${HAND_OFF_SLA_JOB}: ${status.error.message}`);
  if (status.value.status !== "breached") return { outcome: status.value.status };

  const event = { type: "handoff_sla_escalated", record: { id }, dueAt: sla.dueAt } as const;
  const already = await j.tx
    .selectFrom("outbox")
    .select("id")
    .where("event_type", "=", event.type)
    .where(sql<boolean>`payload @> ${storeResult(event)}::jsonb`)
    .executeTakeFirst();
  if (already) return { outcome: "already_escalated" };

  const { escalateTo, reason } = whoToEscalateTo(sla, await loadDirectory(j.tx));
  const escalated: HandOffSlaEscalatedEvent = {
    type: "handoff_sla_escalated",
    at: j.now,
    record: sla.record,
    ownerId: sla.ownerId,
    ownerQueue: sla.ownerQueue,
    toTeam: sla.toTeam,
    startedAt: sla.startedAt,
    dueAt: sla.dueAt,
    escalateTo,
    reason,
  };
  await j.emitJobEvent(escalated);
  return { outcome: "escalated", escalateTo, reason };
};

/**
 * The `handoff.sla_check` job: when a hand-off's first-touch deadline passes and
 * the record was not worked (no activity by its new owner since the hand-off, or
 * by anyone for a queued record), escalates to the manager core's
 * `escalationTarget` names with a `handoff_sla_escalated` event. A record handed
 * on since, or touched in time, is left alone.
 *
 * @example await checkHandOffSla(ctx, job.payload) // { outcome: "escalated", escalateTo: "user-mia", … }
 */
export const checkHandOffSla = async (
  ctx: CrmContext,
  payload: unknown,
): Promise<HandOffSlaOutcome> => {
  const sla = PayloadSchema.safeParse(payload);
  if (!sla.success) return { outcome: "invalid_payload" };
  return runJobChange(ctx, HAND_OFF_SLA_JOB, (j) => checkIn(j, sla.data));
};
