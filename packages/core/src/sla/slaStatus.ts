import { z } from "zod";
import { Instant } from "../entities/common";
import { ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { SlaError } from "./slaError";

export const SLA_STATES = ["on_track", "at_risk", "breached", "met", "missed"] as const;
/**
 * Where an SLA stands: still open (`on_track`, `at_risk`), open and overdue (`breached`),
 * or closed by the first touch, in time (`met`) or late (`missed`).
 */
export const SlaState = z.enum(SLA_STATES);
export type SlaState = z.infer<typeof SlaState>;

/** Share of the SLA window that may pass without a touch before it is `at_risk`. */
export const DEFAULT_SLA_AT_RISK_SHARE = 0.75;

/** An SLA's state and its time to spare in milliseconds; negative when it is, or was, late. */
export const SlaStatus = z.object({ status: SlaState, remainingMs: z.number().int() });
export type SlaStatus = z.infer<typeof SlaStatus>;

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
  })
  .refine((s) => s.dueAt.getTime() >= s.startedAt.getTime(), {
    message: "must not be before startedAt",
    path: ["dueAt"],
  })
  .refine((s) => s.firstTouchAt == null || s.firstTouchAt.getTime() >= s.startedAt.getTime(), {
    message: "must not be before startedAt; pass the first touch made after the SLA started",
    path: ["firstTouchAt"],
  });
export type SlaStatusInput = z.input<typeof SlaStatusInput>;

/**
 * Judges an SLA at `now`: `met` or `missed` once the first touch is made (by or after
 * `dueAt`), otherwise `breached` from `dueAt` on, `at_risk` once more than `atRiskShare`
 * (default 0.75) of the window has passed, else `on_track`. The share is of wall-clock
 * time between `startedAt` and `dueAt` — the business hours are already in `dueAt` — and
 * a touch after `now` is not known yet at `now`, so past states can be replayed.
 *
 * @example
 * slaStatus({ startedAt: new Date("2026-03-02T09:00:00Z"), dueAt: new Date("2026-03-02T13:00:00Z"), firstTouchAt: null, now: new Date("2026-03-02T12:30:00Z") })
 * // { ok: true, value: { status: "at_risk", remainingMs: 1_800_000 } }
 */
export const slaStatus = (input: SlaStatusInput): Result<SlaStatus, SlaError> => {
  const parsed = parseInput(SlaStatusInput, input, "SLA");
  if (!parsed.ok) return parsed;
  const { startedAt, dueAt, firstTouchAt, now, atRiskShare } = parsed.value;
  const due = dueAt.getTime();
  const at = now.getTime();

  if (firstTouchAt != null && firstTouchAt.getTime() <= at) {
    const spareMs = due - firstTouchAt.getTime();
    return ok({ status: spareMs >= 0 ? "met" : "missed", remainingMs: spareMs });
  }
  const remainingMs = due - at;
  if (remainingMs <= 0) return ok({ status: "breached", remainingMs });
  const windowMs = due - startedAt.getTime();
  const elapsedShare = windowMs > 0 ? (at - startedAt.getTime()) / windowMs : 0;
  return ok({ status: elapsedShare > atRiskShare ? "at_risk" : "on_track", remainingMs });
};
