import type { Locale } from "@baton/core";
import { TZDate, tzOffset } from "@date-fns/tz";
import { chronoFor } from "./chronoFor";

/** What a date is read against. */
export type WhenContext = {
  readonly now: Date;
  readonly timeZone: string;
  readonly locale: Locale;
};

/** The hour a follow-up given as a day only ("fri", "明天") is due, in the user's zone. */
export const DEFAULT_DUE_HOUR = 9;

/**
 * The instant a person meant by `text` ("fri", "next tuesday 3pm", "明天下午3点",
 * "2026-12-01") in their time zone, or null when it is not a date. A day with no
 * time means 09:00 that day; a weekday means the next one.
 *
 * @example readWhen("fri", { now: new Date("2026-03-02T09:00:00Z"), timeZone: "Europe/Berlin", locale: "en" })
 * // 2026-03-06T08:00:00.000Z (Friday 09:00 in Berlin)
 */
export const readWhen = (text: string, context: WhenContext): Date | null => {
  if (text.trim().length === 0 || text.length > 200) return null;
  let offset: number;
  try {
    offset = tzOffset(context.timeZone, context.now);
  } catch {
    return null;
  }
  if (Number.isNaN(offset)) return null;
  const found = chronoFor(text).parse(
    text,
    { instant: context.now, timezone: offset },
    { forwardDate: true },
  )[0];
  if (!found) return null;
  const start = found.start;
  if (start.isCertain("hour")) return start.date();
  const year = start.get("year");
  const month = start.get("month");
  const day = start.get("day");
  if (year === null || month === null || day === null) return null;
  const due = new TZDate(year, month - 1, day, DEFAULT_DUE_HOUR, 0, 0, context.timeZone);
  return new Date(due.getTime());
};
