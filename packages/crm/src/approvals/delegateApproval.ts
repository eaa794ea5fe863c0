import { ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { changeScopeOf } from "../funnel/changeScope";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyStoredCommand } from "./applyStoredCommand";
import { type ApprovalView, approvalView } from "./approvalView";

export const DelegateApprovalInput = z.object({
  approvalId: z.string().trim().min(1, "must name an approval request"),
  /** Who may decide in the approver's place. */
  to: z.string().trim().min(1, "must name who decides in your place"),
  /** The window `[start, end)`; start defaults to now. */
  start: z.coerce.date().optional(),
  end: z.coerce.date(),
});
export type DelegateApprovalInput = z.input<typeof DelegateApprovalInput>;

/**
 * An approver lets someone decide in their place during `[start, end)` (a
 * holiday, say). Core refuses a delegation to the requester, to oneself or an
 * inactive user, and one by someone with nothing left to answer.
 *
 * @example await crm.delegateApproval(MIA, { approvalId, to: "user-bob", end: nextFriday })
 */
export const delegateApproval =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: DelegateApprovalInput,
    options?: WriteOptions,
  ): Promise<Result<ApprovalView, CrmError>> =>
    runWrite(ctx, actor, "delegateApproval", options, async (w) => {
      const parsed = parseInput(DelegateApprovalInput, input, "delegation");
      if (!parsed.ok) return parsed;
      const { approvalId, to, start, end } = parsed.value;
      const done = await applyStoredCommand(changeScopeOf(w), approvalId, {
        type: "delegate",
        by: w.actor.id,
        at: w.now,
        to,
        start: start ?? w.now,
        end,
      });
      return done.ok ? ok(approvalView(w.actor, done.value.state, ctx.config)) : done;
    });
