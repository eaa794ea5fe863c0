import { ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { changeScopeOf } from "../funnel/changeScope";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyStoredCommand } from "./applyStoredCommand";
import { type ApprovalView, approvalView } from "./approvalView";

export const DecideApprovalInput = z.object({
  approvalId: z.string().trim().min(1, "must name an approval request"),
  decision: z.enum(["approve", "reject"], { error: "must be approve or reject" }),
  /** Why; required to reject, so the requester knows what to change. */
  comment: z.string().nullish(),
});
export type DecideApprovalInput = z.input<typeof DecideApprovalInput>;

/**
 * An approver (or their delegate) approves or rejects the current step. Exactly
 * one decision is recorded per seat however many arrive at once: the request's
 * row is locked, and everyone after the deciding call gets core's typed refusal
 * (`not_pending` once the request is settled, `already_decided` for a second
 * answer). No one approves their own request (`self_approval`).
 *
 * @example await crm.decideApproval(MIA, { approvalId, decision: "approve", comment: "fine for a 3-year term" })
 */
export const decideApproval =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: DecideApprovalInput,
    options?: WriteOptions,
  ): Promise<Result<ApprovalView, CrmError>> =>
    runWrite(ctx, actor, "decideApproval", options, async (w) => {
      const parsed = parseInput(DecideApprovalInput, input, "decision");
      if (!parsed.ok) return parsed;
      const { approvalId, decision, comment } = parsed.value;
      const done = await applyStoredCommand(changeScopeOf(w), approvalId, {
        type: "decide",
        by: w.actor.id,
        at: w.now,
        decision,
        comment: comment ?? null,
      });
      return done.ok ? ok(approvalView(w.actor, done.value.state, ctx.config)) : done;
    });
