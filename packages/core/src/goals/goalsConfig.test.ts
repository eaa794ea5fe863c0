import { describe, expect, it } from "vitest";
import { parseConfig } from "../index";
import { GoalsConfig } from "./goalsConfig";

describe("goals settings", () => {
  it("defaults to 2–3 goals per team and a 10% at-risk margin", () => {
    expect(GoalsConfig.parse({})).toEqual({
      maxGoalsPerTeam: 3,
      minGoalsPerTeam: 2,
      atRiskWithinPercent: 10,
    });
  });

  it("refuses a minimum above the maximum and a margin outside 0–100%", () => {
    expect(parseConfig({ goals: { minGoalsPerTeam: 4 } }).ok).toBe(false);
    expect(parseConfig({ goals: { atRiskWithinPercent: 120 } }).ok).toBe(false);
  });
});
