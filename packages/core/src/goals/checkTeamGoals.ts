import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { Goal, type GoalInput, type GoalQuarter } from "./goal";

export const GOAL_NOTICE_KINDS = ["too_many_goals", "too_few_goals", "duplicate_kpi"] as const;
/** What looks off in a team's goals for a quarter. */
export type GoalNoticeKind = (typeof GOAL_NOTICE_KINDS)[number];

/**
 * Advice on a team's goals, never a refusal: a `warning` (too many goals, the same KPI twice)
 * asks the team to reconsider, a `note` (too few) only points it out.
 */
export type GoalNotice = {
  readonly kind: GoalNoticeKind;
  readonly severity: "warning" | "note";
  readonly teamId: string;
  readonly year: number;
  readonly quarter: GoalQuarter;
  /** The goals the notice is about. */
  readonly goalIds: readonly string[];
  readonly message: string;
};

const GoalList = z
  .array(Goal)
  .max(10_000, "must hold at most 10,000 goals")
  .refine((goals) => new Set(goals.map((g) => g.id)).size === goals.length, {
    message: "must not hold the same goal id twice",
  });

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Looks over teams' goals quarter by quarter and says, kindly, where a team has set more
 * goals than it can focus on (`maxGoalsPerTeam`, default 3), fewer than expected
 * (`minGoalsPerTeam`, default 2), or the same KPI twice; goals are kept either way.
 *
 * @example
 * checkTeamGoals([bookings, winRate, pipeline, csat], defaultConfig())
 * // ok([{ kind: "too_many_goals", severity: "warning", teamId: "team-sales", year: 2026, quarter: "Q2",
 * //       message: "Team team-sales has 4 goals for Q2 2026; 2 to 3 keeps the team focused — consider dropping 1.", … }])
 */
export const checkTeamGoals = (
  goals: readonly GoalInput[],
  config: Config,
): Result<readonly GoalNotice[], InvalidInput> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(GoalList, goals, "goals");
  if (!parsed.ok) return parsed;
  const { maxGoalsPerTeam: max, minGoalsPerTeam: min } = company.value.goals;

  const groups = new Map<string, Goal[]>();
  for (const goal of parsed.value) {
    const key = JSON.stringify([goal.teamId, goal.year, goal.quarter]);
    groups.set(key, [...(groups.get(key) ?? []), goal]);
  }
  const range = min === max ? `${max}` : `${min} to ${max}`;

  const notices: GoalNotice[] = [];
  const sorted = [...groups.values()].sort(
    (a, b) =>
      compare(a[0]?.teamId ?? "", b[0]?.teamId ?? "") ||
      (a[0]?.year ?? 0) - (b[0]?.year ?? 0) ||
      compare(a[0]?.quarter ?? "", b[0]?.quarter ?? ""),
  );
  for (const group of sorted) {
    const first = group[0];
    if (!first) continue;
    const { teamId, year, quarter } = first;
    const where = { teamId, year, quarter };
    const when = `${quarter} ${year}`;
    const ids = group.map((g) => g.id);
    if (group.length > max)
      notices.push({
        kind: "too_many_goals",
        severity: "warning",
        ...where,
        goalIds: ids,
        message: `Team ${teamId} has ${group.length} goals for ${when}; ${range} keeps the team focused — consider dropping ${group.length - max}.`,
      });
    if (group.length < min)
      notices.push({
        kind: "too_few_goals",
        severity: "note",
        ...where,
        goalIds: ids,
        message: `Team ${teamId} has ${group.length} goal${group.length === 1 ? "" : "s"} for ${when}; teams usually track ${range}.`,
      });
    const byKpi = new Map<string, string[]>();
    for (const g of group) {
      const kpi = g.kpi.toLowerCase();
      byKpi.set(kpi, [...(byKpi.get(kpi) ?? []), g.id]);
    }
    for (const [kpi, sameKpi] of byKpi)
      if (sameKpi.length > 1)
        notices.push({
          kind: "duplicate_kpi",
          severity: "warning",
          ...where,
          goalIds: sameKpi,
          message: `Team ${teamId} has ${sameKpi.length} goals on ${kpi} for ${when}; keep one target per KPI so progress is read one way.`,
        });
  }
  return ok(notices);
};
