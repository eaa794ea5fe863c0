import { isValid, parseISO } from "date-fns";
import { TimeZone } from "../entities/common";
import { BusinessHours } from "../funnel/funnelConfig";
import { domainError, err, ok, type Result } from "../result";
import { invalidInput } from "../validation";
import type { SlaError } from "./slaError";
import { type LocalDay, wallClockInstant } from "./zonedWallClock";

/** A validated business-hours calendar bound to the owner's time zone, ready for day-by-day use. */
export type WorkingCalendar = {
  readonly timeZone: string;
  readonly days: ReadonlySet<number>;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly holidays: ReadonlySet<string>;
};

/** The working time of one local day as instants `[start, end)`, in milliseconds since the epoch. */
export type WorkingWindow = { readonly start: number; readonly end: number };

const minuteOfDay = (hhmm: string): number => {
  const [hours = 0, minutes = 0] = hhmm.split(":").map(Number);
  return hours * 60 + minutes;
};

// Both ways a calendar can hold no working time at all fail the schema; we name them apart
// because "add a working day" helps more than a list of schema issues.
const isNoWorkingTimeIssue = (issue: { code: string; path: readonly PropertyKey[] }): boolean =>
  (issue.code === "too_small" && issue.path.length === 1 && issue.path[0] === "days") ||
  (issue.code === "custom" && issue.path.length === 0);

/**
 * Checks a business-hours calendar and a time zone and binds them together, refusing an
 * unknown zone, a calendar without working time, and holidays that are not real dates.
 *
 * @example readWorkingCalendar({ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", holidays: [] }, "Mars/Olympus").ok // false, unknown_time_zone
 */
export const readWorkingCalendar = (
  calendar: unknown,
  timeZone: unknown,
): Result<WorkingCalendar, SlaError> => {
  const zone = TimeZone.safeParse(timeZone);
  if (!zone.success) {
    return err(
      domainError(
        "unknown_time_zone",
        // Only a string is quoted back: turning any other value into text can itself throw.
        typeof timeZone === "string"
          ? `Unknown time zone '${timeZone}'; use an IANA time zone name such as 'Europe/Berlin' or 'Asia/Shanghai'.`
          : "The time zone is missing or not text; use an IANA time zone name such as 'Europe/Berlin' or 'Asia/Shanghai'.",
        { path: ["timeZone"] },
      ),
    );
  }
  const parsed = BusinessHours.safeParse(calendar);
  if (!parsed.success) {
    return parsed.error.issues.every(isNoWorkingTimeIssue)
      ? err(
          domainError(
            "no_working_time",
            "The business-hours calendar has no working time; give it at least one working day (1 = Monday … 7 = Sunday) and a working day that starts before it ends, such as 09:00–17:00.",
            { path: ["calendar"] },
          ),
        )
      : err(invalidInput(parsed.error, "business-hours calendar"));
  }
  const badHoliday = parsed.data.holidays.findIndex((day) => !isValid(parseISO(day)));
  if (badHoliday >= 0) {
    const path = `holidays[${badHoliday}]`;
    const message = `'${parsed.data.holidays[badHoliday]}' is not a date in the calendar`;
    return err({
      code: "invalid_input",
      message: `The business-hours calendar is not valid — ${path}: ${message}.`,
      path: ["holidays", badHoliday],
      issues: [{ path, message }],
    });
  }
  return ok({
    timeZone: zone.data,
    days: new Set(parsed.data.days),
    startMinute: minuteOfDay(parsed.data.start),
    endMinute: minuteOfDay(parsed.data.end),
    holidays: new Set(parsed.data.holidays),
  });
};

const isoWeekday = (day: LocalDay): number => new Date(day).getUTCDay() || 7;
const isoDate = (day: LocalDay): string => new Date(day).toISOString().slice(0, 10);

/**
 * The working time of one local day, or `null` when the day is off (weekend, holiday) or
 * a DST jump swallows its whole working time. It is counted in real elapsed time: a
 * working day that spans a DST change is an hour shorter or longer than on the clock.
 *
 * @example workingWindow(Date.parse("2026-03-06"), berlinNineToFive) // { start: 2026-03-06T08:00Z, end: 2026-03-06T16:00Z }
 */
export const workingWindow = (day: LocalDay, calendar: WorkingCalendar): WorkingWindow | null => {
  if (!calendar.days.has(isoWeekday(day)) || calendar.holidays.has(isoDate(day))) return null;
  const start = wallClockInstant(day, calendar.startMinute, calendar.timeZone);
  const end = wallClockInstant(day, calendar.endMinute, calendar.timeZone);
  return start < end ? { start, end } : null;
};
