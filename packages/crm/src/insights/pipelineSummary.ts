import { canSeeField, ok, parseInput, type Result, readConfig } from "@baton/core";
import { sql } from "kysely";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import type { CrmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { KpiScope, resolveKpiReach } from "./kpiScope";
import { loadOrganisation } from "./organisation";

export const PipelineSummaryInput = z.strictObject({
  /** Whose deals: the actor's own, their teams', or the company's. Default as for KPIs. */
  scope: KpiScope.optional(),
});
export type PipelineSummaryInput = z.input<typeof PipelineSummaryInput>;

/** One open stage: how many deals sit in it and what they are worth, per currency. */
export type PipelineStageTotal = {
  readonly stage: string;
  readonly label: string;
  readonly probability: number;
  readonly deals: number;
  /** Amounts in minor units per currency; empty for a role that may not see deal amounts. */
  readonly amounts: readonly { readonly currency: string; readonly amountMinor: number }[];
};

/** The open pipeline of a scope, stage by stage in pipeline order. */
export type PipelineSummary = {
  readonly scope: KpiScope;
  readonly stages: readonly PipelineStageTotal[];
  readonly deals: number;
  /** The open deals that close soonest, for a person to act on first. */
  readonly closingSoon: readonly {
    readonly id: string;
    readonly name: string;
    readonly stage: string;
    readonly closeDate: Date;
    readonly amount?: { readonly amountMinor: number; readonly currency: string };
  }[];
  readonly seesAmounts: boolean;
};

const CLOSING_SOON = 5;

/**
 * The open deals of the actor (`me`), their teams (`team`) or everyone
 * (`company`), counted and summed per open stage; a scope wider than the
 * actor's roles read is `forbidden`, as for KPIs.
 *
 * @example (await crm.pipelineSummary(ADA, { scope: "me" })).value.stages[0] // { stage: "prospecting", deals: 3, amounts: [{ currency: "EUR", amountMinor: 4_500_000 }] }
 */
export const pipelineSummary =
  (ctx: CrmContext) =>
  (actor: Actor, input: PipelineSummaryInput = {}): Promise<Result<PipelineSummary, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(PipelineSummaryInput, input, "pipeline request");
      if (!parsed.ok) return parsed;
      const checked = readConfig(ctx.config);
      if (!checked.ok) return checked;
      const org = await loadOrganisation(r.db);
      const reach = resolveKpiReach(r.actor, parsed.value.scope, org, ctx.config);
      if (!reach.ok) return reach;
      const open = checked.value.pipeline.stages.filter((stage) => stage.outcome === "open");
      const owners = reach.value.userIds;
      const seesAmounts = canSeeField(r.actor, "deal", "amount", ctx.config);
      const inScope = owners === null ? sql`true` : ownerIn(owners);
      const stageIds = open.map((stage) => stage.id);
      const totals = await r.db
        .selectFrom("deals")
        .select(({ fn }) => [
          "stage",
          "currency",
          fn.countAll<string>().as("deals"),
          fn.sum<string>("amount_minor").as("amount"),
        ])
        .where("stage", "in", stageIds)
        .where(() => inScope.$castTo<boolean>())
        .groupBy(["stage", "currency"])
        .execute();
      const soon = await r.db
        .selectFrom("deals")
        .select(["id", "name", "stage", "close_date", "amount_minor", "currency"])
        .where("stage", "in", stageIds)
        .where(() => inScope.$castTo<boolean>())
        .orderBy("close_date")
        .orderBy("id")
        .limit(CLOSING_SOON)
        .execute();
      const stages = open.map((stage) => {
        const rows = totals.filter((row) => row.stage === stage.id);
        return {
          stage: stage.id,
          label: stage.label,
          probability: stage.probability,
          deals: rows.reduce((sum, row) => sum + Number(row.deals), 0),
          amounts: seesAmounts
            ? rows
                .map((row) => ({ currency: row.currency, amountMinor: Number(row.amount) }))
                .sort((a, b) => a.currency.localeCompare(b.currency))
            : [],
        };
      });
      return ok({
        scope: reach.value.scope,
        stages,
        deals: stages.reduce((sum, stage) => sum + stage.deals, 0),
        closingSoon: soon.map((row) => ({
          id: row.id,
          name: row.name,
          stage: row.stage,
          closeDate: new Date(row.close_date),
          ...(seesAmounts
            ? { amount: { amountMinor: Number(row.amount_minor), currency: row.currency } }
            : {}),
        })),
        seesAmounts,
      });
    });

const ownerIn = (ids: readonly string[]) =>
  ids.length === 0 ? sql`false` : sql`owner_id in (${sql.join(ids.map((id) => sql`${id}`))})`;
