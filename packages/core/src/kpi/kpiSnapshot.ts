import type { Config } from "../config/config";
import { err, ok, type Result } from "../result";
import { type KpiChange, kpiChange } from "./kpiChange";
import { type KpiError, kpiRowError } from "./kpiError";
import type { KpiPeriod, KpiPeriodInput } from "./kpiPeriod";
import { type KpiResult, kpiUndefined } from "./kpiResult";
import type { SalesKpiData } from "./salesKpiData";
import { readSalesKpis, resolveSalesKpi } from "./salesKpiEngine";
import { SALES_KPI_DEFINITIONS, SALES_KPIS, type SalesKpiName } from "./salesKpis";
import type { SalesTotals } from "./salesTotals";
import {
  SERVICE_KPI_NAMES,
  type ServiceKpiDataInput,
  type ServiceKpiName,
  serviceKpis,
} from "./service";
import type { TopIssueTopics } from "./service/topIssueTopics";

/** Every sales KPI of a period next to the previous period. */
export type KpiSnapshot = {
  readonly period: KpiPeriod;
  readonly previousPeriod: KpiPeriod;
  /** The one currency of the period's money KPIs, or null when no amount was counted. */
  readonly currency: string | null;
  readonly sales: Readonly<Record<SalesKpiName, KpiChange>>;
  /** The service, finance and growth KPIs (null when `data.service` was not given). */
  readonly service: {
    readonly kpis: Readonly<Record<ServiceKpiName, KpiChange>>;
    readonly topIssueTopics: TopIssueTopics;
  } | null;
};

/** The snapshot's data: the sales data, and the service collections when they are wanted. */
export type KpiSnapshotData = SalesKpiData & { readonly service?: ServiceKpiDataInput };

/**
 * The KPI a function gives for these totals; where the function refuses money in several
 * currencies, the snapshot keeps its other KPIs and shows this one as null with that reason.
 */
const snapshotValue = (
  name: SalesKpiName,
  totals: SalesTotals,
  settings: Config["kpi"],
): KpiResult => {
  const result = resolveSalesKpi(SALES_KPI_DEFINITIONS[name], totals, settings);
  return result.ok ? result.value : kpiUndefined(result.error.message, {});
};

/**
 * The whole set of KPIs for a period and their change against the previous period: the sales
 * KPIs in one pass over deals and one pass over activities (both periods at once), and, when
 * `data.service` is given, the service KPIs by `serviceKpis` for each period. Each value is
 * exactly what the KPI's own function gives.
 *
 * @example kpiSnapshot(data, march, february, config)
 * // ok({ currency: "EUR", sales: { win_rate_by_count: { current: { value: 0.666…, … },
 * //      previous: { value: 0.5, … }, absoluteChange: 0.166…, relativeChange: 0.333…, changeReason: null }, … } })
 */
export const kpiSnapshot = (
  data: KpiSnapshotData,
  period: KpiPeriodInput,
  previousPeriod: KpiPeriodInput,
  config: Config,
): Result<KpiSnapshot, KpiError> => {
  const read = readSalesKpis(data, [period, previousPeriod], config, null);
  if (!read.ok) return read;
  const slots = read.value.groups.get(null);
  const [current, previous] = read.value.periods;
  /* v8 ignore next 2 -- two periods in always give two totals out */
  if (slots === undefined || current === undefined || previous === undefined)
    return err(kpiRowError("input", "could not be counted"));
  const [now, before] = slots as [SalesTotals, SalesTotals];
  const settings = read.value.config.kpi;
  const sales = {} as Record<SalesKpiName, KpiChange>;
  for (const name of SALES_KPIS) {
    sales[name] = kpiChange(
      snapshotValue(name, now, settings),
      snapshotValue(name, before, settings),
    );
  }
  let service: KpiSnapshot["service"] = null;
  const serviceData = (data as { service?: unknown }).service;
  if (serviceData !== undefined) {
    const serviceNow = serviceKpis(serviceData as ServiceKpiDataInput, current, config);
    if (!serviceNow.ok) return serviceNow;
    const serviceBefore = serviceKpis(serviceData as ServiceKpiDataInput, previous, config);
    if (!serviceBefore.ok) return serviceBefore;
    const kpis = {} as Record<ServiceKpiName, KpiChange>;
    for (const name of SERVICE_KPI_NAMES) {
      kpis[name] = kpiChange(serviceNow.value.kpis[name], serviceBefore.value.kpis[name]);
    }
    service = { kpis, topIssueTopics: serviceNow.value.topIssueTopics };
  }
  return ok({
    period: current,
    previousPeriod: previous,
    currency: now.currencies.length === 1 ? (now.currencies[0] ?? null) : null,
    sales,
    service,
  });
};
