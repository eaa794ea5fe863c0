import { type Deal, err, moveDeal as moveDealRule, ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { dealFields, saveDeal } from "./funnelRecords";
import { lockDealToChange } from "./lockedDeal";
import { shownRecord } from "./recordAccess";

export const MoveDealInput = z.object({
  dealId: z.string().trim().min(1, "must name a deal"),
  /** A pipeline stage id, e.g. "proposal". */
  stage: z.string().trim().min(1, "must name a pipeline stage"),
  /** Reopen a closed deal (a reset by an allowed role, with a reason). */
  reset: z.boolean().optional(),
  reason: z.string().optional(),
});
export type MoveDealInput = z.input<typeof MoveDealInput>;

/** The moved deal as the actor may see it, and the stages it moved between. */
export type MovedDeal = {
  readonly deal: Partial<Deal> & Pick<Deal, "id">;
  readonly from: string;
  readonly to: string;
};

/**
 * Moves a deal to another open pipeline stage (or reopens a closed one as an
 * audited reset), keeping the change in its stage history with who and when.
 * Closing goes through `closeDealWon` / `closeDealLost`.
 *
 * @example await crm.moveDeal(ADA, { dealId: "deal-1", stage: "proposal" })
 */
export const moveDeal =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: MoveDealInput,
    options?: WriteOptions,
  ): Promise<Result<MovedDeal, CrmError>> =>
    runWrite(ctx, actor, "moveDeal", options, async (w) => {
      const parsed = parseInput(MoveDealInput, input, "deal move");
      if (!parsed.ok) return parsed;
      const { dealId, stage, reset, reason } = parsed.value;
      const locked = await lockDealToChange(ctx, w.tx, w.actor, dealId);
      if (!locked.ok) return locked;
      const { deal, directory } = locked.value;
      const moved = moveDealRule(
        deal,
        stage,
        {
          by: w.actor,
          at: w.now,
          ...(reset === undefined ? {} : { reset }),
          ...(reason === undefined ? {} : { reason }),
        },
        ctx.config,
      );
      if (!moved.ok) return err(moved.error);
      const after = moved.value.deal;
      const reopened = moved.value.event.type === "deal_reopened";
      await saveDeal(w.tx, deal, after, w.now, reopened ? null : undefined);
      await w.history({ type: "deal", id: deal.id }, dealFields(deal), dealFields(after));
      await w.emit(moved.value.event);
      return ok({
        deal: shownRecord(w.actor, "deal", after, directory, ctx.config),
        from: moved.value.from.id,
        to: moved.value.to.id,
      });
    });
