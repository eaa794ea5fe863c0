import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant, TimeZone } from "../entities/common";
import { ok, type Result } from "../result";
import { parseInput } from "../validation";
import { type Receivable, type ReceivableInput, ReceivableList } from "./receivable";
import type { ReceivablesError } from "./receivablesError";

/**
 * One aging bucket: open receivables whose days past due fall in `[fromDays, toDays]`
 * (`current` is not yet due, `fromDays` null; the last bucket has no upper bound, `toDays` null).
 */
export type AgingBucket = {
  /** "current", "1_30", "31_60", "61_90", "over_90" with the default bounds. */
  readonly id: string;
  readonly label: string;
  readonly fromDays: number | null;
  readonly toDays: number | null;
  readonly amountMinor: number;
  readonly count: number;
};

/** The aging of one currency's open receivables; buckets sum exactly to `openMinor` and `count`. */
export type CurrencyAging = {
  readonly currency: string;
  readonly openMinor: number;
  readonly count: number;
  readonly buckets: readonly AgingBucket[];
};

/** Open receivables by days past due as of a moment, per currency (sums across currencies mean nothing). */
export type AgingReport = {
  readonly asOf: Date;
  readonly timeZone: string;
  readonly currencies: readonly CurrencyAging[];
};

type BucketShape = Omit<AgingBucket, "amountMinor" | "count">;

const bucketShapes = (bounds: readonly number[]): readonly BucketShape[] => {
  const last = bounds[bounds.length - 1] ?? 0;
  return [
    { id: "current", label: "current (not yet due)", fromDays: null, toDays: 0 },
    ...bounds.map((to, i) => {
      const from = i === 0 ? 1 : (bounds[i - 1] ?? 0) + 1;
      return {
        id: `${from}_${to}`,
        label: `${from}–${to} days past due`,
        fromDays: from,
        toDays: to,
      };
    }),
    { id: `over_${last}`, label: `over ${last} days past due`, fromDays: last + 1, toDays: null },
  ];
};

const bucketIndex = (daysPastDue: number, bounds: readonly number[]): number => {
  if (daysPastDue <= 0) return 0;
  const i = bounds.findIndex((to) => daysPastDue <= to);
  return i === -1 ? bounds.length + 1 : i + 1;
};

/**
 * Finance's aging report: every open receivable placed by how many calendar days past due
 * it is on `asOf`'s date in `timeZone` (due today is still current), with amounts and
 * counts per bucket and per currency. Fully paid receivables are left out.
 *
 * @example
 * agingBuckets([dueMarch1Open500], new Date("2026-03-31T12:00:00Z"), "Europe/Berlin", defaultConfig())
 * // ok({ currencies: [{ currency: "EUR", openMinor: 50_000, count: 1,
 * //      buckets: [{ id: "current", … }, { id: "1_30", amountMinor: 50_000, count: 1 }, …] }], … })
 */
export const agingBuckets = (
  receivables: readonly ReceivableInput[],
  asOf: Date,
  timeZone: string,
  config: Config,
): Result<AgingReport, ReceivablesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const list = parseInput(ReceivableList, receivables, "receivables");
  if (!list.ok) return list;
  const when = parseInput(Instant, asOf, "aging date");
  if (!when.ok) return when;
  const zone = parseInput(TimeZone, timeZone, "time zone");
  if (!zone.ok) return zone;

  const bounds = company.value.receivables.agingBucketDays;
  const shapes = bucketShapes(bounds);
  const byCurrency = new Map<string, Receivable[]>();
  for (const r of list.value) {
    if (r.openMinor === 0) continue;
    const same = byCurrency.get(r.amount.currency) ?? [];
    same.push(r);
    byCurrency.set(r.amount.currency, same);
  }

  const currencies = [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, open]): CurrencyAging => {
      const totals = shapes.map(() => ({ amountMinor: 0, count: 0 }));
      for (const r of open) {
        const days = differenceInCalendarDays(when.value, r.dueDate, { in: tz(zone.value) });
        const total = totals[bucketIndex(days, bounds)];
        if (total) {
          total.amountMinor += r.openMinor;
          total.count += 1;
        }
      }
      return {
        currency,
        openMinor: open.reduce((sum, r) => sum + r.openMinor, 0),
        count: open.length,
        buckets: shapes.map((shape, i) => ({
          ...shape,
          amountMinor: totals[i]?.amountMinor ?? 0,
          count: totals[i]?.count ?? 0,
        })),
      };
    });

  return ok({ asOf: when.value, timeZone: zone.value, currencies });
};
