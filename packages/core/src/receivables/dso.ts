import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Currency } from "../entities/money";
import { inPeriod, KpiPeriod, type KpiPeriodInput } from "../kpi/kpiPeriod";
import { type KpiResult, kpiUndefined, kpiValue } from "../kpi/kpiResult";
import { ok, type Result } from "../result";
import { parseInput } from "../validation";
import { type ReceivableInput, ReceivableList } from "./receivable";
import type { ReceivablesError } from "./receivablesError";

/** What DSO is computed from: receivables as they stood at the end of the period, in one currency. */
export const DsoInput = z.object({
  receivables: ReceivableList,
  period: KpiPeriod,
  currency: Currency,
});
export type DsoInput = {
  readonly receivables: readonly ReceivableInput[];
  readonly period: KpiPeriodInput;
  readonly currency: string;
};

/** The figures behind a DSO value, so a reader can redo the sum. */
export type DsoCounts = {
  /** Open balance of receivables invoiced before the period ended. */
  readonly accountsReceivableMinor: number;
  /** Amount invoiced in the period: the sales made on credit. */
  readonly creditSalesMinor: number;
  readonly daysInPeriod: number;
  readonly openReceivables: number;
  readonly invoicedInPeriod: number;
};

/**
 * Days sales outstanding, DSO = AR ÷ credit sales × days in period (DOMAIN.md §6): how many
 * days of credit sales are still unpaid. AR is the open balance of receivables invoiced
 * before the period ends; credit sales are the amounts invoiced within it; days are
 * calendar days in the period's time zone. Pass receivables as they stood at the end of the
 * period (for a past period, the store's snapshot). `null` with a reason when nothing was
 * invoiced in the period.
 *
 * @example
 * // 1,000.00 invoiced in a 90-day quarter, 500.00 of it still open
 * dso({ receivables, period: { start: jan1, end: apr1, timeZone: "UTC" }, currency: "EUR" }, defaultConfig())
 * // ok({ value: 45, counts: { accountsReceivableMinor: 50_000, creditSalesMinor: 100_000, daysInPeriod: 90, … } })
 */
export const dso = (
  input: DsoInput,
  config: Config,
): Result<KpiResult<DsoCounts>, ReceivablesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(DsoInput, input, "DSO input");
  if (!parsed.ok) return parsed;
  const { receivables, period, currency } = parsed.value;

  const mine = receivables.filter((r) => r.amount.currency === currency);
  const open = mine.filter(
    (r) => r.openMinor > 0 && r.invoiceDate.getTime() < period.end.getTime(),
  );
  const invoiced = mine.filter((r) => inPeriod(r.invoiceDate, period));
  const counts: DsoCounts = {
    accountsReceivableMinor: open.reduce((sum, r) => sum + r.openMinor, 0),
    creditSalesMinor: invoiced.reduce((sum, r) => sum + r.amount.amountMinor, 0),
    daysInPeriod: differenceInCalendarDays(period.end, period.start, { in: tz(period.timeZone) }),
    openReceivables: open.length,
    invoicedInPeriod: invoiced.length,
  };

  if (counts.creditSalesMinor === 0)
    return ok(
      kpiUndefined(
        `nothing was invoiced in ${currency} in the period, so there are no credit sales to divide by`,
        counts,
      ),
    );
  if (counts.daysInPeriod === 0)
    return ok(kpiUndefined("the period is shorter than one calendar day", counts));
  return ok(
    kpiValue(
      // multiplying first keeps whole-number answers exact (700 × 90 ÷ 1,000 is 63, not 62.999…)
      (counts.accountsReceivableMinor * counts.daysInPeriod) / counts.creditSalesMinor,
      counts,
    ),
  );
};
