import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anythingOr, isResultShaped, T0 } from "../../test/builders";
import type { BusinessHours } from "../funnel/funnelConfig";
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

describe("SLA status in business time", () => {
  const nineToFive: BusinessHours = {
    days: [1, 2, 3, 4, 5],
    start: "09:00",
    end: "17:00",
    holidays: [],
  };
  // Friday 16:00 UTC + 4 business hours: 1 hour on Friday, 3 on Monday, due Monday 12:00.
  const friday = new Date("2026-03-06T16:00:00Z");
  const dueMonday = new Date("2026-03-09T12:00:00Z");
  const mondayOpening = new Date("2026-03-09T09:00:00Z");
  const inBusinessTime = (over: Partial<SlaStatusInput> = {}) =>
    slaStatus({
      startedAt: friday,
      dueAt: dueMonday,
      firstTouchAt: null,
      now: mondayOpening,
      calendar: nineToFive,
      timeZone: "UTC",
      ...over,
    });

  it("is on track at Monday's opening with 3 of 4 business hours left, where wall-clock time says at risk", () => {
    expect(inBusinessTime()).toEqual({
      ok: true,
      value: { status: "on_track", remainingMs: 3 * HOUR },
    });
    const wallClock = slaStatus({
      startedAt: friday,
      dueAt: dueMonday,
      firstTouchAt: null,
      now: mondayOpening,
    });
    expect(wallClock).toMatchObject({ value: { status: "at_risk" } });
  });

  it("does not spend the weekend: Saturday and Sunday leave the time left unchanged", () => {
    const saturday = new Date("2026-03-07T12:00:00Z");
    expect(inBusinessTime({ now: saturday })).toEqual({
      ok: true,
      value: { status: "on_track", remainingMs: 3 * HOUR },
    });
  });

  it("is at risk once more than three quarters of the business hours are used", () => {
    expect(inBusinessTime({ now: new Date("2026-03-09T11:00:00Z") })).toMatchObject({
      value: { status: "on_track", remainingMs: HOUR },
    }); // exactly 3 of 4 hours
    expect(inBusinessTime({ now: new Date("2026-03-09T11:30:00Z") })).toEqual({
      ok: true,
      value: { status: "at_risk", remainingMs: 0.5 * HOUR },
    });
  });

  it("counts the lateness of a breach and a missed SLA in business time", () => {
    // Due Monday 12:00; Tuesday 10:00 is 5 + 1 business hours later.
    const tuesday = new Date("2026-03-10T10:00:00Z");
    expect(inBusinessTime({ now: tuesday })).toEqual({
      ok: true,
      value: { status: "breached", remainingMs: -6 * HOUR },
    });
    expect(inBusinessTime({ firstTouchAt: tuesday, now: tuesday })).toEqual({
      ok: true,
      value: { status: "missed", remainingMs: -6 * HOUR },
    });
  });

  it("counts the time to spare of a met SLA in business time", () => {
    const fridayEvening = new Date("2026-03-06T16:30:00Z");
    expect(inBusinessTime({ firstTouchAt: fridayEvening, now: dueMonday })).toEqual({
      ok: true,
      value: { status: "met", remainingMs: 3.5 * HOUR },
    });
  });

  it("reads the calendar in the time zone given: Shanghai's Monday opens at 01:00 UTC", () => {
    const shanghaiFriday = new Date("2026-03-06T08:00:00Z"); // 16:00 in Shanghai
    const shanghaiDue = new Date("2026-03-09T04:00:00Z"); // Monday 12:00 in Shanghai
    const result = slaStatus({
      startedAt: shanghaiFriday,
      dueAt: shanghaiDue,
      now: new Date("2026-03-09T01:00:00Z"),
      calendar: nineToFive,
      timeZone: "Asia/Shanghai",
    });
    expect(result).toEqual({ ok: true, value: { status: "on_track", remainingMs: 3 * HOUR } });
  });

  it("needs the calendar and the time zone together", () => {
    const noZone = slaStatus({
      startedAt: friday,
      dueAt: dueMonday,
      now: mondayOpening,
      calendar: nineToFive,
    });
    expect(!noZone.ok && noZone.error.message).toMatch(/timeZone: .*together/);
    const noCalendar = slaStatus({
      startedAt: friday,
      dueAt: dueMonday,
      now: mondayOpening,
      timeZone: "UTC",
    });
    expect(!noCalendar.ok && noCalendar.error.message).toMatch(/calendar: .*together/);
  });

  it("refuses an unknown zone, a calendar without working time, and spans beyond a century", () => {
    expect(inBusinessTime({ timeZone: "Mars/Olympus" })).toMatchObject({
      error: { code: "unknown_time_zone" },
    });
    expect(inBusinessTime({ calendar: { ...nineToFive, days: [] } })).toMatchObject({
      error: { code: "no_working_time" },
    });
    expect(inBusinessTime({ calendar: { ...nineToFive, start: "9am" } })).toMatchObject({
      error: { code: "invalid_input" },
    });
    expect(inBusinessTime({ dueAt: new Date("2200-01-01T00:00:00Z") })).toMatchObject({
      error: { code: "out_of_range" },
    });
    expect(inBusinessTime({ now: new Date("2200-01-01T00:00:00Z") })).toMatchObject({
      error: { code: "out_of_range" },
    });
  });

  it("judges met, missed, breached and open as wall-clock time does, and keeps the sign of the time left", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 * HOUR }),
        fc.option(fc.integer({ min: 0, max: 200 * HOUR }), { nil: null }),
        fc.integer({ min: -10 * HOUR, max: 200 * HOUR }),
        (windowMs, touchMs, nowMs) => {
          const input = {
            startedAt: T0,
            dueAt: new Date(T0.getTime() + windowMs),
            firstTouchAt: touchMs === null ? null : new Date(T0.getTime() + touchMs),
            now: new Date(T0.getTime() + nowMs),
          };
          const wall = slaStatus(input);
          const business = slaStatus({ ...input, calendar: nineToFive, timeZone: "Europe/Berlin" });
          if (!wall.ok || !business.ok) throw new Error("both must be judged");
          const open = (s: string) => s === "on_track" || s === "at_risk";
          expect(open(business.value.status)).toBe(open(wall.value.status));
          if (!open(wall.value.status)) expect(business.value.status).toBe(wall.value.status);
          if (wall.value.remainingMs >= 0)
            expect(business.value.remainingMs).toBeGreaterThanOrEqual(0);
          else expect(business.value.remainingMs).toBeLessThanOrEqual(0);
          expect(Math.abs(business.value.remainingMs)).toBeLessThanOrEqual(
            Math.abs(wall.value.remainingMs),
          );
          expect(Number.isInteger(business.value.remainingMs)).toBe(true);
        },
      ),
    );
  });
});

describe("SLA status on any input", () => {
  it("answers with a Result, never an exception", () => {
    const valid = {
      startedAt: T0,
      dueAt: after(4),
      firstTouchAt: null,
      now: after(1),
      calendar: { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00", holidays: [] },
      timeZone: "Europe/Berlin",
    };
    const oneFieldReplaced = fc
      .tuple(fc.constantFrom(...Object.keys(valid)), anythingOr(undefined))
      .map(([key, value]) => ({ ...valid, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(anythingOr(valid), oneFieldReplaced), (input) =>
        isResultShaped(slaStatus(input as SlaStatusInput)),
      ),
    );
  });
});
