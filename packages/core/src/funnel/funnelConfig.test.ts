import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/config";
import { BusinessHours, DEFAULT_HAND_OFF_SLA_HOURS, FunnelConfig } from "./funnelConfig";

const issuesOf = (input: unknown): string[] => {
  const parsed = BusinessHours.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("hand-off SLA settings", () => {
  it("gives sales 4 and service 8 business hours by default", () => {
    expect(FunnelConfig.parse({}).handOffSlaHours).toEqual({ sales: 4, service: 8 });
    expect(DEFAULT_HAND_OFF_SLA_HOURS).toEqual({ sales: 4, service: 8 });
  });

  it("keeps service's SLA when a company only shortens sales'", () => {
    const parsed = parseConfig({ funnel: { handOffSlaHours: { sales: 2 } } });
    expect(parsed.ok && parsed.value.funnel.handOffSlaHours).toEqual({ sales: 2, service: 8 });
  });

  it("adds an SLA for a team that has none by default", () => {
    const funnel = FunnelConfig.parse({ handOffSlaHours: { marketing: 24 } });
    expect(funnel.handOffSlaHours).toEqual({ sales: 4, service: 8, marketing: 24 });
  });

  it("switches a team's SLA off with null", () => {
    const funnel = FunnelConfig.parse({ handOffSlaHours: { service: null } });
    expect(funnel.handOffSlaHours).toEqual({ sales: 4, service: null });
  });

  it("reads the same when parsed again, so a checked config can be checked twice", () => {
    const once = FunnelConfig.parse({ handOffSlaHours: { sales: 2, service: null } });
    expect(FunnelConfig.parse(once)).toEqual(once);
  });

  it("refuses 0 or negative hours, pointing to null for no SLA", () => {
    const parsed = parseConfig({ funnel: { handOffSlaHours: { sales: 0 } } });
    expect(!parsed.ok && parsed.error.message).toContain(
      "funnel.handOffSlaHours.sales: must be more than 0 hours; use null for no SLA",
    );
  });
});

describe("business hours", () => {
  it("says only what is wrong with a malformed opening time", () => {
    expect(issuesOf({ start: "9am" })).toEqual(["must be a time such as '09:00'"]);
    expect(issuesOf({ end: "5pm" })).toEqual(["must be a time such as '09:00'"]);
    expect(issuesOf({ start: 9 })).toHaveLength(1);
  });

  it("refuses a working day that does not start before it ends", () => {
    expect(issuesOf({ start: "18:00" })).toEqual(["the working day must start before it ends"]);
    expect(issuesOf({ start: "09:00", end: "09:00" })).toEqual([
      "the working day must start before it ends",
    ]);
  });

  it("accepts a working day that starts before it ends", () => {
    expect(issuesOf({ start: "08:30", end: "17:30" })).toEqual([]);
  });
});
