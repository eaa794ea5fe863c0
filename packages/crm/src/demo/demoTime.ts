import type { SeededRandom } from "./seededRandom";

export const DAY = 86_400_000;

/**
 * A moment during working hours (07:00–17:55 UTC, on the minute a person
 * would note) between `fromDaysAgo` and `toDaysAgo` days before `now`, never
 * after `now`.
 */
export const workingTime = (
  random: SeededRandom,
  now: Date,
  fromDaysAgo: number,
  toDaysAgo: number,
): Date => {
  const day = new Date(now.getTime() - random.int(toDaysAgo, fromDaysAgo) * DAY);
  day.setUTCHours(random.int(7, 17), random.int(0, 11) * 5, 0, 0);
  return day.getTime() > now.getTime() ? new Date(day.getTime() - DAY) : day;
};

/** Midnight UTC `days` after `from`: how close and due dates are written. */
export const dateAfter = (from: Date, days: number): Date => {
  const at = new Date(from.getTime() + days * DAY);
  at.setUTCHours(0, 0, 0, 0);
  return at;
};
