import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { T0 } from "../../test/builders";
import {
  Config,
  defaultConfig,
  FIT_GRADES,
  type FitGrade,
  type QualificationConfigInput,
} from "../index";
import { evaluateMql } from "./mqlEvaluation";

const config = defaultConfig();
/** A company that changed only its qualification rules. */
const withQualification = (qualification: QualificationConfigInput): Config =>
  Config.parse({ qualification });

const evaluated = (input: Parameters<typeof evaluateMql>[0], cfg = config) => {
  const result = evaluateMql(input, cfg);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("MQL evaluation", () => {
  it("qualifies a lead whose fit and engagement both reach the minimums", () => {
    const mql = evaluated({ fitGrade: "A", engagement: 55 });
    expect(mql).toMatchObject({ qualifies: true, via: "thresholds" });
    expect(mql.reasons).toContain("fit grade A meets the minimum B");
    expect(mql.reasons).toContain("engagement 55 meets the minimum 40");
  });

  it("does not qualify a well-fitting lead that has not engaged enough", () => {
    const mql = evaluated({ fitGrade: "B", engagement: 32 });
    expect(mql).toMatchObject({ qualifies: false, via: null });
    expect(mql.reasons).toEqual([
      "fit grade B meets the minimum B",
      "engagement 32 is below the minimum 40",
      "no high-intent action (demo_request or pricing_contact)",
    ]);
  });

  it("does not qualify a very engaged lead that does not fit", () => {
    const mql = evaluated({ fitGrade: "C", engagement: 90 });
    expect(mql.qualifies).toBe(false);
    expect(mql.reasons).toContain("fit grade C is below the minimum B");
  });

  it("qualifies anyone who asked for a demo, whatever their scores", () => {
    const mql = evaluated({
      fitGrade: "D",
      engagement: 0,
      events: [{ kind: "demo_request", at: T0 }],
    });
    expect(mql).toMatchObject({ qualifies: true, via: "high_intent" });
    expect(mql.reasons).toContain(`high-intent action demo_request at ${T0.toISOString()}`);
  });

  it("qualifies a lead that contacted sales about pricing", () => {
    const mql = evaluated({
      fitGrade: "C",
      engagement: 5,
      events: [
        { kind: "email_open", at: T0 },
        { kind: "pricing_contact", at: T0 },
      ],
    });
    expect(mql.via).toBe("high_intent");
  });

  it("cites the earliest high-intent action", () => {
    const later = new Date(T0.getTime() + 3_600_000);
    const mql = evaluated({
      fitGrade: "D",
      engagement: 0,
      events: [
        { kind: "pricing_contact", at: later },
        { kind: "demo_request", at: T0 },
      ],
    });
    expect(mql.reasons).toContain(`high-intent action demo_request at ${T0.toISOString()}`);
  });

  it("names the thresholds as the reason when both rules hold", () => {
    const mql = evaluated({
      fitGrade: "A",
      engagement: 70,
      events: [{ kind: "demo_request", at: T0 }],
    });
    expect(mql.via).toBe("thresholds");
  });

  it("does not let a demo request from before a recycle re-qualify the lead", () => {
    const recycledAt = new Date(T0.getTime() + 86_400_000);
    const mql = evaluated({
      fitGrade: "D",
      engagement: 0,
      events: [{ kind: "demo_request", at: T0 }],
      since: recycledAt,
    });
    expect(mql.qualifies).toBe(false);
    expect(mql.reasons).toContain(
      `1 earlier high-intent action(s) before ${recycledAt.toISOString()} do not count`,
    );
  });

  it("counts a high-intent action taken after the recycle", () => {
    const recycledAt = new Date(T0.getTime() - 86_400_000);
    const mql = evaluated({
      fitGrade: "D",
      engagement: 0,
      events: [{ kind: "pricing_contact", at: T0 }],
      since: recycledAt,
    });
    expect(mql.via).toBe("high_intent");
  });

  it("applies a company's own thresholds", () => {
    const strict = withQualification({ mql: { minFitGrade: "A", minEngagement: 60 } });
    const mql = evaluated({ fitGrade: "B", engagement: 59 }, strict);
    expect(mql.qualifies).toBe(false);
    expect(mql.reasons).toContain("fit grade B is below the minimum A");
    expect(mql.reasons).toContain("engagement 59 is below the minimum 60");
  });

  it("names the one high-intent action a company configured", () => {
    const demoOnly = withQualification({ mql: { highIntentKinds: ["demo_request"] } });
    expect(evaluated({ fitGrade: "D", engagement: 0 }, demoOnly).reasons).toContain(
      "no high-intent action (demo_request)",
    );
  });

  it("says so when the company configured no high-intent actions", () => {
    const noIntent = withQualification({ mql: { highIntentKinds: [] } });
    const mql = evaluated(
      { fitGrade: "D", engagement: 0, events: [{ kind: "demo_request", at: T0 }] },
      noIntent,
    );
    expect(mql.qualifies).toBe(false);
    expect(mql.reasons).toContain("no high-intent actions are configured");
  });

  it("never rounds a score onto the wrong side of the minimum", () => {
    const mql = evaluated({ fitGrade: "A", engagement: 39.996 });
    expect(mql.reasons).toContain("engagement 39.996 is below the minimum 40");
    expect(evaluated({ fitGrade: "A", engagement: 39.99999999 }).reasons).toContain(
      "engagement 39.99999999 is below the minimum 40",
    );
    expect(evaluated({ fitGrade: "A", engagement: 41.23456 }).reasons).toContain(
      "engagement 41 meets the minimum 40",
    );
  });

  it("refuses an unknown fit grade, naming the valid ones", () => {
    const result = evaluateMql({ fitGrade: "E" as FitGrade, engagement: 50 }, config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(result.error.message).toContain(
      "fitGrade: unknown fit grade 'E'; use one of A, B, C, D",
    );
  });

  it("refuses a negative or infinite engagement score", () => {
    expect(evaluateMql({ fitGrade: "A", engagement: -1 }, config).ok).toBe(false);
    const infinite = evaluateMql({ fitGrade: "A", engagement: Number.POSITIVE_INFINITY }, config);
    expect(!infinite.ok && infinite.error.message).toContain("engagement");
  });

  it("refuses an event without a valid time", () => {
    const result = evaluateMql(
      {
        fitGrade: "A",
        engagement: 1,
        events: [{ kind: "demo_request", at: new Date(Number.NaN) }],
      },
      config,
    );
    expect(!result.ok && result.error.message).toContain("events[0].at");
  });

  describe("laws", () => {
    const grade = fc.constantFrom(...FIT_GRADES);
    const engagement = fc.double({ min: 0, max: 200, noNaN: true });

    it("a lead with a current high-intent action always qualifies", () => {
      fc.assert(
        fc.property(
          grade,
          engagement,
          fc.constantFrom("demo_request", "pricing_contact"),
          (g, e, kind) => {
            expect(
              evaluated({ fitGrade: g, engagement: e, events: [{ kind, at: T0 }] }).qualifies,
            ).toBe(true);
          },
        ),
      );
    });

    it("more engagement or a better grade never un-qualifies a lead", () => {
      fc.assert(
        fc.property(grade, grade, engagement, engagement, (g1, g2, e1, e2) => {
          const [worse, better] =
            FIT_GRADES.indexOf(g1) >= FIT_GRADES.indexOf(g2) ? [g1, g2] : [g2, g1];
          const low = Math.min(e1, e2);
          const high = Math.max(e1, e2);
          if (evaluated({ fitGrade: worse, engagement: low }).qualifies)
            expect(evaluated({ fitGrade: better, engagement: high }).qualifies).toBe(true);
        }),
      );
    });

    it("always gives a reason for fit, engagement and intent", () => {
      fc.assert(
        fc.property(grade, engagement, (g, e) => {
          const mql = evaluated({ fitGrade: g, engagement: e });
          expect(mql.reasons.length).toBeGreaterThanOrEqual(3);
          expect(mql.qualifies).toBe(mql.via !== null);
        }),
      );
    });
  });

  it("refuses a fit grade that is not even a string, without crashing", () => {
    const odd = evaluateMql({ fitGrade: Object.create(null), engagement: 1 }, config);
    expect(!odd.ok && odd.error.message).toContain(
      "fitGrade: must be a fit grade: one of A, B, C, D",
    );
  });

  it("refuses a malformed configuration with the reason instead of throwing", () => {
    const bad = { qualification: { mql: { minEngagement: -1 } } } as unknown as Config;
    const result = evaluateMql({ fitGrade: "A", engagement: 50 }, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(result.error.message).toContain(
      "The configuration is not valid — qualification.mql.minEngagement",
    );
    expect(
      evaluateMql({ fitGrade: "A", engagement: 50 }, undefined as unknown as Config),
    ).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("reads a hand-built partial configuration, defaults filling the rest", () => {
    const handBuilt = { qualification: { mql: { minEngagement: 60 } } } as unknown as Config;
    expect(evaluated({ fitGrade: "A", engagement: 55 }, handBuilt).qualifies).toBe(false);
  });
});
