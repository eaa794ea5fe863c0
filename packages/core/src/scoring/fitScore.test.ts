import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aLead, anythingOr, isResultShaped } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { type FitSubjectInput, fitScore } from "./fitScore";
import { FIT_GRADES, type ScoringConfigInput } from "./scoringConfig";

const company = defaultConfig();
/** A company configuration with these scoring settings, checked as `parseConfig` checks it. */
const withScoring = (scoring: ScoringConfigInput): Config => {
  const parsed = parseConfig({ scoring });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
/** A configuration as a caller might build it by hand, unchecked: `fitScore` must check it. */
const handBuilt = (config: unknown) => config as Config;

describe("fit score", () => {
  it("adds the points of every rule the lead matches, in rule order", () => {
    const lead = aLead({ industry: "software", sizeBand: "201-1000", seniority: "vp" });
    const fit = fitScore(lead, company);
    expect(fit).toEqual({
      ok: true,
      value: {
        points: 65,
        grade: "A",
        contributions: [
          { ruleId: "target_industry", field: "industry", value: "software", points: 20 },
          { ruleId: "mid_market", field: "sizeBand", value: "201-1000", points: 20 },
          { ruleId: "decision_maker", field: "seniority", value: "vp", points: 25 },
        ],
      },
    });
  });

  it("takes points away for a poor fit such as a student", () => {
    const fit = fitScore(
      { industry: "FinTech", sizeBand: "51-200", seniority: "student", department: "IT" },
      company,
    );
    // 20 (industry) + 10 (smb) − 30 (student) + 10 (department) = 10, below C's 20
    expect(fit.ok && fit.value.points).toBe(10);
    expect(fit.ok && fit.value.grade).toBe("D");
    expect(fit.ok && fit.value.contributions.map((c) => c.points)).toEqual([20, 10, -30, 10]);
  });

  it("matches values without regard to case or surrounding spaces", () => {
    const fit = fitScore({ industry: "  SoftWare ", department: "Sales" }, company);
    expect(fit.ok && fit.value.points).toBe(30);
    expect(fit.ok && fit.value.contributions[0]?.value).toBe("SoftWare");
  });

  it("matches a rule written in capitals against a lower-case value", () => {
    const config = withScoring({
      fit: { rules: [{ id: "dach", field: "country" as const, values: ["de", "AT"], points: 5 }] },
    });
    const fit = fitScore({ country: "AT" }, config);
    expect(fit.ok && fit.value.points).toBe(5);
  });

  it("counts every rule a value matches when rules overlap", () => {
    const config = withScoring({
      fit: {
        rules: [
          { id: "software", field: "industry" as const, values: ["software"], points: 20 },
          { id: "tech", field: "industry" as const, values: ["software", "hardware"], points: 5 },
        ],
      },
    });
    const fit = fitScore({ industry: "software" }, config);
    expect(fit.ok && fit.value.contributions.map((c) => c.ruleId)).toEqual(["software", "tech"]);
    expect(fit.ok && fit.value.points).toBe(25);
  });

  it("gives a record with nothing known zero points and grade D", () => {
    expect(fitScore({}, company)).toEqual({
      ok: true,
      value: { points: 0, grade: "D", contributions: [] },
    });
    expect(fitScore({ industry: null, seniority: null }, company).ok).toBe(true);
  });

  it("grades on the thresholds inclusively", () => {
    const config = handBuilt({
      scoring: {
        fit: {
          rules: [{ id: "x", field: "region" as const, values: ["emea"], points: 40 }],
          grades: { A: 60, B: 40, C: 20 },
        },
      },
    });
    expect(fitScore({ region: "EMEA" }, config)).toMatchObject({ value: { grade: "B" } });
  });

  it("refuses a seniority that is not one of the known levels", () => {
    const fit = fitScore({ seniority: "wizard" as "vp" }, company);
    expect(fit.ok).toBe(false);
    if (fit.ok) return;
    expect(fit.error.code).toBe("invalid_fit_subject");
    expect(fit.error.message).toContain("seniority");
  });

  it("refuses a malformed scoring configuration, naming the field", () => {
    const fit = fitScore({}, handBuilt({ scoring: { fit: { grades: { A: 10, B: 20, C: 30 } } } }));
    expect(fit.ok).toBe(false);
    if (fit.ok) return;
    expect(fit.error.code).toBe("invalid_scoring_config");
    expect(fit.error.message).toContain("A > B > C");
  });

  it("refuses two fit rules with the same id", () => {
    const rule = { id: "same", field: "industry" as const, values: ["a"], points: 1 };
    const fit = fitScore(
      {},
      handBuilt({ scoring: { fit: { rules: [rule, { ...rule, values: ["b"] }] } } }),
    );
    expect(!fit.ok && fit.error.message).toContain("each fit rule needs its own id");
  });

  it("refuses a missing configuration instead of assuming the defaults", () => {
    const fit = fitScore({}, handBuilt(undefined));
    expect(!fit.ok && fit.error.code).toBe("invalid_scoring_config");
  });

  it("takes the whole company configuration, a hand-built partial one too", () => {
    const fit = fitScore({ industry: "software" }, handBuilt({ qualification: {} }));
    expect(fit.ok && fit.value.points).toBe(20);
  });

  it("refuses a configuration broken in any section, naming the field, without throwing", () => {
    for (const broken of [{ assignment: { fallbackQueue: " " } }, 42, "config", null]) {
      const fit = fitScore({}, handBuilt(broken));
      expect(fit.ok).toBe(false);
      if (fit.ok) return;
      expect(fit.error.code).toBe("invalid_scoring_config");
      expect(fit.error.message).toMatch(/^The configuration is not valid/);
    }
    const fit = fitScore({}, handBuilt({ assignment: { fallbackQueue: " " } }));
    expect(!fit.ok && fit.error.message).toContain("assignment.fallbackQueue: must name a queue");
  });

  it("names the size bands to use when a size band is unknown", () => {
    const fit = fitScore({ sizeBand: "10-50" as "11-50" }, company);
    expect(!fit.ok && fit.error.message).toContain(
      "sizeBand: unknown size band '10-50'; use one of 1-10, 11-50, 51-200, 201-1000, 1001-5000, 5001+",
    );
  });

  it("names the seniorities to use when a seniority is unknown", () => {
    const fit = fitScore({ seniority: "wizard" as "vp" }, company);
    expect(!fit.ok && fit.error.message).toContain(
      "seniority: unknown seniority 'wizard'; use one of c_level, vp, director, manager, individual, student",
    );
    const notText = fitScore({ seniority: 3 as unknown as "vp" }, company);
    expect(!notText.ok && notText.error.message).toContain(
      "seniority: must be a seniority, one of c_level, vp",
    );
  });

  it("never grades more points lower than fewer points", () => {
    const gradeFor = (points: number, grades: { A: number; B: number; C: number }) => {
      const config = withScoring({
        fit: { rules: [{ id: "r", field: "industry" as const, values: ["x"], points }], grades },
      });
      const fit = fitScore({ industry: "x" }, config);
      return fit.ok ? FIT_GRADES.indexOf(fit.value.grade) : Number.NaN;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: -200, max: 200 }),
        fc.uniqueArray(fc.integer({ min: -150, max: 150 }), { minLength: 3, maxLength: 3 }),
        (p, q, thresholds) => {
          const [C, B, A] = [...thresholds].sort((a, b) => a - b) as [number, number, number];
          const [fewer, more] = p <= q ? [p, q] : [q, p];
          expect(gradeFor(more, { A, B, C })).toBeLessThanOrEqual(gradeFor(fewer, { A, B, C }));
        },
      ),
    );
  });
});

describe("fit score on any input", () => {
  it("never throws: whatever each argument is, the answer is a Result", () => {
    fc.assert(
      fc.property(anythingOr({ industry: "software" }), anythingOr(company), (subject, config) => {
        const fit = fitScore(subject as FitSubjectInput, config as Config);
        expect(isResultShaped(fit)).toBe(true);
      }),
    );
  });
});
