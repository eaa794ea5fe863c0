import { ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { changeScopeOf } from "../funnel/changeScope";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyStoredCommand } from "./applyStoredCommand";
import { type ApprovalView, approvalView } from "./approvalView";

export const RecallApprovalInput = z.object({
  approvalId: z.string().trim().min(1, "must name an approval request"),
  reason: z.string().nullish(),
});
export type RecallApprovalInput = z.input<typeof RecallApprovalInput>;

/**
 * The requester withdraws a request still pending (the customer walked away, the
 * terms changed); only the requester may (`not_requester`).
 *
 * @example await crm.recallApproval(ADA, { approvalId, reason: "customer accepted 10%" })
 */
export const recallApproval =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: RecallApprovalInput,
    options?: WriteOptions,
  ): Promise<Result<ApprovalView, CrmError>> =>
    runWrite(ctx, actor, "recallApproval", options, async (w) => {
      const parsed = parseInput(RecallApprovalInput, input, "recall");
      if (!parsed.ok) return parsed;
      const { approvalId, reason } = parsed.value;
      const done = await applyStoredCommand(changeScopeOf(w), approvalId, {
        type: "recall",
        by: w.actor.id,
        at: w.now,
        reason: reason ?? null,
      });
      return done.ok ? ok(approvalView(w.actor, done.value.state, ctx.config)) : done;
    });
