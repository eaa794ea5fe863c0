import { z } from "zod";
import type { Config } from "../config/config";
import { Lead } from "../entities/lead";
import type { Result } from "../result";
import { ok } from "../result";
import { FitField, FitGrade } from "./scoringConfig";
import { parseScoringInput, type ScoringError } from "./scoringError";
import { fitGradeOf, normaliseFitValue, type ScoringModel, scoringModelOf } from "./scoringModel";

/**
 * What fit is judged on: the firmographic and person fields of a lead, or of an account and
 * contact put together. Each is checked as the `Lead` record checks it; `null` (as a store
 * returns it) and a missing field both mean "not recorded" and match no rule.
 */
export const FitSubject = z.object({
  industry: Lead.shape.industry.unwrap().nullish(),
  region: Lead.shape.region.unwrap().nullish(),
  country: Lead.shape.country.unwrap().nullish(),
  sizeBand: Lead.shape.sizeBand.unwrap().nullish(),
  seniority: Lead.shape.seniority.unwrap().nullish(),
  department: Lead.shape.department.unwrap().nullish(),
});
export type FitSubject = z.infer<typeof FitSubject>;
export type FitSubjectInput = z.input<typeof FitSubject>;

/** One rule that matched: which, on what value, for how many points. */
export const FitContribution = z.object({
  ruleId: z.string(),
  field: FitField,
  value: z.string(),
  points: z.number().int(),
});
export type FitContribution = z.infer<typeof FitContribution>;

/** Fit points, the grade they earn, and every rule that gave or took points. */
export const FitScore = z.object({
  points: z.number().int(),
  grade: FitGrade,
  contributions: z.array(FitContribution),
});
export type FitScore = z.infer<typeof FitScore>;

/** Scores an already validated subject against a compiled model; the explanation follows rule order. */
export const explainFit = (subject: FitSubject, model: ScoringModel): FitScore => {
  const contributions: FitContribution[] = [];
  let points = 0;
  for (const { rule, values } of model.fitRules) {
    const value = subject[rule.field];
    if (value === null || value === undefined || !values.has(normaliseFitValue(value))) continue;
    contributions.push({ ruleId: rule.id, field: rule.field, value, points: rule.points });
    points += rule.points;
  }
  return { points, grade: fitGradeOf(points, model), contributions };
};

/**
 * How well a lead or account matches the ideal customer profile: every fit rule whose value
 * the subject has adds (or removes) its points, and the total earns a grade A–D by the
 * configured thresholds (`config.scoring.fit`). Values match without regard to case; fit does
 * not decay. A configuration that is not valid is refused as `invalid_scoring_config`.
 *
 * @example
 * fitScore({ industry: "Software", seniority: "vp", sizeBand: "201-1000" }, defaultConfig())
 * // ok({ points: 65, grade: "A", contributions: [
 * //   { ruleId: "target_industry", field: "industry", value: "Software", points: 20 },
 * //   { ruleId: "mid_market", field: "sizeBand", value: "201-1000", points: 20 },
 * //   { ruleId: "decision_maker", field: "seniority", value: "vp", points: 25 } ] })
 */
export const fitScore = (
  subject: FitSubjectInput,
  config: Config,
): Result<FitScore, ScoringError> => {
  const model = scoringModelOf(config);
  if (!model.ok) return model;
  const parsed = parseScoringInput(FitSubject, subject, "fit subject", "invalid_fit_subject");
  return parsed.ok ? ok(explainFit(parsed.value, model.value)) : parsed;
};
