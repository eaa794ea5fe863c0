import {
  closeDealLost as closeDealLostRule,
  type Deal,
  err,
  ok,
  parseInput,
  type Result,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { dealFields, saveDeal } from "./funnelRecords";
import { lockDealToChange } from "./lockedDeal";
import { shownRecord } from "./recordAccess";

export const CloseDealLostInput = z.object({
  dealId: z.string().trim().min(1, "must name a deal"),
  /** Why the customer did not buy (a reason code or words), kept for loss analysis. */
  reason: z.string({ error: "must say why the deal was lost" }),
  /** Which lost stage, when the pipeline has several; default its first. */
  lostStage: z.string().optional(),
});
export type CloseDealLostInput = z.input<typeof CloseDealLostInput>;

/** The lost deal as the actor may see it, with the reason stored on it. */
export type ClosedLost = {
  readonly deal: Partial<Deal> & Pick<Deal, "id">;
  readonly reason: string;
};

/**
 * Closes an open deal as lost with its reason: the stage and close time are
 * kept in the stage history, the reason in `lost_reason`, so win rates count it
 * and losses can be analysed.
 *
 * @example await crm.closeDealLost(ADA, { dealId: "deal-1", reason: "competitor" })
 */
export const closeDealLost =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CloseDealLostInput,
    options?: WriteOptions,
  ): Promise<Result<ClosedLost, CrmError>> =>
    runWrite(ctx, actor, "closeDealLost", options, async (w) => {
      const parsed = parseInput(CloseDealLostInput, input, "lost deal");
      if (!parsed.ok) return parsed;
      const { dealId, reason, lostStage } = parsed.value;
      const locked = await lockDealToChange(ctx, w.tx, w.actor, dealId);
      if (!locked.ok) return locked;
      const { deal, directory } = locked.value;
      const closed = closeDealLostRule(
        { deal, by: w.actor, at: w.now, reason, ...(lostStage === undefined ? {} : { lostStage }) },
        ctx.config,
      );
      if (!closed.ok) return err(closed.error);
      const after = closed.value.deal;
      const storedReason = closed.value.event.reason;
      await saveDeal(w.tx, deal, after, w.now, storedReason);
      await w.history(
        { type: "deal", id: deal.id },
        { ...dealFields(deal), lostReason: null },
        { ...dealFields(after), lostReason: storedReason },
      );
      await w.emit(closed.value.event);
      return ok({
        deal: shownRecord(w.actor, "deal", after, directory, ctx.config),
        reason: storedReason,
      });
    });
