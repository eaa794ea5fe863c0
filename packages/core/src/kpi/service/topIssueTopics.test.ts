import { describe, expect, it } from "vitest";
import { aTicket } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { topIssueTopics } from "./topIssueTopics";

const d = (iso: string) => new Date(`${iso}Z`);
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();
const inMarch = (topic: string) => aTicket({ topic, openedAt: d("2026-03-10T10:00:00") });
const inFebruary = (topic: string) => aTicket({ topic, openedAt: d("2026-02-10T10:00:00") });

describe("top issue topics", () => {
  it("ranks by tickets, then by last period's tickets, then by name", () => {
    const tickets = [
      inMarch("zebra"),
      inMarch("api"),
      inMarch("login"),
      inFebruary("login"),
      inMarch("billing"),
      inMarch("billing"),
    ];
    const result = topIssueTopics({ tickets }, march, config);
    expect(result.ok && result.value.topics.map((t) => t.topic)).toEqual([
      "billing",
      "login",
      "api",
      "zebra",
    ]);
  });

  it("has no change for a topic that is new this period, and says why", () => {
    const result = topIssueTopics({ tickets: [inMarch("api")] }, march, config);
    expect(result.ok && result.value.topics[0]?.change).toEqual({
      value: null,
      reason: "the topic had no tickets in the previous period",
      counts: { tickets: 1, previousTickets: 0 },
    });
  });

  it("trims topic names, so ' billing ' and 'billing' are one topic", () => {
    const result = topIssueTopics(
      { tickets: [inMarch(" billing "), inMarch("billing")] },
      march,
      config,
    );
    expect(result.ok && result.value.topics).toHaveLength(1);
  });

  it("refuses a ticket without a topic", () => {
    const result = topIssueTopics({ tickets: [inMarch("  ")] }, march, config);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("tickets[0].topic: must not be empty");
  });
});
