import { z } from "zod";
import { oneOf } from "../entities/common";
import type { SalesKpiContext } from "./salesKpiData";
import type { GroupKey, GroupKeys } from "./salesTotals";

export const KPI_BREAKDOWN_DIMENSIONS = ["rep", "team", "region", "source", "campaign"] as const;
/** What a KPI can be broken down by. */
export const KpiBreakdownDimension = z.enum(KPI_BREAKDOWN_DIMENSIONS, {
  error: oneOf("breakdown", KPI_BREAKDOWN_DIMENSIONS),
});
export type KpiBreakdownDimension = z.infer<typeof KpiBreakdownDimension>;

/** The row has no place in this breakdown (a campaign cost has no rep). */
const none = (): undefined => undefined;
const orNull = (value: string | null | undefined): GroupKey => value ?? null;

/**
 * How each row finds its group. By rep: a deal's owner, an activity's actor, a lead's owner, a
 * quota's rep. By team: that person's team. By region: a deal's account region, an activity's
 * account (else its deal's), a lead's region. By source and campaign: a lead's own, a deal's
 * lead's, an activity's lead's (else its deal's). Rows that do not say are "unattributed".
 */
export const kpiGroupKeys = (by: KpiBreakdownDimension, context: SalesKpiContext): GroupKeys => {
  const teamOf = new Map(context.users.map((u) => [u.id, u.teamId]));
  const regionOf = new Map(context.accounts.map((a) => [a.id, a.region ?? null]));
  const team = (userId: string | null | undefined): GroupKey =>
    userId ? (teamOf.get(userId) ?? null) : null;
  const region = (accountId: string | null | undefined): GroupKey =>
    accountId ? (regionOf.get(accountId) ?? null) : null;
  switch (by) {
    case "rep":
      return {
        user: (u) => u.id,
        lead: (l) => orNull(l.ownerId),
        deal: (d) => d.ownerId,
        activity: (a) => a.actorId,
        quota: (q) => q.userId,
        cost: none,
      };
    case "team":
      return {
        user: (u) => u.teamId,
        lead: (l) => team(l.ownerId),
        deal: (d) => team(d.ownerId),
        activity: (a) => team(a.actorId),
        quota: (q) => team(q.userId),
        cost: none,
      };
    case "region":
      return {
        user: none,
        lead: (l) => orNull(l.region),
        deal: (d) => region(d.accountId),
        activity: (a, deal, lead) =>
          a.accountId ? region(a.accountId) : deal !== undefined ? deal : orNull(lead?.region),
        quota: none,
        cost: none,
      };
    case "source":
      return {
        user: none,
        lead: (l) => orNull(l.source),
        deal: (_d, lead) => orNull(lead?.source),
        activity: (_a, deal, lead) => (lead ? orNull(lead.source) : (deal ?? null)),
        quota: none,
        cost: none,
      };
    case "campaign":
      return {
        user: none,
        lead: (l) => orNull(l.campaignId),
        deal: (_d, lead) => orNull(lead?.campaignId),
        activity: (_a, deal, lead) => (lead ? orNull(lead.campaignId) : (deal ?? null)),
        quota: none,
        cost: (c) => c.campaignId,
      };
  }
};

/** A group's name for people: the rep's or team's name, else the key itself. */
export const kpiGroupLabel = (
  by: KpiBreakdownDimension,
  key: GroupKey,
  context: SalesKpiContext,
): string => {
  if (key === null) return "Unattributed";
  if (by === "rep") return context.users.find((u) => u.id === key)?.name ?? key;
  if (by === "team") return context.teams.find((t) => t.id === key)?.name ?? key;
  return key;
};
