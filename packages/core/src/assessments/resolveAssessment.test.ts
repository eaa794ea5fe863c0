import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { T0 } from "../../test/builders";
import { defaultConfig, parseConfig } from "../config/config";
import type { AssessmentInput } from "./assessment";
import { resolveAssessment } from "./resolveAssessment";

const config = defaultConfig();
const hour = (n: number) => new Date(T0.getTime() + n * 3_600_000);
let seq = 0;
const judged = (over: Partial<AssessmentInput>): AssessmentInput => ({
  id: `j-${String(++seq).padStart(3, "0")}`,
  recordId: "acme",
  kind: "customer_grade",
  value: "A",
  authorId: "user-ada",
  team: "sales",
  at: T0,
  ...over,
});

const latestConfig = parseConfig({
  assessments: {
    kinds: {
      churn_risk: {
        scale: { type: "categorical", values: ["low", "medium", "high"] },
        resolution: { rule: "latest" },
      },
      fit_tier: {
        scale: { type: "categorical", values: ["A", "B", "C"] },
        resolution: { rule: "weighted", weights: { sales: 2, marketing: 1 } },
      },
    },
  },
});
if (!latestConfig.ok) throw new Error(latestConfig.error.message);
const custom = latestConfig.value;

describe("assessment resolution", () => {
  describe("latest", () => {
    it("takes the most recent judgement and keeps the others beside it, newest first", () => {
      const all = [
        judged({ id: "1", kind: "churn_risk", value: "low", at: hour(0) }),
        judged({
          id: "2",
          kind: "churn_risk",
          value: "high",
          at: hour(5),
          authorId: "user-sue",
          team: "service",
        }),
        judged({ id: "3", kind: "churn_risk", value: "medium", at: hour(2) }),
      ];
      const result = resolveAssessment(all, "churn_risk", custom);
      expect(result.ok && result.value).toMatchObject({
        value: "high",
        rule: "latest",
        recordId: "acme",
        reason:
          "The latest judgement wins: 'high' by user-sue (service) at 2026-03-02T14:00:00.000Z.",
      });
      expect(result.ok && result.value.recorded.map((r) => [r.assessment.id, r.counted])).toEqual([
        ["2", true],
        ["3", false],
        ["1", false],
      ]);
    });

    it("breaks a tie in time by id, the id sorting last being newer", () => {
      const all = [
        judged({ id: "01B", kind: "churn_risk", value: "low" }),
        judged({ id: "01A", kind: "churn_risk", value: "high" }),
      ];
      const result = resolveAssessment(all, "churn_risk", custom);
      expect(result.ok && result.value.value).toBe("low");
    });

    it("has no value, and says so, before anyone judged", () => {
      const result = resolveAssessment([judged({})], "churn_risk", custom);
      expect(result.ok && result.value).toMatchObject({
        value: null,
        recordId: null,
        reason: "No one has assessed churn_risk yet.",
        recorded: [],
      });
    });
  });

  describe("owner team wins", () => {
    const grades = [
      judged({ id: "1", value: "B", authorId: "user-sue", team: "service", at: hour(1) }),
      judged({ id: "2", value: "A", authorId: "user-ada", team: "sales", at: hour(3) }),
      judged({ id: "3", value: "C", authorId: "user-sam", team: "service", at: hour(2) }),
    ];

    it("lets the team owning the record's stage decide, even against a newer judgement", () => {
      const result = resolveAssessment(grades, "customer_grade", config, { stage: "customer" });
      expect(result.ok && result.value).toMatchObject({
        value: "C",
        reason:
          "Service owns the record's stage, so its latest judgement wins: 'C' by user-sam (service) at 2026-03-02T11:00:00.000Z.",
      });
      expect(
        result.ok && result.value.recorded.filter((r) => r.counted).map((r) => r.assessment.id),
      ).toEqual(["3"]);
    });

    it("falls back to the latest judgement when the owner team has not judged", () => {
      const result = resolveAssessment(grades, "customer_grade", config, {
        ownerTeam: "marketing",
      });
      expect(result.ok && result.value.value).toBe("A");
      expect(result.ok && result.value.reason).toContain(
        "Marketing, which owns the record's stage, has not judged it, so the latest judgement wins",
      );
      const nobody = resolveAssessment(grades, "customer_grade", config, { stage: "other" });
      expect(nobody.ok && nobody.value.reason).toContain("No team owns the record's stage");
    });

    it("asks for the owner team rather than guessing it", () => {
      const result = resolveAssessment(grades, "customer_grade", config);
      expect(!result.ok && result.error.code).toBe("owner_team_required");
    });
  });

  describe("weighted", () => {
    it("takes the weighted mean of numbers, each author's latest judgement only", () => {
      const all = [
        judged({ kind: "intent_to_buy", value: 20, authorId: "user-ada", at: hour(0) }),
        judged({ kind: "intent_to_buy", value: 80, authorId: "user-ada", at: hour(4) }),
        judged({ kind: "intent_to_buy", value: 40, authorId: "user-mia", team: "marketing" }),
        judged({ kind: "intent_to_buy", value: 60, authorId: "user-sue", team: "service" }),
        judged({ kind: "intent_to_buy", value: 0, authorId: "user-fay", team: "finance" }),
      ];
      // sales 2, marketing 1, service 1, finance 0: (80×2 + 40 + 60) ÷ 4 = 65
      const result = resolveAssessment(all, "intent_to_buy", config);
      expect(result.ok && result.value.value).toBe(65);
      expect(
        result.ok && result.value.recorded.map((r) => [r.assessment.value, r.counted, r.weight]),
      ).toEqual([
        [80, true, 2],
        // the rest were all judged at T0: the id sorting last (recorded later) first
        [0, false, 0],
        [60, true, 1],
        [40, true, 1],
        [20, false, 0],
      ]);
    });

    it("multiplies a team's weight by the author's confidence", () => {
      const all = [
        judged({ kind: "intent_to_buy", value: 90, confidence: 0.5 }),
        judged({ kind: "intent_to_buy", value: 30, authorId: "user-mia", team: "marketing" }),
      ];
      // (90 × 1 + 30 × 1) ÷ 2 = 60
      const result = resolveAssessment(all, "intent_to_buy", config);
      expect(result.ok && result.value.value).toBe(60);
      expect(result.ok && result.value.reason).toBe(
        "Weighted mean of 2 judgements (each author's latest): (30 × 1 + 90 × 1) ÷ 2 = 60.",
      );
    });

    it("gives grades to the heaviest, and a tie to the grade judged most recently", () => {
      const all = [
        judged({ kind: "fit_tier", value: "A", at: hour(1) }),
        judged({
          kind: "fit_tier",
          value: "B",
          authorId: "user-mia",
          team: "marketing",
          at: hour(2),
        }),
        judged({
          kind: "fit_tier",
          value: "B",
          authorId: "user-mo",
          team: "marketing",
          at: hour(0),
        }),
      ];
      const result = resolveAssessment(all, "fit_tier", custom);
      expect(result.ok && result.value).toMatchObject({
        value: "B",
        tally: [
          { value: "B", weight: 2 },
          { value: "A", weight: 2 },
        ],
        reason: "'B' and 'A' tie at weight 2 (B 2, A 2); 'B' was judged most recently.",
      });
      const clear = resolveAssessment(all.slice(0, 2), "fit_tier", custom);
      expect(clear.ok && clear.value.value).toBe("A");
      expect(clear.ok && clear.value.reason).toBe("'A' carries the most weight (A 2, B 1).");
    });

    it("has no value when only teams without weight judged, and says how to fix it", () => {
      const all = [
        judged({ kind: "intent_to_buy", value: 50, authorId: "user-fay", team: "finance" }),
      ];
      const result = resolveAssessment(all, "intent_to_buy", config);
      expect(result.ok && result.value.value).toBeNull();
      expect(result.ok && result.value.reason).toContain(
        "the teams that judged (finance) have weight 0",
      );
      const none = resolveAssessment([], "intent_to_buy", config);
      expect(none.ok && none.value.reason).toBe("No one has assessed intent_to_buy yet.");
    });
  });

  describe("refusals", () => {
    it("refuses a kind the company has not declared, naming those it has", () => {
      const result = resolveAssessment([], "mood", config);
      expect(!result.ok && result.error.message).toBe(
        "Unknown assessment kind 'mood'; use one of customer_grade, intent_to_buy, or declare it in assessments.kinds.",
      );
    });

    it("refuses a value that is not on the kind's scale", () => {
      const grade = resolveAssessment([judged({ id: "g", value: "E" })], "customer_grade", config, {
        ownerTeam: "service",
      });
      expect(!grade.ok && grade.error.message).toContain("use one of A, B, C, D");
      const intent = resolveAssessment(
        [judged({ kind: "intent_to_buy", value: 120 })],
        "intent_to_buy",
        config,
      );
      expect(!intent.ok && intent.error.code).toBe("value_off_scale");
      expect(!intent.ok && intent.error.message).toContain("use a number from 0 to 100");
    });

    it("refuses judgements of different records, or one listed twice", () => {
      const mixed = resolveAssessment(
        [
          judged({ kind: "intent_to_buy", value: 1 }),
          judged({ kind: "intent_to_buy", value: 2, recordId: "beta" }),
        ],
        "intent_to_buy",
        config,
      );
      expect(!mixed.ok && mixed.error.code).toBe("mixed_records");
      const once = judged({ kind: "intent_to_buy", value: 1 });
      const twice = resolveAssessment([once, once], "intent_to_buy", config);
      expect(!twice.ok && twice.error.code).toBe("duplicate_assessment");
    });

    it("refuses malformed judgements, kind, context and configuration", () => {
      const bad = resolveAssessment([judged({ confidence: 2 })], "customer_grade", config);
      expect(!bad.ok && bad.error.message).toContain("[0].confidence: must be between 0 and 1");
      expect(resolveAssessment([], "Customer Grade", config).ok).toBe(false);
      expect(resolveAssessment([], "customer_grade", config, { stage: "won" as never }).ok).toBe(
        false,
      );
      expect(resolveAssessment([], "customer_grade", null as never).ok).toBe(false);
    });
  });

  it("does not depend on the order the judgements come in", () => {
    const anyJudgement = fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      authorId: fc.constantFrom("user-ada", "user-mia", "user-sue"),
      team: fc.constantFrom(
        "sales" as const,
        "marketing" as const,
        "service" as const,
        "finance" as const,
      ),
      hours: fc.integer({ min: 0, max: 3 }),
      grade: fc.constantFrom("A", "B", "C"),
      intent: fc.integer({ min: 0, max: 100 }),
      confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    });
    const kinds = fc.constantFrom("customer_grade", "intent_to_buy", "churn_risk", "fit_tier");
    fc.assert(
      fc.property(
        fc
          .uniqueArray(anyJudgement, { selector: (j) => j.id, maxLength: 6 })
          .chain((js) =>
            fc.tuple(fc.constant(js), fc.shuffledSubarray(js, { minLength: js.length })),
          ),
        kinds,
        ([given, shuffled], kind) => {
          const as = (js: typeof given) =>
            js.map((j) =>
              judged({
                id: j.id,
                kind,
                authorId: j.authorId,
                team: j.team,
                at: hour(j.hours),
                confidence: j.confidence,
                value:
                  kind === "intent_to_buy"
                    ? j.intent
                    : kind === "churn_risk"
                      ? (["low", "medium", "high"][j.intent % 3] ?? "low")
                      : j.grade,
              }),
            );
          const context = { ownerTeam: "service" as const };
          expect(resolveAssessment(as(shuffled), kind, custom, context)).toEqual(
            resolveAssessment(as(given), kind, custom, context),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
