import { type Deal, err, ok, parseInput, type Result, readConfig, redactRecord } from "@baton/core";
import { dealFromRow } from "@baton/store";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { resolveRecord } from "./resolveRecord";
import type { Shown } from "./savedRecord";
import { searchScope } from "./searchScope";

export const DealSummaryInput = z
  .object({
    /** The deal, by name or id. */
    deal: z
      .string({ error: "must be the deal's name or id" })
      .trim()
      .min(1, "must not be empty")
      .max(300, "must be at most 300 characters"),
  })
  .strict();
export type DealSummaryInput = z.input<typeof DealSummaryInput>;

/** One deal as the actor may see it, with the names a person reads instead of ids. */
export type DealSummary = {
  readonly deal: Shown<Deal>;
  readonly matchedBy: string;
  readonly accountName: string | null;
  readonly ownerName: string | null;
  /** The stage's label and win probability from the company's pipeline. */
  readonly stage: {
    readonly id: string;
    readonly label: string;
    readonly probability: number;
    readonly outcome: "open" | "won" | "lost";
  } | null;
  /** Other open stages it may move to, in pipeline order. */
  readonly openStages: readonly { readonly id: string; readonly label: string }[];
};

/**
 * A deal found by name (resolved like `find`; two good matches are an `ambiguous`
 * result, never a guess), with its account, owner and stage as a person reads them.
 *
 * @example await crm.dealSummary(ADA, { deal: "Acme renewal" })
 */
export const dealSummary =
  (ctx: CrmContext) =>
  (actor: Actor, input: DealSummaryInput): Promise<Result<DealSummary, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(DealSummaryInput, input, "deal summary request");
      if (!parsed.ok) return parsed;
      const checked = readConfig(ctx.config);
      if (!checked.ok) return checked;
      const scope = await searchScope(r.db, r.actor, ctx.config);
      if (!scope.ok) return scope;
      const found = await resolveRecord(scope.value, "deal", "deal", parsed.value.deal);
      if (!found.ok) return found;
      const row = await r.db
        .selectFrom("deals")
        .selectAll()
        .where("id", "=", found.value.id)
        .executeTakeFirst();
      if (!row) return err(crmError("not_found", "That deal was just removed."));
      const deal = redactRecord(r.actor, "deal", dealFromRow(row), ctx.config);
      const account = deal.accountId
        ? await r.db
            .selectFrom("accounts")
            .select("name")
            .where("id", "=", deal.accountId)
            .executeTakeFirst()
        : undefined;
      const owner = deal.ownerId
        ? scope.value.directory.users.find((user) => user.id === deal.ownerId)
        : undefined;
      const stages = checked.value.pipeline.stages;
      const stage = stages.find((s) => s.id === deal.stage);
      return ok({
        deal,
        matchedBy: found.value.why,
        accountName: account?.name ?? null,
        ownerName: owner?.name ?? deal.ownerId ?? null,
        stage: stage
          ? {
              id: stage.id,
              label: stage.label,
              probability: stage.probability,
              outcome: stage.outcome,
            }
          : null,
        openStages: stages
          .filter((s) => s.outcome === "open" && s.id !== deal.stage)
          .map((s) => ({ id: s.id, label: s.label })),
      });
    });
