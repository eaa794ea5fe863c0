import { err, ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { changeScopeOf } from "../funnel/changeScope";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyStoredCommand } from "./applyStoredCommand";
import { undecidedApprovers } from "./approvalSeats";
import { type ApprovalView, approvalView } from "./approvalView";

export const EscalateApprovalInput = z.object({
  approvalId: z.string().trim().min(1, "must name an approval request"),
});
export type EscalateApprovalInput = z.input<typeof EscalateApprovalInput>;

/**
 * Moves the silent seats of an overdue step to each approver's manager, by hand
 * (the `approval.escalate` job does the same on time). The requester, an
 * approver still to answer, or an admin may ask; core refuses before the step
 * has waited `approvals.escalateAfterHours` (`escalation_not_due`).
 *
 * @example await crm.escalateApproval(ADA, { approvalId })
 */
export const escalateApproval =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: EscalateApprovalInput,
    options?: WriteOptions,
  ): Promise<Result<ApprovalView, CrmError>> =>
    runWrite(ctx, actor, "escalateApproval", options, async (w) => {
      const parsed = parseInput(EscalateApprovalInput, input, "escalation");
      if (!parsed.ok) return parsed;
      const done = await applyStoredCommand(
        changeScopeOf(w),
        parsed.value.approvalId,
        { type: "escalate", by: w.actor.id, at: w.now },
        (state) =>
          state.requesterId === w.actor.id ||
          undecidedApprovers(state).includes(w.actor.id) ||
          w.actor.roles.includes("admin")
            ? ok(true)
            : err(
                crmError(
                  "forbidden",
                  "Only the requester, an approver still to answer, or an admin can escalate this request.",
                ),
              ),
      );
      return done.ok ? ok(approvalView(w.actor, done.value.state, ctx.config)) : done;
    });
