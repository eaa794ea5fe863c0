import type { Config } from "../config/config";
import { err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { KpiError } from "./kpiError";
import { KpiBreakdownDimension, kpiGroupKeys, kpiGroupLabel } from "./kpiGroupKeys";
import type { KpiPeriodInput } from "./kpiPeriod";
import type { KpiResult } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { readSalesKpis, resolveSalesKpi } from "./salesKpiEngine";
import { SALES_KPI_DEFINITIONS, SalesKpiName } from "./salesKpis";
import type { GroupKey, SalesTotals } from "./salesTotals";

/** One group of a breakdown: its key (null for rows that name none), its name, its KPI. */
export type KpiBreakdownRow = {
  readonly key: string | null;
  readonly label: string;
  readonly result: KpiResult;
};

/** Groups in a stable order: by key, with "unattributed" last. */
export const sortedGroups = <T>(groups: Map<GroupKey, T>): [GroupKey, T][] =>
  [...groups.entries()].sort(([a], [b]) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
  );

/**
 * One sales KPI for each rep, team, region, lead source or campaign, in one pass over the
 * data; each group's result is what the KPI gives for that group's rows alone. A money KPI
 * over a group with amounts in several currencies refuses the breakdown (`mixed_currencies`).
 *
 * @example kpiBreakdown("win_rate_by_count", data, period, "rep", config)
 * // ok([{ key: "user-ada", label: "Ada Rep", result: { value: 0.75, … } },
 * //     { key: "user-bo", label: "Bo Rep", result: { value: 0.5, … } }])
 */
export const kpiBreakdown = (
  kpi: SalesKpiName,
  data: SalesKpiData,
  period: KpiPeriodInput,
  by: KpiBreakdownDimension,
  config: Config,
): Result<readonly KpiBreakdownRow[], KpiError> => {
  const name = parseInput(SalesKpiName, kpi, "KPI name");
  if (!name.ok) return name;
  const dimension = parseInput(KpiBreakdownDimension, by, "breakdown");
  if (!dimension.ok) return dimension;
  const read = readSalesKpis(data, [period], config, (context) =>
    kpiGroupKeys(dimension.value, context),
  );
  if (!read.ok) return read;
  const definition = SALES_KPI_DEFINITIONS[name.value];
  const rows: KpiBreakdownRow[] = [];
  for (const [key, totals] of sortedGroups(read.value.groups)) {
    const result = resolveSalesKpi(definition, totals[0] as SalesTotals, read.value.config.kpi);
    if (!result.ok) return err(result.error);
    rows.push({
      key,
      label: kpiGroupLabel(dimension.value, key, read.value.context),
      result: result.value,
    });
  }
  return ok(rows);
};
