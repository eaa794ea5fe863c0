import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import type { Result } from "../result";
import { err, ok } from "../result";
import { MS_PER_DAY } from "./engagementDecay";
import type { FitField, FitGrade, FitRule, ScoringConfig } from "./scoringConfig";
import type { ScoringError } from "./scoringError";

/**
 * A scoring configuration turned into lookup tables once, so that scoring one lead or a
 * million does no per-lead work on the configuration. Internal: both the single-lead and the
 * batch scorers read the same model, which is what keeps their numbers identical.
 */
export type ScoringModel = {
  readonly config: ScoringConfig;
  /** Each rule with its values normalised, in configuration order (the order of explanations). */
  readonly fitRules: readonly { readonly rule: FitRule; readonly values: ReadonlySet<string> }[];
  /** Per field: normalised value → total points of every rule it matches. */
  readonly fitPointsByField: Readonly<Record<FitField, ReadonlyMap<string, number>>>;
  /** Engagement kinds in configuration order; a kind's index is its slot in per-kind sums. */
  readonly kinds: readonly string[];
  readonly kindIndex: ReadonlyMap<string, number>;
  readonly kindPoints: Float64Array;
  readonly halfLifeMs: number;
  readonly capPerKind: number;
  readonly capTotal: number;
  readonly gradeA: number;
  readonly gradeB: number;
  readonly gradeC: number;
  readonly band1: number;
  readonly band2: number;
};

/** Fit values match without regard to case or surrounding spaces: "Software " is "software". */
export const normaliseFitValue = (value: string): string => value.trim().toLowerCase();

/** Precomputes the lookups of an already validated scoring configuration. */
export const compileScoringModel = (config: ScoringConfig): ScoringModel => {
  const fitRules = config.fit.rules.map((rule) => ({
    rule,
    values: new Set(rule.values.map(normaliseFitValue)),
  }));
  const byField: Record<FitField, Map<string, number>> = {
    industry: new Map(),
    region: new Map(),
    country: new Map(),
    sizeBand: new Map(),
    seniority: new Map(),
    department: new Map(),
  };
  for (const { rule, values } of fitRules) {
    const table = byField[rule.field];
    for (const value of values) table.set(value, (table.get(value) ?? 0) + rule.points);
  }
  const kinds = Object.keys(config.engagement.points);
  return {
    config,
    fitRules,
    fitPointsByField: byField,
    kinds,
    kindIndex: new Map(kinds.map((kind, i) => [kind, i])),
    kindPoints: Float64Array.from(kinds, (kind) => config.engagement.points[kind] ?? 0),
    halfLifeMs: config.engagement.halfLifeDays * MS_PER_DAY,
    capPerKind: config.engagement.capPerKind,
    capTotal: config.engagement.capTotal,
    gradeA: config.fit.grades.A,
    gradeB: config.fit.grades.B,
    gradeC: config.fit.grades.C,
    band1: config.engagement.bands[1],
    band2: config.engagement.bands[2],
  };
};

/**
 * Models already compiled, by checked company configuration: `scoreLead` in a loop over a
 * million leads compiles once. A WeakMap keeps this a pure memo that never holds a
 * configuration alive; `readConfig` hands back the same checked object for the same input.
 */
const compiled = new WeakMap<Config, ScoringModel>();

/**
 * Checks the company configuration a scoring function was handed (once per object, see
 * `readConfig`) and returns its compiled scoring model. A configuration that is not valid in
 * any section is refused as `invalid_scoring_config`: the code names the argument that was
 * wrong, the issues name the field.
 */
export const scoringModelOf = (config: Config): Result<ScoringModel, ScoringError> => {
  const checked = readConfig(config);
  if (!checked.ok) return err({ ...checked.error, code: "invalid_scoring_config" });
  let model = compiled.get(checked.value);
  if (model === undefined) {
    model = compileScoringModel(checked.value.scoring);
    compiled.set(checked.value, model);
  }
  return ok(model);
};

/** The grade a number of fit points earns. */
export const fitGradeOf = (points: number, model: ScoringModel): FitGrade =>
  points >= model.gradeA ? "A" : points >= model.gradeB ? "B" : points >= model.gradeC ? "C" : "D";

/** Index into `FIT_GRADES` (0 = A … 3 = D) for a number of fit points. */
export const fitGradeIndex = (points: number, model: ScoringModel): number =>
  points >= model.gradeA ? 0 : points >= model.gradeB ? 1 : points >= model.gradeC ? 2 : 3;

/** Engagement band for a score: 1 is the most engaged. */
export const engagementBandOf = (score: number, model: ScoringModel): 1 | 2 | 3 =>
  score >= model.band1 ? 1 : score >= model.band2 ? 2 : 3;
