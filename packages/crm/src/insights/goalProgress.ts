import {
  checkTeamGoals,
  kpiSnapshot as computeKpiSnapshot,
  err,
  type GoalNotice,
  type GoalPace,
  GoalQuarter,
  goalPace,
  Id,
  type KpiChange,
  ok,
  parseInput,
  type Result,
  teamIdsInScope,
} from "@baton/core";
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { goalFromRow, type SalesGoal } from "./goalRows";
import { widestKpiScope } from "./kpiScope";
import { windowOf } from "./kpiWindow";
import { loadSalesKpiData } from "./loadSalesKpiData";
import { loadOrganisation, teamAndBelow } from "./organisation";
import { quarterPeriod, shiftQuarter, type YearQuarter } from "./quarters";

/** Which quarter's goals: one relative to today on the actor's calendar, or a named one. */
export const GoalPeriodInput = z.union(
  [
    z.enum(["this_quarter", "last_quarter", "next_quarter"]),
    z.strictObject({ year: z.number().int().min(2000).max(2999), quarter: GoalQuarter }),
  ],
  { error: "must be this_quarter, last_quarter, next_quarter or { year, quarter }" },
);

/** What `goalProgress` takes. */
export const GoalProgressInput = z.strictObject({
  period: GoalPeriodInput.default("this_quarter"),
  /** One team only; default every team the actor sees. */
  teamId: Id.optional(),
});
export type GoalProgressInput = z.input<typeof GoalProgressInput>;

/** One goal: the KPI this quarter against last, and its pace (null, with why, when the KPI has no value yet). */
export type GoalProgress = {
  readonly goal: SalesGoal;
  readonly kpi: KpiChange;
  readonly pace: GoalPace | null;
  readonly reason: string | null;
};

/** The goals of a quarter, how each is pacing, and core's advice on each team's set of goals. */
export type GoalProgressReport = YearQuarter & {
  readonly goals: readonly GoalProgress[];
  readonly notices: readonly GoalNotice[];
};

const progressOf = (
  goal: SalesGoal,
  change: KpiChange,
  now: Date,
  ctx: CrmContext,
): GoalProgress => {
  const current = change.current.value;
  if (current === null)
    return {
      goal,
      kpi: change,
      pace: null,
      reason: `${goal.kpi} has no value for ${goal.quarter} ${goal.year} yet: ${change.current.reason}.`,
    };
  const previous = change.previous.value;
  const pace = goalPace(
    { goal, current, ...(previous === null ? {} : { previous }), asOf: now },
    ctx.config,
  );
  return pace.ok
    ? { goal, kpi: change, pace: pace.value, reason: null }
    : { goal, kpi: change, pace: null, reason: pace.error.message };
};

/**
 * How each team's goals for a quarter are pacing: the KPI so far (from stored data over the
 * team's and its sub-teams' people, computed by core's `kpiSnapshot` for the quarter in the
 * goal's time zone) and last quarter's value, then core's `goalPace` (target, projection,
 * required per day, on track / at risk / behind / achieved). The actor sees the goals of the
 * teams they read: every team for leadership and admin, their teams otherwise.
 *
 * @example await crm.goalProgress({ userId: "user-mia" }, { period: "this_quarter" })
 * // ok({ year: 2026, quarter: "Q1", goals: [{ goal, pace: { status: "on_track", … }, … }], notices: [] })
 */
export const goalProgress =
  (ctx: CrmContext) =>
  (actor: Actor, input: GoalProgressInput = {}): Promise<Result<GoalProgressReport, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(GoalProgressInput, input, "goal progress request");
      if (!parsed.ok) return parsed;
      const { period, teamId } = parsed.value;
      const today = new TZDate(r.now.getTime(), r.actor.timeZone);
      const thisQuarter: YearQuarter = {
        year: today.getFullYear(),
        quarter: `Q${Math.floor(today.getMonth() / 3) + 1}` as GoalQuarter,
      };
      const which =
        typeof period !== "string"
          ? period
          : shiftQuarter(
              thisQuarter,
              period === "last_quarter" ? -1 : period === "next_quarter" ? 1 : 0,
            );
      const org = await loadOrganisation(r.db);
      const visible =
        widestKpiScope(r.actor, ctx.config) === "company"
          ? org.teams.map((t) => t.id)
          : [...teamIdsInScope(r.actor, org.teams)];
      if (teamId !== undefined && !visible.includes(teamId))
        return err(
          crmError(
            "forbidden",
            `You do not see team '${teamId}''s goals; ask its manager or leadership.`,
          ),
        );
      const teams = teamId === undefined ? visible : [teamId];
      if (teams.length === 0) return ok({ ...which, goals: [], notices: [] });
      const rows = await r.db
        .selectFrom("goals")
        .selectAll()
        .where("year", "=", which.year)
        .where("quarter", "=", which.quarter)
        .where("team_id", "in", teams)
        .orderBy("team_id")
        .orderBy("kpi")
        .execute();
      const goals = rows.map(goalFromRow);

      // One snapshot per team and time zone: every goal of it reads the same numbers.
      const groups = new Map<string, SalesGoal[]>();
      for (const goal of goals) {
        const key = JSON.stringify([goal.teamId, goal.timeZone]);
        groups.set(key, [...(groups.get(key) ?? []), goal]);
      }
      const progress: GoalProgress[] = [];
      for (const group of groups.values()) {
        const first = group[0];
        if (first === undefined) continue;
        const members = new Set(teamAndBelow(first.teamId, org.teams));
        const people = org.users
          .filter((u) => u.teamId !== null && members.has(u.teamId))
          .map((u) => u.id);
        const quarter = quarterPeriod(which, first.timeZone);
        const previous = quarterPeriod(shiftQuarter(which, -1), first.timeZone);
        const data = await loadSalesKpiData(
          r.db,
          windowOf([quarter, previous]),
          people,
          org,
          ctx.config,
          r.now,
        );
        const snapshot = computeKpiSnapshot(data, quarter, previous, ctx.config);
        if (!snapshot.ok) return snapshot;
        for (const goal of group)
          progress.push(progressOf(goal, snapshot.value.sales[goal.kpi], r.now, ctx));
      }
      const notices = checkTeamGoals(goals, ctx.config);
      if (!notices.ok) return notices;
      return ok({ ...which, goals: progress, notices: notices.value });
    });
