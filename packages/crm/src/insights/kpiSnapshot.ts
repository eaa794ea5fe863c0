import {
  kpiSnapshot as computeKpiSnapshot,
  err,
  type KpiSnapshot,
  ok,
  parseInput,
  type Result,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { KpiScope, resolveKpiReach } from "./kpiScope";
import { windowOf } from "./kpiWindow";
import { loadSalesKpiData } from "./loadSalesKpiData";
import { loadOrganisation } from "./organisation";
import { ReportPeriodInput, resolveReportPeriod } from "./reportPeriod";

/** What `kpiSnapshot` takes: the period (in the actor's time zone) and whose numbers. */
export const KpiSnapshotInput = z.strictObject({
  period: ReportPeriodInput,
  /** Default: company for those who read everything, team for managers, else the actor's own. */
  scope: KpiScope.optional(),
});
export type KpiSnapshotInput = z.input<typeof KpiSnapshotInput>;

/** The sales KPIs of a period against the previous one, and whose numbers they are. */
export type KpiSnapshotReport = {
  readonly scope: KpiScope;
  readonly snapshot: KpiSnapshot;
};

/**
 * Every sales KPI of a period next to the previous period, from stored deals, activities,
 * leads and quotas, computed by core's `kpiSnapshot` so the numbers are exactly core's.
 * Periods are on the actor's calendar; a rep gets their own numbers, a manager their
 * teams', leadership and admin the company's, and a wider scope than the actor's roles
 * read is refused. Private notes never count.
 *
 * @example await crm.kpiSnapshot({ userId: "user-mia" }, { period: "last_month" })
 * // ok({ scope: "team", snapshot: { sales: { win_rate_by_count: { current: { value: 0.6, … }, … } } } })
 */
export const kpiSnapshot =
  (ctx: CrmContext) =>
  (actor: Actor, input: KpiSnapshotInput): Promise<Result<KpiSnapshotReport, CrmError>> =>
    runRead(ctx, actor, async (r) => {
      const parsed = parseInput(KpiSnapshotInput, input, "KPI request");
      if (!parsed.ok) return parsed;
      const periods = resolveReportPeriod(parsed.value.period, r.actor.timeZone, r.now);
      if (periods === null)
        return err(
          crmError("invalid_input", "The period must start before it ends; check its dates."),
        );
      const org = await loadOrganisation(r.db);
      const reach = resolveKpiReach(r.actor, parsed.value.scope, org, ctx.config);
      if (!reach.ok) return reach;
      const window = windowOf([periods.period, periods.previous]);
      const data = await r.db
        .transaction()
        .setIsolationLevel("repeatable read")
        .execute((tx) => loadSalesKpiData(tx, window, reach.value.userIds, org, ctx.config, r.now));
      const snapshot = computeKpiSnapshot(data, periods.period, periods.previous, ctx.config);
      if (!snapshot.ok) return snapshot;
      return ok({ scope: reach.value.scope, snapshot: snapshot.value });
    });
