import type { ApprovalState } from "@baton/core";
import { runJobChange } from "../funnel/runJobChange";
import { type JobHandler, scheduleJob } from "../funnel/scheduleJob";
import type { CrmContext } from "../kernel/crmContext";
import { applyStoredCommand } from "./applyStoredCommand";
import {
  APPROVAL_ESCALATE_JOB,
  APPROVAL_EXPIRE_JOB,
  ApprovalEscalatePayload,
  ApprovalExpirePayload,
} from "./approvalJobs";
import { lockApproval } from "./storedApproval";

/** What a job did to a request: changed it, or why it left it alone. */
export type ApprovalJobOutcome =
  | { readonly outcome: "escalated" | "expired"; readonly state: ApprovalState }
  | { readonly outcome: "invalid_payload" | "not_found" | "settled" | "moved_on" }
  | { readonly outcome: "refused"; readonly code: string; readonly message: string };

/**
 * The `approval.escalate` job: if the step it was scheduled for still waits, moves
 * its unanswered seats to each approver's manager (core's `escalate`), and the
 * next round is scheduled from there. A request decided, recalled or moved to a
 * later step meanwhile is left alone; one that is not due yet is checked again
 * when it is.
 *
 * @example await escalateApprovalJob(ctx, { requestId: "apr-1", stepIndex: 0 })
 */
export const escalateApprovalJob = async (
  ctx: CrmContext,
  payload: unknown,
): Promise<ApprovalJobOutcome> => {
  const job = ApprovalEscalatePayload.safeParse(payload);
  if (!job.success) return { outcome: "invalid_payload" };
  const { requestId, stepIndex } = job.data;
  return runJobChange(ctx, APPROVAL_ESCALATE_JOB, async (j): Promise<ApprovalJobOutcome> => {
    const stored = await lockApproval(j.tx, requestId);
    if (!stored) return { outcome: "not_found" };
    if (stored.state.status !== "pending") return { outcome: "settled" };
    if (stored.state.currentStep !== stepIndex) return { outcome: "moved_on" };
    const done = await applyStoredCommand(j, requestId, { type: "escalate", by: j.by, at: j.now });
    if (done.ok) return { outcome: "escalated", state: done.value.state };
    const dueAt = done.error.details?.dueAt;
    if (done.error.code === "escalation_not_due" && typeof dueAt === "string") {
      await scheduleJob(j.tx, {
        name: APPROVAL_ESCALATE_JOB,
        payload: job.data,
        runAt: new Date(dueAt),
        singletonKey: `${APPROVAL_ESCALATE_JOB}:${requestId}:${stepIndex}:${dueAt}`,
      });
    }
    return { outcome: "refused", code: done.error.code, message: done.error.message };
  });
};

/**
 * The `approval.expire` job: ends a request still pending `approvals.expireAfterDays`
 * after it was made (core's `expire`); a settled request is left alone.
 */
export const expireApprovalJob = async (
  ctx: CrmContext,
  payload: unknown,
): Promise<ApprovalJobOutcome> => {
  const job = ApprovalExpirePayload.safeParse(payload);
  if (!job.success) return { outcome: "invalid_payload" };
  return runJobChange(ctx, APPROVAL_EXPIRE_JOB, async (j): Promise<ApprovalJobOutcome> => {
    const done = await applyStoredCommand(j, job.data.requestId, {
      type: "expire",
      by: j.by,
      at: j.now,
    });
    if (done.ok) return { outcome: "expired", state: done.value.state };
    if (done.error.code === "not_found") return { outcome: "not_found" };
    if (done.error.code === "not_pending") return { outcome: "settled" };
    return { outcome: "refused", code: done.error.code, message: done.error.message };
  });
};

/**
 * The approvals' job handlers by job name, for the app's worker:
 * `jobWorker(store, { ...funnelJobHandlers(ctx), ...approvalJobHandlers(ctx) })`.
 */
export const approvalJobHandlers = (ctx: CrmContext): Record<string, JobHandler> => ({
  [APPROVAL_ESCALATE_JOB]: async (job) => {
    await escalateApprovalJob(ctx, job.payload);
  },
  [APPROVAL_EXPIRE_JOB]: async (job) => {
    await expireApprovalJob(ctx, job.payload);
  },
});
