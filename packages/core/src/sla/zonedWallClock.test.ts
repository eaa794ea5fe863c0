import { describe, expect, it } from "vitest";
import { DAY_MS, localDayOf, wallClockInstant } from "./zonedWallClock";

const day = (iso: string) => Date.parse(iso);
const at = (iso: string) => Date.parse(iso);
const HH = (h: number, m = 0) => h * 60 + m;

describe("local calendar day", () => {
  it("is the date the clocks show in the zone, not in UTC", () => {
    expect(localDayOf(at("2026-03-06T23:30:00Z"), "Asia/Shanghai")).toBe(day("2026-03-07"));
    expect(localDayOf(at("2026-03-07T03:00:00Z"), "America/New_York")).toBe(day("2026-03-06"));
  });

  it("follows half-hour zones", () => {
    expect(localDayOf(at("2026-03-06T18:29:59Z"), "Asia/Kolkata")).toBe(day("2026-03-06"));
    expect(localDayOf(at("2026-03-06T18:30:00Z"), "Asia/Kolkata")).toBe(day("2026-03-07"));
  });

  it("steps one calendar day per DAY_MS", () => {
    expect(day("2026-03-29") + DAY_MS).toBe(day("2026-03-30"));
  });
});

describe("wall-clock time to instant", () => {
  it("uses the zone's offset of the day", () => {
    expect(wallClockInstant(day("2026-03-06"), HH(9), "Europe/Berlin")).toBe(
      at("2026-03-06T08:00:00Z"),
    );
    expect(wallClockInstant(day("2026-07-06"), HH(9), "Europe/Berlin")).toBe(
      at("2026-07-06T07:00:00Z"),
    );
    expect(wallClockInstant(day("2026-03-02"), HH(9), "Asia/Kathmandu")).toBe(
      at("2026-03-02T03:15:00Z"),
    );
  });

  it("pins a time the clocks skip to the moment they jump forward", () => {
    expect(wallClockInstant(day("2026-03-29"), HH(2, 30), "Europe/Berlin")).toBe(
      at("2026-03-29T01:00:00Z"),
    );
    expect(wallClockInstant(day("2026-03-08"), HH(2, 30), "America/New_York")).toBe(
      at("2026-03-08T07:00:00Z"),
    );
  });

  it("pins a time the clocks show twice to its first showing, in every zone", () => {
    expect(wallClockInstant(day("2026-10-25"), HH(2, 30), "Europe/Berlin")).toBe(
      at("2026-10-25T00:30:00Z"),
    );
    expect(wallClockInstant(day("2026-11-01"), HH(1, 30), "America/New_York")).toBe(
      at("2026-11-01T05:30:00Z"),
    );
  });

  it("keeps times right beside a change unmoved", () => {
    expect(wallClockInstant(day("2026-03-29"), HH(1, 59), "Europe/Berlin")).toBe(
      at("2026-03-29T00:59:00Z"),
    );
    expect(wallClockInstant(day("2026-03-29"), HH(3), "Europe/Berlin")).toBe(
      at("2026-03-29T01:00:00Z"),
    );
    expect(wallClockInstant(day("2026-10-25"), HH(3), "Europe/Berlin")).toBe(
      at("2026-10-25T02:00:00Z"),
    );
  });

  it("handles a change at midnight (Beirut) and a half-hour change (Lord Howe)", () => {
    // Beirut springs from 00:00 to 01:00, so midnight itself never shows.
    expect(wallClockInstant(day("2026-03-29"), 0, "Asia/Beirut")).toBe(at("2026-03-28T22:00:00Z"));
    // Lord Howe goes back from 02:00 (+11) to 01:30 (+10:30): 01:45 shows first at +11.
    expect(wallClockInstant(day("2026-04-05"), HH(1, 45), "Australia/Lord_Howe")).toBe(
      at("2026-04-04T14:45:00Z"),
    );
  });

  it("maps every time of a day the zone skipped entirely to the same instant (Samoa, 30 Dec 2011)", () => {
    const morning = wallClockInstant(day("2011-12-30"), HH(9), "Pacific/Apia");
    const evening = wallClockInstant(day("2011-12-30"), HH(17), "Pacific/Apia");
    expect(morning).toBe(evening);
    expect(morning).toBe(at("2011-12-30T10:00:00Z"));
  });
});
