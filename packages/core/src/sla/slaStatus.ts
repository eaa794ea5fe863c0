import { z } from "zod";
import { Instant } from "../entities/common";
import type { BusinessHours } from "../funnel/funnelConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { MAX_SPAN_DAYS, SlaInstant, workingMsBetween } from "./businessHours";
import type { SlaError } from "./slaError";
import { readWorkingCalendar } from "./workingCalendar";
import { DAY_MS } from "./zonedWallClock";

export const SLA_STATES = ["on_track", "at_risk", "breached", "met", "missed"] as const;
/**
 * Where an SLA stands: still open (`on_track`, `at_risk`), open and overdue (`breached`),
 * or closed by the first touch, in time (`met`) or late (`missed`).
 */
export const SlaState = z.enum(SLA_STATES);
export type SlaState = z.infer<typeof SlaState>;

/** Share of the SLA window that may pass without a touch before it is `at_risk`. */
export const DEFAULT_SLA_AT_RISK_SHARE = 0.75;

/**
 * An SLA's state and its time to spare in milliseconds; negative when it is, or was, late.
 * Given a calendar, the milliseconds are business milliseconds (working time only).
 */
export const SlaStatus = z.object({ status: SlaState, remainingMs: z.number().int() });
export type SlaStatus = z.infer<typeof SlaStatus>;

const TOGETHER = "calendar and timeZone must be given together to count business time";

/** What `slaStatus` needs: the SLA window, the first touch if any, and the moment to judge at. */
export const SlaStatusInput = z
  .object({
    startedAt: Instant,
    dueAt: Instant,
    firstTouchAt: Instant.nullish(),
    now: Instant,
    atRiskShare: z
      .number({ error: "must be a share between 0 and 1" })
      .min(0, "must be a share between 0 and 1")
      .max(1, "must be a share between 0 and 1")
      .default(DEFAULT_SLA_AT_RISK_SHARE),
    /**
     * The working week the due time was counted in (a hand-off's is
     * `config.funnel.businessHours`); checked like `addBusinessHours` checks it.
     */
    calendar: z.custom<BusinessHours>().optional(),
    /** The zone the calendar is read in (a hand-off plan's `slaTimeZone`). */
    timeZone: z.string({ error: "must be an IANA time zone such as 'Europe/Berlin'" }).optional(),
  })
  .refine((s) => s.dueAt.getTime() >= s.startedAt.getTime(), {
    message: "must not be before startedAt",
    path: ["dueAt"],
  })
  .refine((s) => s.firstTouchAt == null || s.firstTouchAt.getTime() >= s.startedAt.getTime(), {
    message: "must not be before startedAt; pass the first touch made after the SLA started",
    path: ["firstTouchAt"],
  })
  .refine((s) => s.calendar === undefined || s.timeZone !== undefined, {
    message: TOGETHER,
    path: ["timeZone"],
  })
  .refine((s) => s.timeZone === undefined || s.calendar !== undefined, {
    message: TOGETHER,
    path: ["calendar"],
  });
export type SlaStatusInput = z.input<typeof SlaStatusInput>;

/** Signed time from one instant to another: negative when `to` is before `from`. */
type Span = (from: number, to: number) => number;

const wallClock: Span = (from, to) => to - from;

// Business time counted backwards is negated; `0 - x` rather than `-x` keeps a zero from being -0.
const businessTime =
  (worked: (from: number, to: number) => number): Span =>
  (from, to) =>
    to >= from ? worked(from, to) : 0 - worked(to, from);

const BusinessInstants = z.object({
  startedAt: SlaInstant,
  dueAt: SlaInstant,
  now: SlaInstant,
  firstTouchAt: SlaInstant.nullish(),
});

/**
 * Judges an SLA at `now`: `met` or `missed` once the first touch is made (by or after
 * `dueAt`), otherwise `breached` from `dueAt` on, `at_risk` once more than `atRiskShare`
 * (default 0.75) of the window has passed, else `on_track`. A touch after `now` is not
 * known yet at `now`, so past states can be replayed.
 *
 * With a `calendar` and its `timeZone` (both or neither), the share of the window used
 * and `remainingMs` are counted in business time, so a 4-business-hour SLA started Friday
 * 16:00 still has 3 of its 4 hours at Monday's opening. Without them they are counted in
 * wall-clock time between `startedAt` and `dueAt`, where nights and weekends count too.
 *
 * @example
 * slaStatus({ startedAt: new Date("2026-03-02T09:00:00Z"), dueAt: new Date("2026-03-02T13:00:00Z"), firstTouchAt: null, now: new Date("2026-03-02T12:30:00Z") })
 * // { ok: true, value: { status: "at_risk", remainingMs: 1_800_000 } }
 * @example
 * slaStatus({ startedAt: new Date("2026-03-06T16:00:00Z"), dueAt: new Date("2026-03-09T12:00:00Z"), now: new Date("2026-03-09T09:00:00Z"),
 *             calendar: { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", holidays: [] }, timeZone: "UTC" })
 * // { ok: true, value: { status: "on_track", remainingMs: 10_800_000 } } — 3 business hours left
 */
export const slaStatus = (input: SlaStatusInput): Result<SlaStatus, SlaError> => {
  const parsed = parseInput(SlaStatusInput, input, "SLA");
  if (!parsed.ok) return parsed;
  const { startedAt, dueAt, firstTouchAt, now, atRiskShare, calendar, timeZone } = parsed.value;
  const start = startedAt.getTime();
  const due = dueAt.getTime();
  const at = now.getTime();
  const touch =
    firstTouchAt != null && firstTouchAt.getTime() <= at ? firstTouchAt.getTime() : null;

  let span = wallClock;
  if (calendar !== undefined || timeZone !== undefined) {
    const working = readWorkingCalendar(calendar, timeZone);
    if (!working.ok) return working;
    const instants = parseInput(BusinessInstants, parsed.value, "SLA");
    if (!instants.ok) return instants;
    const used = [start, due, at, ...(touch === null ? [] : [touch])];
    if (Math.max(...used) - Math.min(...used) > MAX_SPAN_DAYS * DAY_MS) {
      return err(
        domainError(
          "out_of_range",
          `The SLA's dates span more than 100 years (${new Date(Math.min(...used)).toISOString()} to ${new Date(Math.max(...used)).toISOString()}); check startedAt, dueAt and now.`,
          { path: ["now"] },
        ),
      );
    }
    span = businessTime((from, to) => workingMsBetween(from, to, working.value));
  }

  if (touch !== null) {
    const spareMs = span(touch, due);
    return ok({ status: touch <= due ? "met" : "missed", remainingMs: spareMs });
  }
  const remainingMs = span(at, due);
  if (due <= at) return ok({ status: "breached", remainingMs });
  const windowMs = span(start, due);
  const elapsedShare = windowMs > 0 ? span(start, at) / windowMs : 0;
  return ok({ status: elapsedShare > atRiskShare ? "at_risk" : "on_track", remainingMs });
};
