import { describe, expect, it } from "vitest";
import { aTicket } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import {
  firstResponseTimeMean,
  firstResponseTimeMedian,
  timeToResolutionMean,
  timeToResolutionMedian,
} from "./ticketTimes";

const d = (iso: string) => new Date(`${iso}Z`);
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();
const opened = d("2026-03-02T09:00:00");
const after = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);

describe("first response time and time to resolution", () => {
  // answered after 10, 20, 30 and 100 minutes: mean 160 ÷ 4 = 40, median (20 + 30) ÷ 2 = 25
  const tickets = [10, 20, 30, 100].map((m) =>
    aTicket({ openedAt: opened, firstResponseAt: after(m) }),
  );

  it("averages the minutes to a first answer", () => {
    const result = firstResponseTimeMean({ tickets }, march, config);
    expect(result.ok && result.value).toEqual({
      value: 40,
      counts: { ticketsOpened: 4, measured: 4, waiting: 0 },
    });
  });

  it("takes the mean of the two middle waits as the median of an even count", () => {
    const result = firstResponseTimeMedian({ tickets }, march, config);
    expect(result.ok && result.value.value).toBe(25);
  });

  it("only measures tickets opened in the period", () => {
    const late = aTicket({
      openedAt: march.end,
      firstResponseAt: new Date(march.end.getTime() + 60_000),
    });
    const result = firstResponseTimeMean({ tickets: [...tickets, late] }, march, config);
    expect(result.ok && result.value.counts.ticketsOpened).toBe(4);
  });

  it("says why when no ticket was opened, answered or resolved", () => {
    const none = firstResponseTimeMean({ tickets: [] }, march, config);
    expect(none.ok && none.value.reason).toBe("no tickets were opened in the period");
    const unanswered = firstResponseTimeMedian(
      { tickets: [aTicket({ openedAt: opened })] },
      march,
      config,
    );
    expect(unanswered.ok && unanswered.value.reason).toBe(
      "no ticket opened in the period has been answered yet",
    );
    const open = timeToResolutionMean({ tickets }, march, config);
    expect(open.ok && open.value).toEqual({
      value: null,
      reason: "no ticket opened in the period has been resolved yet",
      counts: { ticketsOpened: 4, measured: 0, waiting: 4 },
    });
  });

  it("measures resolution from opening, 1 day and 3 days giving a median of 2 days", () => {
    const resolved = [24 * 60, 3 * 24 * 60].map((m) =>
      aTicket({ openedAt: opened, resolvedAt: after(m) }),
    );
    const result = timeToResolutionMedian({ tickets: resolved }, march, config);
    expect(result.ok && result.value.value).toBe(2 * 24 * 60);
  });

  it("refuses a ticket answered or resolved before it was opened", () => {
    for (const ticket of [
      aTicket({ openedAt: opened, firstResponseAt: after(-1) }),
      aTicket({ openedAt: opened, resolvedAt: after(-1) }),
    ]) {
      const result = firstResponseTimeMean({ tickets: [ticket] }, march, config);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/before (the ticket|it) was opened/);
    }
  });
});
