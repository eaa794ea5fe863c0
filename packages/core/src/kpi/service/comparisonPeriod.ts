import { tz } from "@date-fns/tz";
import {
  differenceInCalendarDays,
  differenceInCalendarMonths,
  startOfDay,
  startOfMonth,
  subDays,
  subMonths,
} from "date-fns";
import type { KpiPeriod } from "../kpiPeriod";

const MS_PER_DAY = 86_400_000;
/** The mean Gregorian month (365.25 ÷ 12 days), for periods that are not whole months. */
const MS_PER_AVERAGE_MONTH = (365.25 / 12) * MS_PER_DAY;

const plain = (d: Date): Date => new Date(d.getTime());

const isMonthStart = (d: Date, zone: ReturnType<typeof tz>) =>
  startOfMonth(d, { in: zone }).getTime() === d.getTime();
const isDayStart = (d: Date, zone: ReturnType<typeof tz>) =>
  startOfDay(d, { in: zone }).getTime() === d.getTime();

/**
 * The period to compare with: the one just before, of the same calendar length where the
 * period is whole months or whole days in its time zone (March is compared with February,
 * Q2 with Q1, a week with the week before, across summer-time changes), else of the same
 * duration.
 *
 * @example
 * comparisonPeriodBefore({ start: mar1, end: apr1, timeZone: "Europe/Berlin" })
 * // { start: feb1, end: mar1, timeZone: "Europe/Berlin" } (Berlin midnights)
 */
export const comparisonPeriodBefore = (period: KpiPeriod): KpiPeriod => {
  const zone = tz(period.timeZone);
  const { start, end, timeZone } = period;
  if (isMonthStart(start, zone) && isMonthStart(end, zone)) {
    const months = differenceInCalendarMonths(end, start, { in: zone });
    return { start: plain(subMonths(start, months, { in: zone })), end: start, timeZone };
  }
  if (isDayStart(start, zone) && isDayStart(end, zone)) {
    const days = differenceInCalendarDays(end, start, { in: zone });
    return { start: plain(subDays(start, days, { in: zone })), end: start, timeZone };
  }
  return { start: new Date(2 * start.getTime() - end.getTime()), end: start, timeZone };
};

/**
 * The period's length in months, to turn a rate over the period into a monthly one: whole
 * calendar months when the period is whole months in its time zone, else its duration in
 * mean months.
 *
 * @example kpiPeriodMonths({ start: jan1, end: apr1, timeZone: "UTC" }) // 3
 */
export const kpiPeriodMonths = (period: KpiPeriod): number => {
  const zone = tz(period.timeZone);
  if (isMonthStart(period.start, zone) && isMonthStart(period.end, zone))
    return differenceInCalendarMonths(period.end, period.start, { in: zone });
  return (period.end.getTime() - period.start.getTime()) / MS_PER_AVERAGE_MONTH;
};
