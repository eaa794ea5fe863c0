import { describe, expect, it } from "vitest";
import { DEFAULT_ENGAGEMENT_POINTS, DEFAULT_FIT_RULES, ScoringConfig } from "./scoringConfig";

describe("scoring configuration", () => {
  it("defaults to the DOMAIN.md rules: 30-day half-life, caps 40 per kind and 100 in total", () => {
    const config = ScoringConfig.parse({});
    expect(config.fit.rules).toEqual(DEFAULT_FIT_RULES);
    expect(config.engagement).toMatchObject({ halfLifeDays: 30, capPerKind: 40, capTotal: 100 });
    expect(config.engagement.points).toEqual(DEFAULT_ENGAGEMENT_POINTS);
    expect(config.rfm.windowDays).toBe(365);
  });

  it("refuses a fit rule with a blank value, which could only ever match a blank field", () => {
    const parsed = ScoringConfig.safeParse({
      fit: { rules: [{ id: "r", field: "industry", values: ["  "], points: 5 }] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("must not be blank");
  });

  it("refuses fractional fit points", () => {
    const parsed = ScoringConfig.safeParse({
      fit: { rules: [{ id: "r", field: "industry", values: ["x"], points: 2.5 }] },
    });
    expect(parsed.error?.issues[0]?.message).toBe("must be a whole number of points");
  });

  it("refuses engagement bands that do not fall from band 1 to band 2", () => {
    const parsed = ScoringConfig.safeParse({ engagement: { bands: { 1: 20, 2: 30 } } });
    expect(parsed.success).toBe(false);
  });
});
