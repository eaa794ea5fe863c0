import type { ApprovalState } from "@baton/core";
import { z } from "zod";
import type { ChangeScope } from "../funnel/changeScope";
import { scheduleJob } from "../funnel/scheduleJob";

export const APPROVAL_ESCALATE_JOB = "approval.escalate";
export const APPROVAL_EXPIRE_JOB = "approval.expire";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Which step of which request to escalate if it is still waiting. */
export const ApprovalEscalatePayload = z.object({
  requestId: z.string().min(1),
  stepIndex: z.number().int().min(0),
});
export type ApprovalEscalatePayload = z.infer<typeof ApprovalEscalatePayload>;

/** Which request to expire if it is still pending. */
export const ApprovalExpirePayload = z.object({ requestId: z.string().min(1) });

/** When the current step of a pending request may escalate, by `config.approvals.escalateAfterHours`. */
export const escalationDueAt = (state: ApprovalState, escalateAfterHours: number): Date | null => {
  const step = state.currentStep === null ? undefined : state.steps[state.currentStep];
  if (state.status !== "pending" || !step) return null;
  const since = step.lastEscalatedAt ?? step.startedAt ?? state.requestedAt;
  return new Date(since.getTime() + escalateAfterHours * HOUR_MS);
};

/**
 * Schedules what a pending request needs next, in the caller's transaction: the
 * escalation of its current step when the SLA runs out, and (once, for a new
 * request) its expiry. Singleton keys keep one job per step and escalation round.
 */
export const scheduleApprovalJobs = async (
  scope: ChangeScope,
  state: ApprovalState,
  isNew: boolean,
): Promise<void> => {
  const { approvals } = scope.ctx.config;
  const dueAt = escalationDueAt(state, approvals.escalateAfterHours);
  if (dueAt === null || state.currentStep === null) return;
  const payload: ApprovalEscalatePayload = { requestId: state.id, stepIndex: state.currentStep };
  await scheduleJob(scope.tx, {
    name: APPROVAL_ESCALATE_JOB,
    payload,
    runAt: dueAt,
    singletonKey: `${APPROVAL_ESCALATE_JOB}:${state.id}:${state.currentStep}:${dueAt.toISOString()}`,
  });
  if (isNew) {
    await scheduleJob(scope.tx, {
      name: APPROVAL_EXPIRE_JOB,
      payload: { requestId: state.id },
      runAt: new Date(state.requestedAt.getTime() + approvals.expireAfterDays * DAY_MS),
      singletonKey: `${APPROVAL_EXPIRE_JOB}:${state.id}`,
    });
  }
};
