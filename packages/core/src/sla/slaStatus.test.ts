import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { T0 } from "../../test/builders";
import { type SlaStatusInput, slaStatus } from "./slaStatus";

const HOUR = 3_600_000;
const after = (hours: number) => new Date(T0.getTime() + hours * HOUR);
// A 4-hour SLA started at T0 (Monday 09:00 UTC), due at 13:00.
const sla = (over: Partial<SlaStatusInput> = {}) =>
  slaStatus({ startedAt: T0, dueAt: after(4), firstTouchAt: null, now: after(1), ...over });

describe("SLA status", () => {
  it("is on track early in the window, with the time left", () => {
    expect(sla()).toEqual({ ok: true, value: { status: "on_track", remainingMs: 3 * HOUR } });
  });

  it("is at risk once more than three quarters of the window has gone untouched", () => {
    expect(sla({ now: after(3) })).toMatchObject({ value: { status: "on_track" } }); // exactly 3/4
    expect(sla({ now: after(3.5) })).toEqual({
      ok: true,
      value: { status: "at_risk", remainingMs: 0.5 * HOUR },
    });
  });

  it("uses the at-risk share it is given", () => {
    expect(sla({ now: after(2.5), atRiskShare: 0.5 })).toMatchObject({
      value: { status: "at_risk" },
    });
    expect(sla({ now: after(0.001), atRiskShare: 0 })).toMatchObject({
      value: { status: "at_risk" },
    });
  });

  it("is breached from the due time on while nobody has touched it, with how late it is", () => {
    expect(sla({ now: after(4) })).toEqual({
      ok: true,
      value: { status: "breached", remainingMs: 0 },
    });
    expect(sla({ now: after(6) })).toEqual({
      ok: true,
      value: { status: "breached", remainingMs: -2 * HOUR },
    });
  });

  it("is met when the first touch comes by the due time, keeping the time to spare", () => {
    expect(sla({ firstTouchAt: after(1), now: after(10) })).toEqual({
      ok: true,
      value: { status: "met", remainingMs: 3 * HOUR },
    });
    expect(sla({ firstTouchAt: after(4), now: after(4) })).toMatchObject({
      value: { status: "met" },
    });
  });

  it("is missed when the first touch comes after the due time, keeping how late it was", () => {
    expect(sla({ firstTouchAt: after(5), now: after(10) })).toEqual({
      ok: true,
      value: { status: "missed", remainingMs: -1 * HOUR },
    });
  });

  it("does not know at a given moment about a touch made later, so history can be replayed", () => {
    expect(sla({ firstTouchAt: after(5), now: after(3.9) })).toMatchObject({
      value: { status: "at_risk" },
    });
  });

  it("is on track before it starts, and handles a zero-length window", () => {
    expect(sla({ now: after(-1) })).toMatchObject({ value: { status: "on_track" } });
    expect(sla({ dueAt: T0, now: after(-1) })).toMatchObject({ value: { status: "on_track" } });
    expect(sla({ dueAt: T0, now: T0 })).toMatchObject({ value: { status: "breached" } });
  });

  it("refuses a due time before the start, a touch before the start, and a share outside 0–1", () => {
    const dueBeforeStart = sla({ dueAt: after(-1) });
    expect(!dueBeforeStart.ok && dueBeforeStart.error.message).toMatch(
      /dueAt: must not be before startedAt/,
    );
    const touchBeforeStart = sla({ firstTouchAt: after(-1) });
    expect(!touchBeforeStart.ok && touchBeforeStart.error.message).toMatch(/firstTouchAt/);
    const badShare = sla({ atRiskShare: 1.5 });
    expect(!badShare.ok && badShare.error.message).toMatch(
      /atRiskShare: must be a share between 0 and 1/,
    );
    const invalidNow = sla({ now: new Date(Number.NaN) });
    expect(!invalidNow.ok && invalidNow.error.code).toBe("invalid_input");
  });

  it("never calls an untouched SLA met or missed, nor a touched one open, and counts time left to the due time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 * HOUR }),
        fc.option(fc.integer({ min: 0, max: 200 * HOUR }), { nil: null }),
        fc.integer({ min: -10 * HOUR, max: 200 * HOUR }),
        (windowMs, touchMs, nowMs) => {
          const dueAt = new Date(T0.getTime() + windowMs);
          const firstTouchAt = touchMs === null ? null : new Date(T0.getTime() + touchMs);
          const now = new Date(T0.getTime() + nowMs);
          const result = slaStatus({ startedAt: T0, dueAt, firstTouchAt, now });
          if (!result.ok) throw new Error(result.error.message);
          const touchedByNow = touchMs !== null && touchMs <= nowMs;
          const closed = ["met", "missed"].includes(result.value.status);
          expect(closed).toBe(touchedByNow);
          const judgedAt = touchedByNow ? touchMs : nowMs;
          expect(result.value.remainingMs).toBe(windowMs - judgedAt);
          if (result.value.status === "breached" || result.value.status === "missed") {
            expect(result.value.remainingMs).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });
});
