import { describe, expect, it } from "vitest";
import { comparisonPeriodBefore, kpiPeriodMonths } from "./comparisonPeriod";

const d = (iso: string) => new Date(iso);

describe("the period to compare with", () => {
  it("is the month before for a month, in the period's time zone", () => {
    // March in Berlin starts at 23:00 UTC on 28 Feb; February at 23:00 UTC on 31 Jan
    const march = {
      start: d("2026-02-28T23:00:00Z"),
      end: d("2026-03-31T22:00:00Z"),
      timeZone: "Europe/Berlin",
    };
    expect(comparisonPeriodBefore(march)).toEqual({
      start: d("2026-01-31T23:00:00Z"),
      end: march.start,
      timeZone: "Europe/Berlin",
    });
  });

  it("is the quarter before for a quarter", () => {
    const q2 = {
      start: d("2026-04-01T00:00:00Z"),
      end: d("2026-07-01T00:00:00Z"),
      timeZone: "UTC",
    };
    expect(comparisonPeriodBefore(q2).start).toEqual(d("2026-01-01T00:00:00Z"));
  });

  it("is the week before for a week, across a summer-time change", () => {
    // the Berlin week of 30 March 2026 starts at 22:00 UTC; the week before, in winter time, at 23:00 UTC
    const week = {
      start: d("2026-03-29T22:00:00Z"),
      end: d("2026-04-05T22:00:00Z"),
      timeZone: "Europe/Berlin",
    };
    expect(comparisonPeriodBefore(week).start).toEqual(d("2026-03-22T23:00:00Z"));
  });

  it("is the same duration before for a period that is not whole days", () => {
    const shift = {
      start: d("2026-03-02T09:00:00Z"),
      end: d("2026-03-02T17:00:00Z"),
      timeZone: "UTC",
    };
    expect(comparisonPeriodBefore(shift)).toEqual({
      start: d("2026-03-02T01:00:00Z"),
      end: shift.start,
      timeZone: "UTC",
    });
  });
});

describe("the months in a period", () => {
  it("counts calendar months for whole months", () => {
    expect(
      kpiPeriodMonths({
        start: d("2026-01-01T00:00:00Z"),
        end: d("2026-04-01T00:00:00Z"),
        timeZone: "UTC",
      }),
    ).toBe(3);
  });

  it("counts mean months of 365.25 ÷ 12 days otherwise", () => {
    // 30.4375 days from 2 March is one mean month
    expect(
      kpiPeriodMonths({
        start: d("2026-03-02T00:00:00Z"),
        end: d("2026-04-01T10:30:00Z"),
        timeZone: "UTC",
      }),
    ).toBeCloseTo(1, 12);
  });
});
