import { describe, expect, it } from "vitest";
import { aDeal, someMalformedConfigs } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { ok } from "../result";
import { forecastCategory, pipelineStage } from "./pipelineStage";

const config = defaultConfig();

describe("pipeline stages", () => {
  it("finds a stage with its probability and forecast category", () => {
    expect(pipelineStage("proposal", config)).toEqual(
      ok({
        id: "proposal",
        label: "Proposal",
        probability: 60,
        forecast: "best_case",
        outcome: "open",
      }),
    );
  });

  it("refuses an unknown stage, naming the stages there are", () => {
    const result = pipelineStage("wonn", config);
    expect(result).toMatchObject({ ok: false, error: { code: "unknown_stage" } });
    expect(!result.ok && result.error.message).toBe(
      "Unknown pipeline stage 'wonn'; use one of prospecting, qualification, needs_analysis, proposal, negotiation, closed_won, closed_lost.",
    );
  });

  it("refuses an empty stage id", () => {
    expect(pipelineStage("", config)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("reads the company's own pipeline", () => {
    const parsed = parseConfig({
      pipeline: {
        stages: [
          {
            id: "talking",
            label: "Talking",
            probability: 25,
            forecast: "pipeline",
            outcome: "open",
          },
          { id: "signed", label: "Signed", probability: 100, forecast: "closed", outcome: "won" },
          { id: "gone", label: "Gone", probability: 0, forecast: "omitted", outcome: "lost" },
        ],
      },
    });
    expect(parsed.ok && pipelineStage("talking", parsed.value).ok).toBe(true);
    expect(parsed.ok && pipelineStage("proposal", parsed.value).ok).toBe(false);
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    for (const malformed of someMalformedConfigs()) {
      expect(pipelineStage("proposal", malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
      expect(forecastCategory({ stage: "proposal" }, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("refuses a malformed pipeline configuration", () => {
    const broken = { ...config, pipeline: { stages: [] } };
    expect(pipelineStage("proposal", broken)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});

describe("forecast category", () => {
  it.each([
    ["prospecting", "pipeline"],
    ["proposal", "best_case"],
    ["negotiation", "commit"],
    ["closed_won", "closed"],
    ["closed_lost", "omitted"],
  ] as const)("counts a deal in %s as %s", (stage, category) => {
    expect(forecastCategory(aDeal({ stage }), config)).toEqual(ok(category));
  });

  it("refuses a deal in a stage the pipeline does not have", () => {
    expect(forecastCategory({ stage: "archived" }, config)).toMatchObject({
      ok: false,
      error: { code: "unknown_stage" },
    });
  });
});
