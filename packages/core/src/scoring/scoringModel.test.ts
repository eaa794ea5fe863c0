import { describe, expect, it } from "vitest";
import { someMalformedConfigs, T0 } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { engagementScore } from "./engagementScore";
import { fitScore } from "./fitScore";
import { rfmScores } from "./rfmScores";
import { scoreLead } from "./scoreLead";
import { scoreLeadBatch } from "./scoreLeadBatch";
import { scoringModelOf } from "./scoringModel";

const handBuilt = (config: unknown) => config as Config;

describe("scoring model", () => {
  it("compiles a company configuration once, however often it is scored with", () => {
    const config = defaultConfig();
    const first = scoringModelOf(config);
    const again = scoringModelOf(config);
    expect(first.ok && again.ok && first.value === again.value).toBe(true);
  });

  it("compiles a hand-built configuration once too", () => {
    const config = handBuilt({ scoring: { engagement: { halfLifeDays: 14 } } });
    const first = scoringModelOf(config);
    expect(first.ok && first.value.halfLifeMs).toBe(14 * 86_400_000);
    const again = scoringModelOf(config);
    expect(first.ok && again.ok && first.value === again.value).toBe(true);
  });

  it("compiles two configurations with different settings apart", () => {
    const a = parseConfig({ scoring: { engagement: { capTotal: 50 } } });
    const b = parseConfig({ scoring: { engagement: { capTotal: 80 } } });
    if (!a.ok || !b.ok) throw new Error("fixtures must parse");
    expect(scoringModelOf(a.value)).toMatchObject({ ok: true, value: { capTotal: 50 } });
    expect(scoringModelOf(b.value)).toMatchObject({ ok: true, value: { capTotal: 80 } });
  });

  it("refuses a configuration that is not valid as invalid_scoring_config, naming the field", () => {
    const model = scoringModelOf(handBuilt({ scoring: { engagement: { capPerKind: 0 } } }));
    expect(model).toMatchObject({ ok: false, error: { code: "invalid_scoring_config" } });
    expect(!model.ok && model.error.issues).toContainEqual({
      path: "scoring.engagement.capPerKind",
      message: "must be more than 0 points",
    });
  });
});

describe("every scoring function's configuration check", () => {
  const lead = { id: "lead-1", industry: "software" };
  const scorers = {
    fitScore: (config: Config) => fitScore(lead, config),
    engagementScore: (config: Config) => engagementScore([], T0, config),
    scoreLead: (config: Config) => scoreLead(lead, [], T0, config),
    scoreLeadBatch: (config: Config) =>
      scoreLeadBatch({ leads: [lead], events: { leadIndex: [], kind: [], atMs: [] } }, T0, config),
    rfmScores: (config: Config) => rfmScores([], T0, config),
  };

  for (const [name, score] of Object.entries(scorers)) {
    it(`${name} refuses every malformed configuration with invalid_scoring_config`, () => {
      for (const broken of someMalformedConfigs()) {
        const result = score(handBuilt(broken));
        expect(result).toMatchObject({ ok: false, error: { code: "invalid_scoring_config" } });
        expect(!result.ok && result.error.message).toMatch(/^The configuration is not valid — /);
      }
    });
  }
});
