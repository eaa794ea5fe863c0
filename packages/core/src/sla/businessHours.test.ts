import { TZDate, tzScan } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anythingOr, isResultShaped } from "../../test/builders";
import { BusinessHours } from "../funnel/funnelConfig";
import type { Result } from "../result";
import { addBusinessHours, businessHoursBetween } from "./businessHours";
import type { SlaError } from "./slaError";

const calendar = (over: Partial<BusinessHours> = {}): BusinessHours =>
  BusinessHours.parse({
    days: [1, 2, 3, 4, 5],
    start: "09:00",
    end: "17:00",
    holidays: [],
    ...over,
  });
const roundTheClock = calendar({ days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "23:59" });
const at = (iso: string) => new Date(iso);

const accepted = <T>(result: Result<T, SlaError>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const refused = <T>(result: Result<T, SlaError>): SlaError => {
  if (result.ok) throw new Error(`expected a refusal, got ${String(result.value)}`);
  return result.error;
};

describe("business-hours deadline", () => {
  it("takes Friday 15:00 in Berlin plus 4 business hours to Monday 11:00", () => {
    const due = addBusinessHours(at("2026-03-06T14:00:00Z"), 4, calendar(), "Europe/Berlin");
    expect(accepted(due)).toEqual(at("2026-03-09T10:00:00Z"));
  });

  it("skips a holiday Friday: Thursday 16:00 in Shanghai plus 4 hours is due Monday 12:00", () => {
    const labourDay = calendar({ holidays: ["2026-05-01"] });
    const due = addBusinessHours(at("2026-04-30T08:00:00Z"), 4, labourDay, "Asia/Shanghai");
    expect(accepted(due)).toEqual(at("2026-05-04T04:00:00Z"));
  });

  it("keeps Monday 11:00 on the clock when Berlin springs forward over the weekend", () => {
    const due = addBusinessHours(at("2026-03-27T14:00:00Z"), 4, calendar(), "Europe/Berlin");
    expect(accepted(due)).toEqual(at("2026-03-30T09:00:00Z")); // 11:00 CEST
  });

  it("keeps Monday 11:00 on the clock when New York springs forward over the weekend", () => {
    const due = addBusinessHours(at("2026-03-06T20:00:00Z"), 4, calendar(), "America/New_York");
    expect(accepted(due)).toEqual(at("2026-03-09T15:00:00Z")); // 11:00 EDT
  });

  it("counts the short night of spring-forward as lived by a round-the-clock team", () => {
    // Saturday 22:00 CET: 1h59 to 23:59, then 2h01 from Sunday 00:00 CET, which is 03:01 CEST.
    const due = addBusinessHours(at("2026-03-28T21:00:00Z"), 4, roundTheClock, "Europe/Berlin");
    expect(accepted(due)).toEqual(at("2026-03-29T01:01:00Z"));
  });

  it("counts the repeated hour when the clocks go back", () => {
    // Saturday 22:00 CEST: 1h59 to 23:59, then 3h01 from Sunday 00:00 CEST: 02:01 CET, not 03:01.
    const due = addBusinessHours(at("2026-10-24T20:00:00Z"), 5, roundTheClock, "Europe/Berlin");
    expect(accepted(due)).toEqual(at("2026-10-25T01:01:00Z"));
    expect(new TZDate(accepted(due).getTime(), "Europe/Berlin").getHours()).toBe(2);
  });

  it("opens a working day whose 02:30 start is skipped at the jump, 03:00", () => {
    const nightShift = calendar({ days: [7], start: "02:30", end: "05:00" });
    const saturday = at("2026-03-28T12:00:00Z");
    expect(accepted(addBusinessHours(saturday, 0, nightShift, "Europe/Berlin"))).toEqual(
      at("2026-03-29T01:00:00Z"),
    );
    expect(accepted(addBusinessHours(saturday, 2, nightShift, "Europe/Berlin"))).toEqual(
      at("2026-03-29T03:00:00Z"), // 05:00 CEST: the whole shortened shift
    );
  });

  it("works in half-hour zones: Kolkata", () => {
    const due = addBusinessHours(at("2026-03-02T03:30:00Z"), 1.5, calendar(), "Asia/Kolkata");
    expect(accepted(due)).toEqual(at("2026-03-02T05:00:00Z")); // 09:00 + 1h30 = 10:30 IST
  });

  it("works in half-hour zones with DST: Adelaide, over the weekend summer time ends", () => {
    const due = addBusinessHours(at("2026-04-03T04:30:00Z"), 4, calendar(), "Australia/Adelaide");
    expect(accepted(due)).toEqual(at("2026-04-06T01:30:00Z")); // Monday 11:00 ACST
  });

  it("returns the start itself for 0 hours inside working time", () => {
    const start = at("2026-03-02T10:17:00Z");
    expect(accepted(addBusinessHours(start, 0, calendar(), "UTC"))).toEqual(start);
  });

  it("starts the clock at the next opening when started out of hours", () => {
    const saturday = at("2026-03-07T10:00:00Z");
    expect(accepted(addBusinessHours(saturday, 0, calendar(), "UTC"))).toEqual(
      at("2026-03-09T09:00:00Z"),
    );
    expect(accepted(addBusinessHours(saturday, 1, calendar(), "UTC"))).toEqual(
      at("2026-03-09T10:00:00Z"),
    );
    const closing = at("2026-03-02T17:00:00Z");
    expect(accepted(addBusinessHours(closing, 0, calendar(), "UTC"))).toEqual(
      at("2026-03-03T09:00:00Z"),
    );
  });

  it("ends at closing time when the hours fill the working day exactly", () => {
    const due = addBusinessHours(at("2026-03-06T15:00:00Z"), 2, calendar(), "UTC");
    expect(accepted(due)).toEqual(at("2026-03-06T17:00:00Z"));
  });

  it("keeps fractions of an hour to the millisecond", () => {
    const monday = at("2026-03-02T09:00:00Z");
    expect(accepted(addBusinessHours(monday, 1 / 3, calendar(), "UTC")).getTime()).toBe(
      monday.getTime() + 1_200_000,
    );
    expect(accepted(addBusinessHours(monday, 0.001, calendar(), "UTC")).getTime()).toBe(
      monday.getTime() + 3_600,
    );
  });

  it("refuses negative, NaN and infinite hours, naming the field", () => {
    for (const hours of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const refusal = refused(
        addBusinessHours(at("2026-03-02T09:00:00Z"), hours, calendar(), "UTC"),
      );
      expect(refusal.code).toBe("invalid_input");
      expect(refusal.message).toMatch(/hours: must be/);
    }
  });

  it("refuses an invalid start, or one outside the years 1900–9999", () => {
    expect(refused(addBusinessHours(new Date(Number.NaN), 4, calendar(), "UTC")).message).toMatch(
      /start: must be a valid date and time/,
    );
    expect(refused(addBusinessHours(at("1850-01-01T00:00:00Z"), 4, calendar(), "UTC")).code).toBe(
      "invalid_input",
    );
  });

  it("refuses an unknown time zone", () => {
    const refusal = refused(
      addBusinessHours(at("2026-03-02T09:00:00Z"), 4, calendar(), "Mars/Olympus"),
    );
    expect(refusal.code).toBe("unknown_time_zone");
    expect(refusal.message).toContain("'Mars/Olympus'");
  });

  it("refuses a calendar without working days", () => {
    const noDays = { ...calendar(), days: [] };
    expect(refused(addBusinessHours(at("2026-03-02T09:00:00Z"), 4, noDays, "UTC")).code).toBe(
      "no_working_time",
    );
  });

  it("gives up with a typed error when every day is a holiday for more than a year", () => {
    const everyDay = Array.from({ length: 800 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const refusal = refused(
      addBusinessHours(at("2026-03-02T09:00:00Z"), 4, calendar({ holidays: everyDay }), "UTC"),
    );
    expect(refusal.code).toBe("no_working_time");
    expect(refusal.message).toMatch(/more than a year/);
  });

  it("refuses a deadline more than a century away", () => {
    expect(refused(addBusinessHours(at("2026-03-02T09:00:00Z"), 1e7, calendar(), "UTC")).code).toBe(
      "out_of_range",
    );
    // One minute a week: 20 000 hours would take over 20 000 years.
    const aMinuteAWeek = calendar({ days: [3], start: "09:00", end: "09:01" });
    expect(
      refused(addBusinessHours(at("2026-03-02T09:00:00Z"), 20_000, aMinuteAWeek, "UTC")).code,
    ).toBe("out_of_range");
  });
});

describe("business hours between two instants", () => {
  it("counts Friday 15:00 to Monday 11:00 in Berlin as 4 hours", () => {
    const hours = businessHoursBetween(
      at("2026-03-06T14:00:00Z"),
      at("2026-03-09T10:00:00Z"),
      calendar(),
      "Europe/Berlin",
    );
    expect(accepted(hours)).toBe(4);
  });

  it("is 0 when the end is not after the start", () => {
    const monday = at("2026-03-02T10:00:00Z");
    expect(accepted(businessHoursBetween(monday, monday, calendar(), "UTC"))).toBe(0);
    expect(
      accepted(businessHoursBetween(monday, at("2026-03-02T09:30:00Z"), calendar(), "UTC")),
    ).toBe(0);
  });

  it("leaves out holidays and weekends", () => {
    const hours = businessHoursBetween(
      at("2026-04-30T00:00:00Z"),
      at("2026-05-05T00:00:00Z"),
      calendar({ holidays: ["2026-05-01"] }),
      "Asia/Shanghai",
    );
    expect(accepted(hours)).toBe(16); // Thursday and Monday
  });

  it("counts real hours across the night clocks go back", () => {
    const hours = businessHoursBetween(
      at("2026-10-24T22:00:00Z"), // Sunday 00:00 CEST
      at("2026-10-25T05:00:00Z"), // Sunday 06:00 CET
      roundTheClock,
      "Europe/Berlin",
    );
    expect(accepted(hours)).toBe(7);
  });

  it("refuses spans of more than a century", () => {
    const refusal = refused(
      businessHoursBetween(
        at("1901-01-01T00:00:00Z"),
        at("2026-01-01T00:00:00Z"),
        calendar(),
        "UTC",
      ),
    );
    expect(refusal.code).toBe("out_of_range");
  });

  it("refuses invalid instants and unknown zones", () => {
    expect(
      refused(
        businessHoursBetween(new Date(Number.NaN), at("2026-01-01T00:00:00Z"), calendar(), "UTC"),
      ).code,
    ).toBe("invalid_input");
    expect(
      refused(
        businessHoursBetween(
          at("2026-01-01T00:00:00Z"),
          at("2026-01-02T00:00:00Z"),
          calendar(),
          "Nowhere",
        ),
      ).code,
    ).toBe("unknown_time_zone");
  });
});

// --- Laws -------------------------------------------------------------------------------

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "Asia/Shanghai",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Adelaide",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "America/Santiago",
  "Asia/Beirut",
  "Pacific/Chatham",
  "Pacific/Apia",
] as const;

const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2040, 0, 1);
const DAY = 86_400_000;
const HOUR = 3_600_000;

// Instants near DST changes find the edge cases; plain random instants the rest.
const dstChanges = ZONES.flatMap((zone) =>
  tzScan(zone, { start: new Date(Date.UTC(2010, 0, 1)), end: new Date(Date.UTC(2030, 0, 1)) }).map(
    (change) => change.date.getTime(),
  ),
);
const anInstant = fc.oneof(
  fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms)),
  fc
    .tuple(fc.constantFrom(...dstChanges), fc.integer({ min: -3 * DAY, max: 3 * DAY }))
    .map(([change, shift]) => new Date(change + shift)),
);
const anHours = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 200 }),
  fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }),
);

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A random calendar, with holidays on random days within two months of `near`. */
const aCalendarNear = (earliestStartMinute: number) =>
  fc
    .record({
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      // At least half an hour a week, so 200 hours always fit in the century the search allows.
      minutes: fc
        .integer({ min: earliestStartMinute, max: 1409 })
        .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 30, max: 1439 }))),
      holidayOffsets: fc.array(fc.integer({ min: -2, max: 60 }), { maxLength: 12 }),
    })
    .map(
      ({ days, minutes: [start = 0, end = 1], holidayOffsets }) =>
        (near: Date) =>
          calendar({
            days,
            start: hhmm(start),
            end: hhmm(end),
            holidays: holidayOffsets.map((offset) => isoDay(near.getTime() + offset * DAY)),
          }),
    );

const aCase = (earliestStartMinute = 0) =>
  fc.record({
    start: anInstant,
    hours: anHours,
    zone: fc.constantFrom(...ZONES),
    calendarNear: aCalendarNear(earliestStartMinute),
  });

describe("business-hours laws", () => {
  it("counts back exactly the hours added: between(start, add(start, h)) = h", () => {
    fc.assert(
      fc.property(aCase(), ({ start, hours, zone, calendarNear }) => {
        const cal = calendarNear(start);
        const due = accepted(addBusinessHours(start, hours, cal, zone));
        const counted = accepted(businessHoursBetween(start, due, cal, zone));
        expect(Math.abs(counted - hours)).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("never moves a deadline earlier when more hours are given", () => {
    fc.assert(
      fc.property(aCase(), anHours, ({ start, hours, zone, calendarNear }, more) => {
        const cal = calendarNear(start);
        const sooner = accepted(addBusinessHours(start, hours, cal, zone));
        const later = accepted(addBusinessHours(start, hours + more, cal, zone));
        expect(later.getTime()).toBeGreaterThanOrEqual(sooner.getTime());
      }),
    );
  });

  it("lands in working time, and on the start itself for 0 hours started in working time", () => {
    const justWorked = 1 / HOUR; // one millisecond, in hours
    fc.assert(
      fc.property(aCase(), ({ start, hours, zone, calendarNear }) => {
        const cal = calendarNear(start);
        const due = accepted(addBusinessHours(start, hours, cal, zone));
        const t = due.getTime();
        // Hours are kept to the millisecond, so less than half of one is 0 hours.
        if (Math.round(hours * HOUR) > 0) {
          // The millisecond before a deadline is worked: it closes a stretch of working time.
          expect(accepted(businessHoursBetween(new Date(t - 1), due, cal, zone))).toBe(justWorked);
        } else {
          expect(accepted(businessHoursBetween(due, new Date(t + 1), cal, zone))).toBe(justWorked);
          const startWorked = accepted(
            businessHoursBetween(start, new Date(start.getTime() + 1), cal, zone),
          );
          if (startWorked > 0) expect(due).toEqual(start);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("lands on a working day, not a holiday, between opening and closing time on the local clock", () => {
    // Working days opening from 04:00 on: no DST change moves those clock times.
    fc.assert(
      fc.property(aCase(4 * 60), ({ start, hours, zone, calendarNear }) => {
        const cal = calendarNear(start);
        const due = new TZDate(accepted(addBusinessHours(start, hours, cal, zone)).getTime(), zone);
        const weekday = due.getDay() || 7;
        const localDate = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, "0")}-${String(due.getDate()).padStart(2, "0")}`;
        const clock = hhmm(due.getHours() * 60 + due.getMinutes());
        const exactlyOnTheMinute = due.getSeconds() === 0 && due.getMilliseconds() === 0;
        const someHours = Math.round(hours * HOUR) > 0;
        expect(cal.days).toContain(weekday);
        expect(cal.holidays).not.toContain(localDate);
        expect(clock >= cal.start).toBe(true);
        if (someHours) {
          expect(clock < cal.end || (clock === cal.end && exactlyOnTheMinute)).toBe(true);
        } else {
          expect(clock < cal.end).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("adds up over consecutive spans and never exceeds the time elapsed", () => {
    fc.assert(
      fc.property(
        anInstant,
        fc.integer({ min: 0, max: 40 * DAY }),
        fc.integer({ min: 0, max: 40 * DAY }),
        fc.constantFrom(...ZONES),
        aCalendarNear(0),
        (a, first, second, zone, calendarNear) => {
          const cal = calendarNear(a);
          const b = new Date(a.getTime() + first);
          const c = new Date(b.getTime() + second);
          const ab = accepted(businessHoursBetween(a, b, cal, zone));
          const bc = accepted(businessHoursBetween(b, c, cal, zone));
          const ac = accepted(businessHoursBetween(a, c, cal, zone));
          expect(Math.abs(ab + bc - ac)).toBeLessThan(1e-9);
          expect(ac).toBeLessThanOrEqual((first + second) / HOUR);
        },
      ),
    );
  });
});

describe("business hours on any input", () => {
  it("answer with a Result, never an exception", () => {
    fc.assert(
      fc.property(
        anythingOr(at("2026-03-06T14:00:00Z")),
        anythingOr(4),
        anythingOr(calendar()),
        anythingOr("Europe/Berlin"),
        (start, hours, cal, zone) => {
          const args = [start, hours, cal, zone] as Parameters<typeof addBusinessHours>;
          expect(isResultShaped(addBusinessHours(...args))).toBe(true);
          const [from, , workingWeek, timeZone] = args;
          expect(isResultShaped(businessHoursBetween(from, from, workingWeek, timeZone))).toBe(
            true,
          );
        },
      ),
    );
  });
});
