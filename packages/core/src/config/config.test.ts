import { describe, expect, it } from "vitest";
import { DEFAULT_PIPELINE, defaultConfig, parseConfig } from "../index";

describe("company configuration", () => {
  it("fills every omitted setting with the DOMAIN.md default", () => {
    const config = defaultConfig();
    expect(config.pipeline.stages).toEqual(DEFAULT_PIPELINE);
    expect(config.funnel.handOffSlaHours.sales).toBe(4);
    expect(config.scoring.engagement.halfLifeDays).toBe(30);
    expect(config.qualification.mql).toMatchObject({ minFitGrade: "B", minEngagement: 40 });
    expect(config.qualification.sql.criteria).toEqual(["budget", "authority", "need", "timeline"]);
    expect(config.funnel.businessHours).toMatchObject({ start: "09:00", end: "17:00" });
  });

  it("keeps a company's own thresholds and defaults the rest", () => {
    const parsed = parseConfig({ scoring: { engagement: { halfLifeDays: 14 } } });
    expect(parsed.ok && parsed.value.scoring.engagement.halfLifeDays).toBe(14);
    expect(parsed.ok && parsed.value.scoring.engagement.capTotal).toBe(100);
  });

  it("refuses a malformed configuration with a message naming the field", () => {
    const parsed = parseConfig({ scoring: { engagement: { halfLifeDays: -3 } } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe("invalid_input");
    expect(parsed.error.message).toContain("scoring.engagement.halfLifeDays");
  });

  it("refuses a pipeline without a won stage", () => {
    const parsed = parseConfig({
      pipeline: {
        stages: [
          { id: "open", label: "Open", probability: 10, forecast: "pipeline", outcome: "open" },
          { id: "lost", label: "Lost", probability: 0, forecast: "omitted", outcome: "lost" },
          { id: "lost2", label: "Lost 2", probability: 0, forecast: "omitted", outcome: "lost" },
        ],
      },
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain("exactly one won stage");
  });

  it("refuses grade thresholds that do not fall A > B > C", () => {
    const parsed = parseConfig({ scoring: { fit: { grades: { A: 10, B: 40, C: 20 } } } });
    expect(parsed.ok).toBe(false);
  });
});
