import {
  checkTeamGoals,
  err,
  Goal,
  GoalMeasure,
  type GoalNotice,
  GoalQuarter,
  GoalTarget,
  Id,
  ok,
  parseInput,
  type Result,
  SalesKpiName,
  TimeZone,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { goalKpiDefaults } from "./goalKpiDefaults";
import { goalFromRow, goalToRow, type SalesGoal } from "./goalRows";
import { loadOrganisation } from "./organisation";
import { governsTeam } from "./teamGovernance";

/** What `setGoal` takes: a team's target for one sales KPI in one quarter. */
export const SetGoalInput = z.strictObject({
  teamId: Id,
  year: z.number().int().min(2000).max(2999),
  quarter: GoalQuarter,
  /** A sales KPI name, e.g. `won_amount`, `deals_won`, `win_rate_by_count`. */
  kpi: SalesKpiName,
  target: GoalTarget,
  /** Default: true for cycle times, speed to lead and cost per lead. */
  lowerIsBetter: z.boolean().optional(),
  /** Default: `cumulative` for running totals (bookings, deals won), else `rate`. */
  measure: GoalMeasure.optional(),
  /** The time zone the quarter runs in; default the actor's. */
  timeZone: TimeZone.optional(),
});
export type SetGoalInput = z.input<typeof SetGoalInput>;

/** The goal as stored, and core's advice on the team's goals for that quarter. */
export type GoalSet = { readonly goal: SalesGoal; readonly notices: readonly GoalNotice[] };

/**
 * Sets a team's goal for a quarter (DOMAIN.md §9: 2–3 per team per quarter); a second goal
 * on the same KPI replaces the first, with the change kept in history. The team's manager,
 * leadership or the CRM owner may set it; too many or too few goals earn core's advice,
 * never a refusal.
 *
 * @example await crm.setGoal(mia, { teamId: "team-sales", year: 2026, quarter: "Q2",
 *   kpi: "won_amount", target: { kind: "value", value: 50_000_000 } })
 */
export const setGoal =
  (ctx: CrmContext) =>
  (actor: Actor, input: SetGoalInput, options?: WriteOptions): Promise<Result<GoalSet, CrmError>> =>
    runWrite(ctx, actor, "setGoal", options, async (w) => {
      const parsed = parseInput(SetGoalInput, input, "goal");
      if (!parsed.ok) return parsed;
      const given = parsed.value;
      const org = await loadOrganisation(w.tx);
      const team = org.teams.find((t) => t.id === given.teamId);
      if (!team) return err(crmError("not_found", `No team '${given.teamId}'; check the team id.`));
      if (!governsTeam(w.actor, team.id, org, ctx.config))
        return err(
          crmError(
            "forbidden",
            `Only ${team.name}'s manager, leadership or the CRM admin can set its goals; ask them to set this one.`,
          ),
        );
      const existing = await w.tx
        .selectFrom("goals")
        .selectAll()
        .where("team_id", "=", given.teamId)
        .where("year", "=", given.year)
        .where("quarter", "=", given.quarter)
        .where("kpi", "=", given.kpi)
        .forUpdate()
        .executeTakeFirst();
      const defaults = goalKpiDefaults(given.kpi);
      const goal = parseInput(
        Goal,
        {
          id: existing?.id ?? ctx.newId(),
          teamId: given.teamId,
          year: given.year,
          quarter: given.quarter,
          timeZone: given.timeZone ?? w.actor.timeZone,
          kpi: given.kpi,
          target: given.target,
          lowerIsBetter: given.lowerIsBetter ?? defaults.lowerIsBetter,
          measure: given.measure ?? defaults.measure,
        },
        "goal",
      );
      if (!goal.ok) return goal;
      const row = goalToRow(goal.value, w.actor.id, w.now);
      if (existing) {
        const { id: _id, created_at: _createdAt, ...changes } = row;
        await w.tx.updateTable("goals").set(changes).where("id", "=", existing.id).execute();
        await w.history({ type: "goal", id: existing.id }, goalFromRow(existing), goal.value);
      } else {
        await w.tx.insertInto("goals").values(row).execute();
        await w.history({ type: "goal", id: goal.value.id }, null, goal.value);
      }
      const quarterGoals = await w.tx
        .selectFrom("goals")
        .selectAll()
        .where("team_id", "=", given.teamId)
        .where("year", "=", given.year)
        .where("quarter", "=", given.quarter)
        .orderBy("id")
        .execute();
      const notices = checkTeamGoals(quarterGoals.map(goalFromRow), ctx.config);
      if (!notices.ok) return notices;
      return ok({ goal: goal.value as SalesGoal, notices: notices.value });
    });
