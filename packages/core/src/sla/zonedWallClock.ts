import { tzOffset } from "@date-fns/tz";

const MINUTE_MS = 60_000;
/** One calendar day of wall-clock time (not of elapsed time: DST days are 23 or 25 hours long). */
export const DAY_MS = 86_400_000;
// UTC offsets in use lie between -12h and +14h, so offsets read 27h either side of a
// wall time bracket every offset that could map that wall time to an instant.
const OFFSET_REACH_MS = 27 * 3_600_000;

/**
 * A local calendar date, held as the UTC midnight of the same year-month-day: days are
 * then stepped with plain `+ DAY_MS` and read with UTC getters, with no zone involved.
 */
export type LocalDay = number;

// tzOffset answers in minutes and gives historic offsets with seconds as fractions of one;
// rounding keeps every instant we compute a whole millisecond.
const offsetMsAt = (timeZone: string, at: number): number =>
  Math.round(tzOffset(timeZone, new Date(at)) * MINUTE_MS);

/**
 * The local calendar day on which clocks in `timeZone` show the instant `at`.
 *
 * @example localDayOf(Date.parse("2026-03-06T23:30:00Z"), "Asia/Shanghai") // Date.parse("2026-03-07")
 */
export const localDayOf = (at: number, timeZone: string): LocalDay => {
  const wall = at + offsetMsAt(timeZone, at);
  return Math.floor(wall / DAY_MS) * DAY_MS;
};

/**
 * The first instant at which clocks in `timeZone` show `minuteOfDay` of `day` or later,
 * so a wall time is pinned the same way in every zone: in a DST overlap it is the first
 * of the two instants showing it, in a DST gap it is the moment the clocks jump past it.
 * `TZDate` alone would not do: it resolves overlaps to the later instant in some zones
 * (Europe/Berlin) and to the earlier in others (America/New_York).
 *
 * @example wallClockInstant(Date.parse("2026-03-29"), 150, "Europe/Berlin") // Date.parse("2026-03-29T01:00:00Z"), 03:00 CEST
 */
export const wallClockInstant = (day: LocalDay, minuteOfDay: number, timeZone: string): number => {
  const wall = day + minuteOfDay * MINUTE_MS;
  const offsetBefore = offsetMsAt(timeZone, wall - OFFSET_REACH_MS);
  const offsetAfter = offsetMsAt(timeZone, wall + OFFSET_REACH_MS);
  if (offsetBefore === offsetAfter) return wall - offsetBefore;

  const underOffsetBefore = wall - offsetBefore;
  const underOffsetAfter = wall - offsetAfter;
  const existing = [
    ...(offsetMsAt(timeZone, underOffsetBefore) === offsetBefore ? [underOffsetBefore] : []),
    ...(offsetMsAt(timeZone, underOffsetAfter) === offsetAfter ? [underOffsetAfter] : []),
  ];
  if (existing.length > 0) return Math.min(...existing);

  // The wall time falls in a gap: search the change of offset between the two readings.
  let lo = Math.min(underOffsetBefore, underOffsetAfter);
  let hi = Math.max(underOffsetBefore, underOffsetAfter);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetMsAt(timeZone, mid) === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi;
};
