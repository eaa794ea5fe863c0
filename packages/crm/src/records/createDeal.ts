import { Deal, err, Id, Money, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import { loadDirectory } from "../funnel/companyDirectory";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { openDealStage } from "./openDealStage";
import { placeOwner } from "./ownerPlacement";
import { readableAccount } from "./parentAccount";
import { accessRules } from "./readFilter";
import { InstantInput } from "./recordInput";
import { dealStore } from "./recordStores";
import type { CreatedRecord } from "./savedRecord";
import { saveNewRecord } from "./saveNewRecord";

export const CreateDealInput = z
  .object({
    name: Deal.shape.name,
    accountId: Id,
    amount: Money,
    closeDate: InstantInput,
    /** An open pipeline stage; the first open stage when left out. */
    stage: z.string().min(1, "must name a pipeline stage").optional(),
  })
  .strict();
export type CreateDealInput = z.input<typeof CreateDealInput>;

/**
 * Creates an open deal on an account the actor can see, and writes its first
 * stage-history row. The owner is the actor when their role may own deals,
 * else a sales person routing picks; a deal cannot wait in a queue, so when
 * nobody can take it the deal is refused. Closing goes through the funnel.
 *
 * @example await crm.createDeal(ADA, { name: "Acme renewal", accountId, amount: { amountMinor: 5_000_000, currency: "EUR" }, closeDate: "2026-06-30T00:00:00Z" })
 */
export const createDeal =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: CreateDealInput,
    options?: WriteOptions,
  ): Promise<Result<CreatedRecord<Deal>, CrmError>> =>
    runWrite(ctx, actor, "createDeal", options, async (w) => {
      const parsed = parseInput(CreateDealInput, input, "deal");
      if (!parsed.ok) return parsed;
      const { stage: givenStage, ...fields } = parsed.value;
      const stage = openDealStage(
        { name: fields.name, stage: givenStage },
        ctx.config,
        "create it at an open stage, then close it with closeDealWon or closeDealLost",
      );
      if (!stage.ok) return stage;
      const access = accessRules(ctx.config);
      if (!access.ok) return access;
      const directory = await loadDirectory(w.tx);
      const account = await readableAccount(w, directory, fields.accountId, "accountId");
      if (!account.ok) return account;
      const placement = await placeOwner(w, {
        kind: "deal",
        record: account.value,
        stage: null,
        directory,
        access: access.value,
      });
      if (!placement.ok) return placement;
      const { owner } = placement.value;
      if (owner.type !== "user")
        return err(
          crmError(
            "forbidden",
            "Your role does not own deals and no sales person is available to take this one; ask a sales rep or their manager to create it.",
            { explanation: placement.value.explanation },
          ),
        );
      const deal = parseInput(
        Deal,
        {
          ...fields,
          id: ctx.newId(),
          ownerId: owner.userId,
          stage: stage.value.id,
          createdAt: w.now,
          closedAt: null,
          contactIds: [],
          stageHistory: [{ stage: stage.value.id, at: w.now, by: w.actor.id }],
        },
        "deal",
      );
      if (!deal.ok) return err(deal.error);
      return saveNewRecord(w, dealStore, deal.value, placement.value, directory);
    });
