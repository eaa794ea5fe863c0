import { err, ok, type Result } from "@baton/core";
import { dealFromRow } from "@baton/store";
import { loadDirectory } from "../funnel/companyDirectory";
import { checkAccess } from "../funnel/recordAccess";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { takesPart } from "./approvalSeats";
import { type ApprovalView, approvalView } from "./approvalView";
import { approvalStateOf } from "./storedApproval";

/**
 * One approval request, for someone who takes part in it (requester, approver,
 * delegate) or may read its deal; `forbidden` for anyone else.
 *
 * @example await crm.approval(ADA, approvalId) // ok({ status: "pending", waitingFor: ["user-mia"], … })
 */
export const approval =
  (ctx: CrmContext) =>
  (actor: Actor, approvalId: string): Promise<Result<ApprovalView, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      if (typeof approvalId !== "string" || approvalId.trim().length === 0)
        return err(crmError("invalid_input", "Name the approval request to show."));
      const row = await r.db
        .selectFrom("approval_requests")
        .select(["state", "deal_id"])
        .where("id", "=", approvalId.trim())
        .executeTakeFirst();
      if (!row) return err(crmError("not_found", `No approval request '${approvalId}'.`));
      const state = approvalStateOf(row.state);
      if (!takesPart(state, r.actor.id)) {
        const deal = await r.db
          .selectFrom("deals")
          .selectAll()
          .where("id", "=", row.deal_id)
          .executeTakeFirst();
        const readable = deal
          ? checkAccess(
              "read",
              r.actor,
              { kind: "deal", record: dealFromRow(deal) },
              await loadDirectory(r.db),
              ctx.config,
            )
          : err(crmError("forbidden", "Only the people taking part can see this request."));
        if (!readable.ok) return readable;
      }
      return ok(approvalView(r.actor, state, ctx.config));
    });
