import { ok, type Result } from "@baton/core";
import { sql } from "kysely";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { canAnswerNow } from "./approvalSeats";
import { type ApprovalView, approvalView } from "./approvalView";
import { approvalStateOf } from "./storedApproval";

/** What waits for the actor, and what they wait for. */
export type ApprovalsFor = {
  /** Pending requests whose current step the actor can answer now (as approver or delegate). */
  readonly toDecide: readonly ApprovalView[];
  /** The actor's own requests still pending. */
  readonly waiting: readonly ApprovalView[];
};

/**
 * The actor's approval inbox: requests to decide now (their own seats and those
 * delegated to them for the current moment) and their own requests still
 * waiting, oldest change first.
 *
 * @example (await crm.approvalsFor(MIA)).value.toDecide.map((a) => a.deal.name)
 */
export const approvalsFor =
  (ctx: CrmContext) =>
  (actor: Actor): Promise<Result<ApprovalsFor, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const me = r.actor.id;
      const rows = await r.db
        .selectFrom("approval_requests")
        .select("state")
        .where("status", "=", "pending")
        .where((eb) =>
          eb.or([
            eb("requester_id", "=", me),
            sql<boolean>`approver_ids @> array[${me}]::text[]`,
            sql<boolean>`state -> 'delegations' @> ${JSON.stringify([{ to: me }])}::jsonb`,
          ]),
        )
        .orderBy("updated_at")
        .orderBy("id")
        .execute();
      const states = rows.map((row) => approvalStateOf(row.state));
      return ok({
        toDecide: states
          .filter((s) => canAnswerNow(s, me, r.now))
          .map((s) => approvalView(r.actor, s, ctx.config)),
        waiting: states
          .filter((s) => s.requesterId === me)
          .map((s) => approvalView(r.actor, s, ctx.config)),
      });
    });
