import { describe, expect, it } from "vitest";
import { readWorkingCalendar, type WorkingCalendar, workingWindow } from "./workingCalendar";

const nineToFive = {
  days: [1, 2, 3, 4, 5],
  start: "09:00",
  end: "17:00",
  holidays: ["2026-12-25"],
};

const berlin = (): WorkingCalendar => {
  const read = readWorkingCalendar(nineToFive, "Europe/Berlin");
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

describe("working calendar", () => {
  it("fills in the defaults of an empty calendar: Monday to Friday, 09:00 to 17:00", () => {
    const read = readWorkingCalendar({}, "UTC");
    expect(read.ok && [...read.value.days]).toEqual([1, 2, 3, 4, 5]);
    expect(read.ok && [read.value.startMinute, read.value.endMinute]).toEqual([540, 1020]);
  });

  it("refuses an unknown time zone, naming it", () => {
    const read = readWorkingCalendar(nineToFive, "Europe/Berln");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe("unknown_time_zone");
    expect(!read.ok && read.error.message).toContain("'Europe/Berln'");
  });

  it("refuses a time zone that is not text without quoting it, even one that cannot be", () => {
    for (const zone of [undefined, 42, Object.create(null), { toString: 1, valueOf: 2 }]) {
      const read = readWorkingCalendar(nineToFive, zone);
      expect(!read.ok && read.error).toMatchObject({
        code: "unknown_time_zone",
        message: expect.stringContaining("The time zone is missing or not text"),
      });
    }
  });

  it("refuses a week without working days as having no working time", () => {
    const read = readWorkingCalendar({ ...nineToFive, days: [] }, "UTC");
    expect(!read.ok && read.error.code).toBe("no_working_time");
  });

  it("refuses a working day that ends before it starts as having no working time", () => {
    const read = readWorkingCalendar({ ...nineToFive, start: "17:00", end: "09:00" }, "UTC");
    expect(!read.ok && read.error.code).toBe("no_working_time");
    const empty = readWorkingCalendar({ ...nineToFive, start: "09:00", end: "09:00" }, "UTC");
    expect(!empty.ok && empty.error.code).toBe("no_working_time");
  });

  it("refuses malformed times and weekdays, naming the field", () => {
    const read = readWorkingCalendar({ ...nineToFive, start: "9am", days: [1, 8] }, "UTC");
    expect(!read.ok && read.error.code).toBe("invalid_input");
    expect(!read.ok && read.error.message).toMatch(/start: must be a time such as '09:00'/);
    expect(!read.ok && read.error.message).toMatch(/days\[1\]/);
  });

  it("refuses a holiday that is not a real date", () => {
    const read = readWorkingCalendar(
      { ...nineToFive, holidays: ["2026-12-25", "2026-02-30"] },
      "UTC",
    );
    expect(!read.ok && read.error.code).toBe("invalid_input");
    expect(!read.ok && read.error.path).toEqual(["holidays", 1]);
    expect(!read.ok && read.error.message).toContain("holidays[1]: '2026-02-30' is not a date");
  });
});

describe("working window of a day", () => {
  it("is the day's opening to closing time in the zone", () => {
    expect(workingWindow(Date.parse("2026-03-06"), berlin())).toEqual({
      start: Date.parse("2026-03-06T08:00:00Z"),
      end: Date.parse("2026-03-06T16:00:00Z"),
    });
  });

  it("is empty on weekends and holidays", () => {
    expect(workingWindow(Date.parse("2026-03-07"), berlin())).toBeNull();
    expect(workingWindow(Date.parse("2026-12-25"), berlin())).toBeNull();
  });

  it("is an hour shorter in real time when it spans the spring-forward jump", () => {
    const read = readWorkingCalendar({ days: [7], start: "01:00", end: "05:00" }, "Europe/Berlin");
    const window = read.ok ? workingWindow(Date.parse("2026-03-29"), read.value) : null;
    expect(window && (window.end - window.start) / 3_600_000).toBe(3);
  });

  it("is empty when the jump swallows the whole working time", () => {
    const read = readWorkingCalendar({ days: [7], start: "02:10", end: "02:50" }, "Europe/Berlin");
    expect(read.ok && workingWindow(Date.parse("2026-03-29"), read.value)).toBeNull();
  });
});
