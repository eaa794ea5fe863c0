import { Goal, type SalesKpiName } from "@baton/core";
import type { Database } from "@baton/store";
import type { Insertable, Selectable } from "kysely";

type GoalRow = Selectable<Database["goals"]>;

/** A stored goal whose KPI is a sales KPI name (validated when it was set). */
export type SalesGoal = Goal & { readonly kpi: SalesKpiName };

/** A goal row → core's `Goal`. */
export const goalFromRow = (row: GoalRow): SalesGoal =>
  Goal.parse({
    id: row.id,
    teamId: row.team_id,
    year: row.year,
    quarter: row.quarter,
    timeZone: row.time_zone,
    kpi: row.kpi,
    target:
      row.target_kind === "improvement"
        ? { kind: "improvement", percent: row.target_value }
        : { kind: "value", value: row.target_value },
    lowerIsBetter: row.lower_is_better,
    measure: row.measure,
  }) as SalesGoal;

/** Core's `Goal` → the columns of its row. */
export const goalToRow = (goal: Goal, setBy: string, now: Date): Insertable<Database["goals"]> => ({
  id: goal.id,
  team_id: goal.teamId,
  year: goal.year,
  quarter: goal.quarter,
  time_zone: goal.timeZone,
  kpi: goal.kpi,
  target_kind: goal.target.kind,
  target_value: goal.target.kind === "value" ? goal.target.value : goal.target.percent,
  lower_is_better: goal.lowerIsBetter,
  measure: goal.measure,
  set_by: setBy,
  updated_at: now,
});
