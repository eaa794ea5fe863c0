import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anythingOr,
  anyValue,
  isResultShaped,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { defaultConfig, parseConfig } from "../config/config";
import { recordAssessment } from "./recordAssessment";
import { resolveAssessment } from "./resolveAssessment";

const config = defaultConfig();
const grade = {
  id: "g-1",
  recordId: "acme",
  kind: "customer_grade",
  value: "A",
  authorId: "user-sue",
  team: "service",
  at: T0,
};
const context = { stage: "customer" };

describe("assessment laws", () => {
  it("the valid calls succeed, so the replacements below reach the checks", () => {
    expect(resolveAssessment([grade] as never, "customer_grade", config, context as never).ok).toBe(
      true,
    );
    expect(recordAssessment({ assessment: grade, context } as never, config).ok).toBe(true);
  });

  it("every assessment function returns a Result whatever it is handed", () => {
    fc.assert(
      fc.property(
        anythingOr([grade]),
        anythingOr("customer_grade"),
        anythingOr(context),
        anythingOr(config),
        anythingOr(grade),
        (list, kind, ctx, cfg, one) => {
          expect(
            isResultShaped(
              resolveAssessment(list as never, kind as never, cfg as never, ctx as never),
            ),
          ).toBe(true);
          expect(
            isResultShaped(
              recordAssessment(
                { assessment: one, recorded: list, context: ctx } as never,
                cfg as never,
              ),
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("every assessment function returns a Result when one field of a judgement is anything", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(grade)), anyValue, (field, value) => {
        const odd = { ...grade, [field]: value };
        expect(
          isResultShaped(
            resolveAssessment([odd] as never, "customer_grade", config, context as never),
          ),
        ).toBe(true);
        expect(
          isResultShaped(recordAssessment({ assessment: odd, context } as never, config)),
        ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("refuses every malformed configuration with invalid_input", () => {
    for (const bad of someMalformedConfigs()) {
      const result = resolveAssessment([], "customer_grade", bad as never);
      expect(!result.ok && result.error.code).toBe("invalid_input");
    }
  });

  describe("assessment settings", () => {
    it("start with customer grade (owner team wins) and intent to buy (weighted)", () => {
      expect(config.assessments.kinds.customer_grade?.resolution.rule).toBe("owner_team_wins");
      expect(config.assessments.kinds.intent_to_buy?.resolution).toEqual({
        rule: "weighted",
        weights: { sales: 2, marketing: 1, service: 1 },
      });
    });

    it("keep the default kinds when a company adds its own, and let it replace one", () => {
      const company = parseConfig({
        assessments: {
          kinds: {
            churn_risk: {
              scale: { type: "numeric", min: 0, max: 1 },
              resolution: { rule: "latest" },
            },
            customer_grade: {
              scale: { type: "categorical", values: ["gold", "silver"] },
              resolution: { rule: "latest" },
            },
          },
        },
      });
      expect(company.ok && Object.keys(company.value.assessments.kinds).sort()).toEqual([
        "churn_risk",
        "customer_grade",
        "intent_to_buy",
      ]);
      expect(company.ok && company.value.assessments.kinds.customer_grade?.resolution.rule).toBe(
        "latest",
      );
    });

    it("refuse an unknown rule, weights that give nobody weight, a bad scale or kind name", () => {
      const bad = (kinds: unknown) => parseConfig({ assessments: { kinds } });
      const scale = { type: "numeric", min: 0, max: 10 };
      const rule = bad({ mood: { scale, resolution: { rule: "loudest" } } });
      expect(!rule.ok && rule.error.message).toContain(
        "must name a rule, one of latest, owner_team_wins, weighted",
      );
      const weights = bad({
        mood: { scale, resolution: { rule: "weighted", weights: { sales: 0 } } },
      });
      expect(!weights.ok && weights.error.message).toContain("a weight above 0");
      const range = bad({
        mood: { scale: { type: "numeric", min: 5, max: 5 }, resolution: { rule: "latest" } },
      });
      expect(!range.ok && range.error.message).toContain("min must be less than max");
      const grades = bad({
        mood: {
          scale: { type: "categorical", values: ["A", "A"] },
          resolution: { rule: "latest" },
        },
      });
      expect(!grades.ok && grades.error.message).toContain("each value once");
      const shape = bad({ mood: { scale: { type: "stars" }, resolution: { rule: "latest" } } });
      expect(!shape.ok && shape.error.message).toContain("must be a scale");
      const name = bad({ "Customer Grade": { scale, resolution: { rule: "latest" } } });
      expect(name.ok).toBe(false);
    });
  });
});
