import type { HandOffPlan, HandOffRecord, LifecycleRecordKind } from "@baton/core";
import { z } from "zod";
import type { ChangeScope } from "./changeScope";
import { scheduleJob } from "./scheduleJob";

export const HAND_OFF_SLA_JOB = "handoff.sla_check";

/** What the hand-off SLA check needs: whose first touch on which record was due when. */
export const HandOffSlaPayload = z.object({
  record: z.object({
    kind: z.enum(["account", "contact", "lead"]),
    id: z.string().min(1),
    name: z.string().optional(),
  }),
  ownerId: z.string().nullable(),
  ownerQueue: z.string().nullable(),
  toTeam: z.string(),
  teamId: z.string().nullable(),
  startedAt: z.coerce.date(),
  dueAt: z.coerce.date(),
  timeZone: z.string(),
});
export type HandOffSlaPayload = z.infer<typeof HandOffSlaPayload>;

/**
 * Schedules the first-touch check of a hand-off at the deadline core computed, in
 * the same transaction as the hand-off; a receiving team without an SLA gets none.
 */
export const scheduleHandOffSla = async <R extends HandOffRecord>(
  scope: ChangeScope,
  kind: LifecycleRecordKind,
  plan: HandOffPlan<R>,
): Promise<void> => {
  if (plan.slaDueAt === null) return;
  const payload: HandOffSlaPayload = {
    record: { kind, id: plan.record.id, ...(plan.record.name ? { name: plan.record.name } : {}) },
    ownerId: plan.owner.type === "user" ? plan.owner.userId : null,
    ownerQueue: plan.owner.type === "queue" ? plan.owner.queue : null,
    toTeam: plan.toTeam,
    teamId: plan.teamId,
    startedAt: scope.now,
    dueAt: plan.slaDueAt,
    timeZone: plan.slaTimeZone,
  };
  await scheduleJob(scope.tx, {
    name: HAND_OFF_SLA_JOB,
    payload,
    runAt: plan.slaDueAt,
    singletonKey: `${HAND_OFF_SLA_JOB}:${kind}:${plan.record.id}:${scope.now.toISOString()}`,
  });
};
