import { z } from "zod";
import type { BusinessHours } from "../funnel/funnelConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { SlaError } from "./slaError";
import { readWorkingCalendar, type WorkingCalendar, workingWindow } from "./workingCalendar";
import { DAY_MS, localDayOf } from "./zonedWallClock";

const HOUR_MS = 3_600_000;
/** A year and a day without any working time means the calendar is broken, not a long holiday. */
const MAX_IDLE_DAYS = 366;
/** Business-hours sums span at most a century; beyond that the input is a mistake, not an SLA. */
export const MAX_SPAN_DAYS = 36_525;

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(10_000, 0, 1);
/**
 * An instant business hours can be counted from: the time-zone database only knows offsets
 * for sane years, and outside them every answer would be guesswork.
 */
export const SlaInstant = z
  .date({ error: "must be a valid date and time" })
  .refine((d) => d.getTime() >= EARLIEST && d.getTime() < LATEST, {
    message: "must be between the years 1900 and 9999",
  });

const BusinessHoursToAdd = z.object({
  start: SlaInstant,
  hours: z.number({ error: "must be a number of hours" }).min(0, "must be 0 or more hours"),
});

const tooFarAhead = (hours: number, from: number): SlaError =>
  domainError(
    "out_of_range",
    `${hours} business hours from ${new Date(from).toISOString()} end more than 100 years later; check the number of hours.`,
    { path: ["hours"] },
  );

const BusinessHoursSpan = z.object({ start: SlaInstant, end: SlaInstant });

/**
 * The instant `hours` working hours after `start`, counted in the business hours of
 * `timeZone` (the owner's zone) — the due time of an SLA such as "first touch within 4
 * business hours". A start outside working time starts the clock at the next working
 * moment; a deadline that fills a working day exactly ends at that day's closing time.
 * Hours are real elapsed hours, so a working window spanning a DST change counts as it
 * is lived; hours are rounded to the nearest millisecond.
 *
 * @example
 * addBusinessHours(new Date("2026-03-06T14:00:00Z"), 4, { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", holidays: [] }, "Europe/Berlin")
 * // { ok: true, value: 2026-03-09T10:00:00.000Z } — Friday 15:00 Berlin + 4h = Monday 11:00 Berlin
 */
export const addBusinessHours = (
  start: Date,
  hours: number,
  calendar: BusinessHours,
  timeZone: string,
): Result<Date, SlaError> => {
  const input = parseInput(BusinessHoursToAdd, { start, hours }, "business-hours deadline");
  if (!input.ok) return input;
  const working = readWorkingCalendar(calendar, timeZone);
  if (!working.ok) return working;

  const from = input.value.start.getTime();
  if (input.value.hours > MAX_SPAN_DAYS * 24) return err(tooFarAhead(hours, from));
  let remaining = Math.round(input.value.hours * HOUR_MS);
  let idleDays = 0;
  // Start a day early: the working time of the day before can, around DST changes, still be running.
  const firstDay = localDayOf(from, working.value.timeZone) - DAY_MS;
  for (let i = 0; i <= MAX_SPAN_DAYS; i++) {
    const window = workingWindow(firstDay + i * DAY_MS, working.value);
    if (window === null || window.end <= from) {
      idleDays += 1;
      if (idleDays > MAX_IDLE_DAYS) {
        return err(
          domainError(
            "no_working_time",
            `The business-hours calendar has no working time for more than a year after ${new Date(from).toISOString()}; check its working days and holidays.`,
            { path: ["calendar"] },
          ),
        );
      }
      continue;
    }
    idleDays = 0;
    const begin = Math.max(window.start, from);
    if (remaining === 0) return ok(new Date(begin));
    const available = window.end - begin;
    if (remaining <= available) return ok(new Date(begin + remaining));
    remaining -= available;
  }
  return err(tooFarAhead(hours, from));
};

/**
 * The working hours in `[start, end)` in the business hours of `timeZone`, 0 when `end`
 * is not after `start` — how much of an SLA's working time has been used, and the inverse
 * of `addBusinessHours`.
 *
 * @example
 * businessHoursBetween(new Date("2026-03-06T14:00:00Z"), new Date("2026-03-09T10:00:00Z"), { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", holidays: [] }, "Europe/Berlin")
 * // { ok: true, value: 4 }
 */
export const businessHoursBetween = (
  start: Date,
  end: Date,
  calendar: BusinessHours,
  timeZone: string,
): Result<number, SlaError> => {
  const input = parseInput(BusinessHoursSpan, { start, end }, "business-hours span");
  if (!input.ok) return input;
  const working = readWorkingCalendar(calendar, timeZone);
  if (!working.ok) return working;

  const from = input.value.start.getTime();
  const to = input.value.end.getTime();
  if (to <= from) return ok(0);
  if (to - from > MAX_SPAN_DAYS * DAY_MS) {
    return err(
      domainError(
        "out_of_range",
        `From ${new Date(from).toISOString()} to ${new Date(to).toISOString()} is more than 100 years; count business hours over a shorter span.`,
        { path: ["end"] },
      ),
    );
  }
  return ok(workingMsBetween(from, to, working.value) / HOUR_MS);
};

/**
 * The working milliseconds in `[from, to)` of a checked calendar, 0 when `to` is not after
 * `from`. Callers keep the span within a century: the work is one step per local day.
 */
export const workingMsBetween = (from: number, to: number, working: WorkingCalendar): number => {
  if (to <= from) return 0;
  // One day of margin either side, as in addBusinessHours, for working time shifted by DST.
  const lastDay = localDayOf(to, working.timeZone) + DAY_MS;
  let workedMs = 0;
  for (let day = localDayOf(from, working.timeZone) - DAY_MS; day <= lastDay; day += DAY_MS) {
    const window = workingWindow(day, working);
    if (window !== null) {
      workedMs += Math.max(0, Math.min(window.end, to) - Math.max(window.start, from));
    }
  }
  return workedMs;
};
