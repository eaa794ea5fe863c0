import { z } from "zod";
import { ActivityKind } from "../entities/activity";
import { Instant } from "../entities/common";
import { Money } from "../entities/money";
import { Team } from "../entities/team";
import { User } from "../entities/user";

/**
 * The rows sales KPIs read. Deals and activities arrive by the hundred thousand, so their
 * schemas name only the fields KPIs use (a whole `Deal` or `Activity` fits) and rows are
 * checked by hand while they are counted (see `salesTotals.ts`), to the same rules.
 */
const RowId = z.string().min(1, "must not be empty");

/** One entry of a deal's stage history, as far as KPIs need it. */
export const KpiStageChange = z.object({ stage: z.string().min(1), at: Instant });
export type KpiStageChange = z.infer<typeof KpiStageChange>;

/** A deal as KPIs read it: a `Deal` entity fits. */
export const KpiDeal = z.object({
  id: RowId,
  ownerId: RowId,
  /** A stage id of `config.pipeline.stages`. */
  stage: z.string().min(1),
  amount: Money,
  createdAt: Instant,
  /** Required for a won or lost deal; not before `createdAt`. */
  closedAt: Instant.nullish(),
  accountId: RowId.nullish(),
  /** Stage changes in any order; used to know a deal's stage at the end of a past period. */
  stageHistory: z.array(KpiStageChange).optional(),
});
export type KpiDeal = z.infer<typeof KpiDeal>;

/** An activity as KPIs read it: an `Activity` entity fits. */
export const KpiActivity = z.object({
  id: RowId,
  kind: ActivityKind,
  actorId: RowId,
  occurredAt: Instant,
  dealId: RowId.nullish(),
  leadId: RowId.nullish(),
  accountId: RowId.nullish(),
});
export type KpiActivity = z.infer<typeof KpiActivity>;

/**
 * What the store keeps of a lead's way through the funnel: when it was created and when it
 * first reached each later stage (null until it does), its first human touch (a call, email,
 * meeting or demo by a person, not an automated email), and the deal it turned into.
 */
export const LeadFact = z.object({
  id: RowId,
  source: z.string().min(1).nullish(),
  campaignId: RowId.nullish(),
  ownerId: RowId.nullish(),
  region: z.string().min(1).nullish(),
  createdAt: Instant,
  mqlAt: Instant.nullish(),
  sqlAt: Instant.nullish(),
  opportunityAt: Instant.nullish(),
  customerAt: Instant.nullish(),
  /** Not before `createdAt`. */
  firstTouchAt: Instant.nullish(),
  /** The deal the lead became, which carries its source and campaign into won revenue. */
  dealId: RowId.nullish(),
});
export type LeadFact = z.infer<typeof LeadFact>;

/** A rep's quota for a stretch of time; it counts in every KPI period that contains it. */
export const RepQuota = z
  .object({ userId: RowId, start: Instant, end: Instant, amount: Money })
  .refine((q) => q.start.getTime() < q.end.getTime(), {
    message: "a quota's period must start before it ends",
  });
export type RepQuota = z.infer<typeof RepQuota>;

/** Money spent on a campaign, on the day it was spent. */
export const CampaignCost = z.object({ campaignId: RowId, at: Instant, cost: Money });
export type CampaignCost = z.infer<typeof CampaignCost>;

/** An account's region, for the breakdown by region (an `Account` entity fits). */
export const KpiAccount = z.object({ id: RowId, region: z.string().min(1).nullish() });
export type KpiAccount = z.infer<typeof KpiAccount>;

/**
 * The small collections, checked by their schemas: people, teams, quotas, costs, accounts,
 * and `asOf`, the moment the pace KPIs are measured at (left out: each period is complete).
 */
export const SalesKpiContext = z.object({
  users: z.array(User).default([]),
  teams: z.array(Team).default([]),
  quotas: z.array(RepQuota).default([]),
  campaignCosts: z.array(CampaignCost).default([]),
  accounts: z.array(KpiAccount).default([]),
  asOf: Instant.optional(),
});
export type SalesKpiContext = z.infer<typeof SalesKpiContext>;

/** Everything sales KPIs are computed from; only `deals`, `activities` and `leads` are required. */
export type SalesKpiData = z.input<typeof SalesKpiContext> & {
  readonly deals: readonly KpiDeal[];
  readonly activities: readonly KpiActivity[];
  readonly leads: readonly LeadFact[];
};
