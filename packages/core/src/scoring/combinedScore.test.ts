import { describe, expect, it } from "vitest";
import { anEngagementEvent, T0 } from "../../test/builders";
import { defaultConfig } from "../config/config";
import { COMBINED_SCORE_CODES, CombinedScoreCode, combinedScore } from "./combinedScore";
import { type EngagementScore, engagementScore } from "./engagementScore";
import { type FitScore, fitScore } from "./fitScore";
import { FIT_GRADES } from "./scoringConfig";

const config = defaultConfig();
const fit = (grade: FitScore["grade"]): FitScore => ({ points: 0, grade, contributions: [] });
const engagement = (band: EngagementScore["band"]): EngagementScore => ({
  score: 0,
  band,
  uncapped: 0,
  contributions: [],
  ignored: [],
});

describe("combined score", () => {
  it("reads fit grade then engagement band, keeping both explanations", () => {
    const f = fitScore({ industry: "software", seniority: "vp" }, config);
    const e = engagementScore([anEngagementEvent({ kind: "meeting", at: T0 })], T0, config);
    if (!f.ok || !e.ok) throw new Error("fixtures must score");
    const combined = combinedScore(f.value, e.value);
    expect(combined).toEqual({
      ok: true,
      value: { combined: "B3", fit: f.value, engagement: e.value },
    });
  });

  it("has twelve codes, best first, one per grade and band", () => {
    expect(COMBINED_SCORE_CODES).toHaveLength(12);
    FIT_GRADES.forEach((grade, g) => {
      for (const band of [1, 2, 3] as const) {
        const result = combinedScore(fit(grade), engagement(band));
        expect(result.ok && result.value.combined).toBe(COMBINED_SCORE_CODES[g * 3 + band - 1]);
      }
    });
    for (const code of COMBINED_SCORE_CODES)
      expect(CombinedScoreCode.safeParse(code).success).toBe(true);
    expect(CombinedScoreCode.safeParse("E1").success).toBe(false);
  });

  it("refuses a fit grade that does not exist", () => {
    const result = combinedScore(fit("E" as "A"), engagement(1));
    expect(!result.ok && result.error.code).toBe("invalid_fit_score");
  });

  it("refuses an engagement band that does not exist", () => {
    const result = combinedScore(fit("A"), engagement(4 as 1));
    expect(!result.ok && result.error.code).toBe("invalid_engagement_score");
    expect(!result.ok && result.error.message).toContain("band");
  });
});
