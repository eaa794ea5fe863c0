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

describe("a company's engagement points table", () => {
  it("merges over the default table, so naming one kind keeps every other", () => {
    const config = ScoringConfig.parse({ engagement: { points: { webinar: 20, trade_show: 12 } } });
    expect(config.engagement.points).toEqual({
      ...DEFAULT_ENGAGEMENT_POINTS,
      webinar: 20,
      trade_show: 12,
    });
  });

  it("switches a kind off when the company sets it to 0, keeping the rest", () => {
    const config = ScoringConfig.parse({ engagement: { points: { email_open: 0 } } });
    expect(config.engagement.points.email_open).toBe(0);
    expect(config.engagement.points.demo_request).toBe(DEFAULT_ENGAGEMENT_POINTS.demo_request);
  });

  it("gives the same table when parsed twice, so a parsed config can be parsed again", () => {
    const once = ScoringConfig.parse({ engagement: { points: { webinar: 20 } } });
    expect(ScoringConfig.parse(once)).toEqual(once);
  });
});

describe("scoring configuration messages", () => {
  const messageFor = (input: unknown) =>
    ScoringConfig.safeParse(input)
      .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)
      .join("; ");

  it.each([
    [{ engagement: { halfLifeDays: 0 } }, "engagement.halfLifeDays: must be more than 0 days"],
    [
      { engagement: { halfLifeDays: "30" } },
      "engagement.halfLifeDays: must be a number of days, such as 30",
    ],
    [{ engagement: { capPerKind: -5 } }, "engagement.capPerKind: must be more than 0 points"],
    [{ engagement: { capTotal: 0 } }, "engagement.capTotal: must be more than 0 points"],
    [{ engagement: { capTotal: null } }, "engagement.capTotal: must be a number of points"],
    [
      { engagement: { points: { webinar: -1 } } },
      "engagement.points.webinar: must be 0 or more points (0 switches the kind off)",
    ],
    [{ engagement: { bands: { 1: "high" } } }, "engagement.bands.1: must be a number of points"],
    [{ fit: { grades: { A: "sixty" } } }, "fit.grades.A: must be a number of fit points"],
    [{ rfm: { windowDays: 0 } }, "rfm.windowDays: must be more than 0 days"],
    [{ rfm: { windowDays: 30.5 } }, "rfm.windowDays: must be a whole number of days"],
    [
      { fit: { rules: [{ id: "r", field: "title", values: ["x"], points: 1 }] } },
      "fit.rules.0.field: unknown fit field 'title'; use one of industry, region, country, sizeBand, seniority, department",
    ],
  ])("explains %j in words a person can act on", (input, message) => {
    expect(messageFor(input)).toContain(message);
  });
});
