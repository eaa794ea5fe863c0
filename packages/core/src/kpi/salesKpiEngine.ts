import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import type { KpiConfig } from "./kpiConfig";
import { type KpiError, kpiRowError, mixedCurrencies } from "./kpiError";
import { KpiPeriod } from "./kpiPeriod";
import { type KpiCounts, type KpiResult, kpiUndefined, kpiValue } from "./kpiResult";
import { SalesKpiContext } from "./salesKpiData";
import {
  type GroupKey,
  type GroupKeys,
  type PeriodMs,
  type SalesRows,
  type SalesTotals,
  salesTotals,
} from "./salesTotals";

/**
 * One sales KPI: its formula over the totals of a period, and whether it adds money (and so
 * must refuse amounts in several currencies).
 */
export type SalesKpiDefinition = {
  readonly money: boolean;
  /** What the KPI is called in a sentence: "win rate by value". */
  readonly title: string;
  readonly compute: (totals: SalesTotals, settings: KpiConfig) => KpiResult;
};

/** The checked arguments of a sales KPI computation. */
export type SalesKpiArguments = {
  readonly config: Config;
  readonly periods: readonly KpiPeriod[];
  readonly groups: Map<GroupKey, SalesTotals[]>;
  readonly context: SalesKpiContext;
};

const ROW_COLLECTIONS = ["deals", "activities", "leads"] as const;

/**
 * Checks config, periods and data at the door and counts the totals of every period (and
 * group): the one way every sales KPI, breakdown and snapshot gets its numbers, so they agree.
 */
export const readSalesKpis = (
  data: unknown,
  periods: readonly unknown[],
  config: unknown,
  keys: ((context: SalesKpiContext) => GroupKeys) | null,
): Result<SalesKpiArguments, InvalidInput> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const checkedPeriods: KpiPeriod[] = [];
  for (const [i, period] of periods.entries()) {
    const checked = parseInput(KpiPeriod, period, i === 0 ? "KPI period" : "previous period");
    if (!checked.ok) return checked;
    checkedPeriods.push(checked.value);
  }
  if (typeof data !== "object" || data === null)
    return err(kpiRowError("input", "must be the KPI data: { deals, activities, leads, … }"));
  const rows = data as Record<string, unknown>;
  for (const collection of ROW_COLLECTIONS) {
    if (!Array.isArray(rows[collection]))
      return err(kpiRowError(collection, "must be a list (empty when there are none)"));
  }
  const context = parseInput(SalesKpiContext, data, "KPI data");
  if (!context.ok) return context;
  const asOfMs = context.value.asOf?.getTime();
  const periodMs: PeriodMs[] = checkedPeriods.map((p) => ({
    startMs: p.start.getTime(),
    endMs: p.end.getTime(),
    asOfMs: asOfMs ?? p.end.getTime(),
    timeZone: p.timeZone,
  }));
  const groups = salesTotals(
    rows as unknown as SalesRows,
    context.value,
    periodMs,
    company.value,
    keys === null ? null : keys(context.value),
  );
  if (!groups.ok) return groups;
  return ok({
    config: company.value,
    periods: checkedPeriods,
    groups: groups.value,
    context: context.value,
  });
};

/** A KPI's value for one period's totals, or the refusal of money in several currencies. */
export const resolveSalesKpi = (
  definition: SalesKpiDefinition,
  totals: SalesTotals,
  settings: KpiConfig,
): Result<KpiResult, KpiError> =>
  definition.money && totals.currencies.length > 1
    ? err(mixedCurrencies(definition.title, totals.currencies))
    : ok(definition.compute(totals, settings));

/** Computes one sales KPI over one period: the body of every named KPI function. */
export const computeSalesKpi = (
  definition: SalesKpiDefinition,
  data: unknown,
  period: unknown,
  config: unknown,
): Result<KpiResult, KpiError> => {
  const read = readSalesKpis(data, [period], config, null);
  if (!read.ok) return read;
  const totals = read.value.groups.get(null)?.[0];
  /* v8 ignore next -- without grouping the one group always exists */
  if (totals === undefined) return err(kpiRowError("input", "could not be counted"));
  return resolveSalesKpi(definition, totals, read.value.config.kpi);
};

/** A sum of minor units as a KPI value; past 2^53 it can no longer be exact, so it is `null`. */
export const moneyKpi = <C extends KpiCounts>(sumMinor: number, counts: C): KpiResult<C> =>
  Number.isSafeInteger(sumMinor)
    ? kpiValue(sumMinor, counts)
    : kpiUndefined("the total is too large to add up exactly", counts);

/** The middle value (the mean of the two middle ones for an even count); `values` is sorted. */
export const medianOfSorted = (sorted: readonly number[]): number => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The nearest-rank percentile: the smallest value with at least `share` of them at or below. */
export const percentileOfSorted = (sorted: readonly number[], share: number): number =>
  sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;

/** Numbers in ascending order, leaving the input alone. */
export const sortedNumbers = (values: readonly number[]): number[] =>
  Array.from(Float64Array.from(values).sort());

/**
 * Calendar days left in the period on the viewer's calendar, counting the day of `asOf`:
 * from Wednesday 10:00 to a period ending at Monday 00:00 is five days (Wed to Sun).
 */
export const remainingCalendarDays = (period: PeriodMs): number => {
  if (period.asOfMs >= period.endMs) return 0;
  const from = new TZDate(Math.max(period.asOfMs, period.startMs), period.timeZone);
  const last = new TZDate(period.endMs - 1, period.timeZone);
  return differenceInCalendarDays(last, from) + 1;
};
