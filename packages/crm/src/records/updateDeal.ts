import { type Deal, Deal as DealSchema, Id, Money, ok } from "@baton/core";
import { z } from "zod";
import type { CrmContext } from "../kernel/crmContext";
import { openDealStage } from "./openDealStage";
import { ExpectedVersion, InstantInput } from "./recordInput";
import { dealStore } from "./recordStores";
import { updateRecord } from "./updateRecord";

export const UpdateDealInput = z
  .object({
    id: Id,
    expectedVersion: ExpectedVersion.optional(),
    name: DealSchema.shape.name.optional(),
    amount: Money.optional(),
    closeDate: InstantInput.optional(),
  })
  .strict();
export type UpdateDealInput = z.input<typeof UpdateDealInput>;

/**
 * Changes an open deal's name, amount or expected close date. Stage moves and
 * closing are the funnel's (`moveDeal`, `closeDealWon`, `closeDealLost`); a
 * closed deal is not edited (core's `deal_closed`).
 *
 * @example await crm.updateDeal(ADA, { id, expectedVersion: 1, amount: { amountMinor: 6_000_000, currency: "EUR" } })
 */
export const updateDeal = (ctx: CrmContext) =>
  updateRecord<Deal, typeof UpdateDealInput>(ctx, {
    store: dealStore,
    operation: "updateDeal",
    input: UpdateDealInput,
    nullable: [],
    check: async (_w, _directory, before) => {
      const open = openDealStage(before, ctx.config, "reopen it before changing it");
      return open.ok ? ok(true) : open;
    },
  });
