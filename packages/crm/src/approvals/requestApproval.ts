import { ApprovalTerms, applyApprovalCommand, err, ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { changeScopeOf } from "../funnel/changeScope";
import { lockDealToChange } from "../funnel/lockedDeal";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { scheduleApprovalJobs } from "./approvalJobs";
import { type ApprovalView, approvalView } from "./approvalView";
import { saveApproval } from "./storedApproval";

/** The terms to approve, as core's policy reads them; the contract value and payment terms may be left to the deal and the company default. */
const RequestedTerms = ApprovalTerms.partial({
  contractValue: true,
  paymentTermsDays: true,
}).extend({
  discountPercent: ApprovalTerms.shape.discountPercent.default(0),
});

export const RequestApprovalInput = z.object({
  dealId: z.string().trim().min(1, "must name a deal"),
  terms: RequestedTerms,
});
export type RequestApprovalInput = z.input<typeof RequestApprovalInput>;

/**
 * Asks for approval of a deal's terms (a discount, a large value, non-standard or
 * long payment terms). Core's policy picks the steps and approvers from the
 * configuration; terms no rule covers are approved at once. A pending request
 * gets its escalation (after `approvals.escalateAfterHours`) and expiry scheduled
 * as jobs. The requester must be allowed to change the deal.
 *
 * @example await crm.requestApproval(ADA, { dealId: "deal-1", terms: { discountPercent: 20 } })
 */
export const requestApproval =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: RequestApprovalInput,
    options?: WriteOptions,
  ): Promise<Result<ApprovalView, CrmError>> =>
    runWrite(ctx, actor, "requestApproval", options, async (w) => {
      const parsed = parseInput(RequestApprovalInput, input, "approval request");
      if (!parsed.ok) return parsed;
      const { dealId, terms } = parsed.value;
      const locked = await lockDealToChange(ctx, w.tx, w.actor, dealId);
      if (!locked.ok) return locked;
      const { deal, directory } = locked.value;
      const requested = applyApprovalCommand(
        null,
        {
          type: "request",
          requestId: ctx.newId(),
          by: w.actor.id,
          at: w.now,
          deal: { id: deal.id, name: deal.name },
          terms: {
            ...terms,
            contractValue: terms.contractValue ?? deal.amount,
            paymentTermsDays: terms.paymentTermsDays ?? ctx.config.receivables.defaultNetDays,
          },
        },
        directory,
        ctx.config,
      );
      if (!requested.ok) return err(requested.error);
      const { state, events } = requested.value;
      const scope = changeScopeOf(w);
      await saveApproval(scope, null, state, events);
      await scheduleApprovalJobs(scope, state, true);
      return ok(approvalView(w.actor, state, ctx.config));
    });
