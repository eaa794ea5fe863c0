import { TZDate } from "@date-fns/tz";
import {
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  differenceInCalendarMonths,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from "date-fns";
import { z } from "zod";

export const NAMED_PERIODS = [
  "this_week",
  "last_week",
  "this_month",
  "last_month",
  "this_quarter",
  "last_quarter",
  "this_year",
  "last_year",
] as const;
export type NamedPeriod = (typeof NAMED_PERIODS)[number];

/**
 * A moment in a period input: a `Date`, an ISO date-time with its offset, or an ISO date
 * (`2026-03-01`), which means midnight of that day in the viewer's time zone.
 */
export const PeriodMoment = z.union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()], {
  error: "must be a date (2026-03-01) or a date and time with its offset (2026-03-01T09:00:00Z)",
});

/** A period as people ask for it: a named calendar period, or `{ start, end }` (end excluded). */
export const ReportPeriodInput = z.union(
  [z.enum(NAMED_PERIODS), z.object({ start: PeriodMoment, end: PeriodMoment })],
  { error: `must be one of ${NAMED_PERIODS.join(", ")}, or { start, end }` },
);
export type ReportPeriodInput = z.input<typeof ReportPeriodInput>;

/** A half-open period `[start, end)` and the time zone its calendar days are counted in. */
export type ZonedPeriod = { readonly start: Date; readonly end: Date; readonly timeZone: string };

/** A period and the one before it, to compare against. */
export type ReportPeriods = { readonly period: ZonedPeriod; readonly previous: ZonedPeriod };

type Unit = { start: (d: TZDate) => TZDate; add: (d: TZDate, n: number) => TZDate };

const UNITS: Record<"week" | "month" | "quarter" | "year", Unit> = {
  week: { start: (d) => startOfWeek(d, { weekStartsOn: 1 }), add: addWeeks },
  month: { start: startOfMonth, add: addMonths },
  quarter: { start: startOfQuarter, add: addQuarters },
  year: { start: startOfYear, add: addYears },
};

const readMoment = (moment: z.output<typeof PeriodMoment>, timeZone: string): Date => {
  if (moment instanceof Date) return moment;
  if (/^\d{4}-\d{2}-\d{2}$/.test(moment)) {
    const [y, m, d] = moment.split("-").map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
  }
  return new Date(moment);
};

const zoned = (start: Date, end: Date, timeZone: string): ZonedPeriod => ({
  start: new Date(start.getTime()),
  end: new Date(end.getTime()),
  timeZone,
});

/**
 * The previous period of a custom one: as many calendar months before when it runs from a
 * month's first midnight to another's (March → February, Q1 → Q4), else the same length
 * just before it.
 */
const previousOf = (start: Date, end: Date, timeZone: string): ZonedPeriod => {
  const s = new TZDate(start.getTime(), timeZone);
  const e = new TZDate(end.getTime(), timeZone);
  const months = differenceInCalendarMonths(e, s);
  const wholeMonths =
    months > 0 &&
    startOfMonth(s).getTime() === s.getTime() &&
    startOfMonth(e).getTime() === e.getTime();
  if (wholeMonths) return zoned(addMonths(s, -months), s, timeZone);
  const length = end.getTime() - start.getTime();
  return zoned(new Date(start.getTime() - length), start, timeZone);
};

/**
 * Resolves a period input to dates on the viewer's calendar, with the period before it:
 * `this_month` for a viewer in Shanghai starts at midnight on the 1st in Shanghai, and
 * weeks start on Monday. Returns null when a custom period does not start before it ends.
 *
 * @example resolveReportPeriod("last_month", "UTC", new Date("2026-03-10T00:00:00Z"))
 * // { period: { start: 2026-02-01, end: 2026-03-01, timeZone: "UTC" }, previous: { start: 2026-01-01, … } }
 */
export const resolveReportPeriod = (
  input: z.output<typeof ReportPeriodInput>,
  timeZone: string,
  now: Date,
): ReportPeriods | null => {
  if (typeof input !== "string") {
    const start = readMoment(input.start, timeZone);
    const end = readMoment(input.end, timeZone);
    if (!(start.getTime() < end.getTime())) return null;
    return { period: zoned(start, end, timeZone), previous: previousOf(start, end, timeZone) };
  }
  const [which, unitName] = input.split("_") as ["this" | "last", keyof typeof UNITS];
  const unit = UNITS[unitName];
  const current = unit.start(new TZDate(now.getTime(), timeZone));
  const start = which === "this" ? current : unit.add(current, -1);
  const end = unit.add(start, 1);
  return {
    period: zoned(start, end, timeZone),
    previous: zoned(unit.add(start, -1), start, timeZone),
  };
};
