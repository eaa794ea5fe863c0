import { type Config, type ReadScope, teamIdsInScope, type User } from "@baton/core";
import { z } from "zod";
import { type CrmError, crmError } from "../kernel/crmError";
import type { Organisation } from "./organisation";

export const KPI_SCOPES = ["me", "team", "company"] as const;
/** Whose numbers a report counts: the actor's own, their teams', or the whole company's. */
export const KpiScope = z.enum(KPI_SCOPES, {
  error: `must be a scope, one of ${KPI_SCOPES.join(", ")}`,
});
export type KpiScope = z.infer<typeof KpiScope>;

/** A scope and the people whose records it counts (`null`: everyone). */
export type KpiReach = {
  readonly scope: KpiScope;
  readonly userIds: readonly string[] | null;
};

const RANK: Record<KpiScope, number> = { me: 0, team: 1, company: 2 };
const SCOPE_OF_READ: Record<ReadScope, KpiScope> = { own: "me", team: "team", all: "company" };

/** The widest scope the actor's roles read deals in (the union of their roles' read scopes). */
export const widestKpiScope = (actor: User, config: Config): KpiScope => {
  let widest: KpiScope = "me";
  for (const role of actor.roles) {
    if (!config.access.readableKinds[role].includes("deal")) continue;
    const scope = SCOPE_OF_READ[config.access.readScope[role]];
    if (RANK[scope] > RANK[widest]) widest = scope;
  }
  return widest;
};

/**
 * The scope a report takes when none is asked for: the whole company for those who read
 * everything, their teams for someone who manages a team or people, else their own numbers.
 */
export const defaultKpiScope = (actor: User, org: Organisation, config: Config): KpiScope => {
  const widest = widestKpiScope(actor, config);
  if (widest !== "team") return widest;
  const manages =
    org.teams.some((team) => team.managerId === actor.id) ||
    org.users.some((user) => user.managerId === actor.id);
  return manages ? "team" : "me";
};

/**
 * The people whose records a team report counts: those in the teams the actor's team
 * scope reaches (`teamIdsInScope`) and the actor's direct reports, as core access grants.
 */
export const teamMemberIds = (actor: User, org: Organisation): string[] => {
  const teams = new Set(teamIdsInScope(actor, org.teams));
  const ids = org.users
    .filter(
      (user) =>
        user.id === actor.id ||
        user.managerId === actor.id ||
        (user.teamId !== null && teams.has(user.teamId)),
    )
    .map((user) => user.id);
  return ids;
};

/**
 * Decides whose numbers the actor gets: the scope asked for (or the default), refused as
 * `forbidden` when it is wider than the actor's roles may read.
 */
export const resolveKpiReach = (
  actor: User,
  requested: KpiScope | undefined,
  org: Organisation,
  config: Config,
): { ok: true; value: KpiReach } | { ok: false; error: CrmError } => {
  const widest = widestKpiScope(actor, config);
  const scope = requested ?? defaultKpiScope(actor, org, config);
  if (RANK[scope] > RANK[widest]) {
    const allowed = widest === "team" ? "'team' or 'me'" : "'me'";
    return {
      ok: false,
      error: crmError(
        "forbidden",
        `Your role does not see the ${scope === "company" ? "whole company's" : "team's"} numbers; ask for scope ${allowed}, or ask your manager for the ${scope} report.`,
        { scope, allowed: KPI_SCOPES.filter((s) => RANK[s] <= RANK[widest]) },
      ),
    };
  }
  const userIds =
    scope === "company" ? null : scope === "me" ? [actor.id] : teamMemberIds(actor, org);
  return { ok: true, value: { scope, userIds } };
};
