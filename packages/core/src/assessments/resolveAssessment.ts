import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import type { TeamFunction } from "../entities/role";
import { teamOwningStage } from "../funnel/stageOwnership";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import {
  Assessment,
  AssessmentContext,
  type AssessmentError,
  type AssessmentInput,
  type AssessmentValue,
} from "./assessment";
import {
  AssessmentKind,
  type AssessmentKindConfig,
  type AssessmentRuleName,
  type AssessmentScale,
} from "./assessmentsConfig";

/** A recorded judgement as the resolution saw it: whether it counted, and with what weight. */
export type RecordedAssessment = {
  readonly assessment: Assessment;
  /** True when the judgement shaped the current value. */
  readonly counted: boolean;
  /**
   * Under `weighted`: the team's weight × the author's confidence (0 for a judgement its
   * author has since replaced); otherwise `null`.
   */
  readonly weight: number | null;
};

/** The current value of one kind of judgement on a record, every judgement beside it, and why. */
export type AssessmentResolution = {
  readonly kind: string;
  /** `null` when nobody has judged yet. */
  readonly recordId: string | null;
  readonly rule: AssessmentRuleName;
  /** `null` when nobody has judged yet, or no judgement carries weight. */
  readonly value: AssessmentValue | null;
  readonly reason: string;
  /** Every judgement of the kind, newest first (same time: by id, last first). */
  readonly recorded: readonly RecordedAssessment[];
  /** Under `weighted` with grades: each grade's total weight, heaviest first. */
  readonly tally: readonly { readonly value: string; readonly weight: number }[];
};

/** Newest first; at the same instant the id sorting last counts as newer (ULIDs sort by time). */
const newestFirst = (a: Assessment, b: Assessment): number =>
  b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const describe = (a: Assessment): string =>
  `${typeof a.value === "string" ? `'${a.value}'` : a.value} by ${a.authorId} (${a.team}) at ${a.at.toISOString()}`;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const onScale = (value: AssessmentValue, scale: AssessmentScale): boolean =>
  scale.type === "categorical"
    ? typeof value === "string" && scale.values.includes(value)
    : typeof value === "number" &&
      Number.isFinite(value) &&
      value >= scale.min &&
      value <= scale.max;

const scaleText = (scale: AssessmentScale): string =>
  scale.type === "categorical"
    ? `one of ${scale.values.join(", ")}`
    : `a number from ${scale.min} to ${scale.max}`;

/** The kind's settings, or the error naming the kinds the company declared. */
export const kindSettings = (
  kinds: Readonly<Record<string, AssessmentKindConfig>>,
  kind: string,
): Result<AssessmentKindConfig, AssessmentError> => {
  const settings = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
  return settings !== undefined
    ? ok(settings)
    : err(
        domainError(
          "unknown_assessment_kind",
          `Unknown assessment kind '${kind}'; use one of ${Object.keys(kinds).sort().join(", ")}, or declare it in assessments.kinds.`,
          { details: { kind } },
        ),
      );
};

/** Refuses a judgement whose value is not on its kind's scale. */
export const checkOnScale = (
  assessment: Assessment,
  scale: AssessmentScale,
): Result<Assessment, AssessmentError> =>
  onScale(assessment.value, scale)
    ? ok(assessment)
    : err(
        domainError(
          "value_off_scale",
          `Assessment '${assessment.id}' gives ${assessment.kind} the value ${JSON.stringify(assessment.value)}, which is not on its scale; use ${scaleText(scale)}.`,
          { details: { assessmentId: assessment.id } },
        ),
      );

const latestOf = (
  all: readonly Assessment[],
  why: (a: Assessment) => string,
  rule: AssessmentRuleName,
  kind: string,
): AssessmentResolution => {
  const [winner] = all;
  return {
    kind,
    recordId: winner?.recordId ?? null,
    rule,
    value: winner?.value ?? null,
    reason: winner === undefined ? `No one has assessed ${kind} yet.` : why(winner),
    recorded: all.map((a) => ({ assessment: a, counted: a === winner, weight: null })),
    tally: [],
  };
};

const weightedOf = (
  all: readonly Assessment[],
  weights: Partial<Record<TeamFunction, number>>,
  scale: AssessmentScale,
  kind: string,
): AssessmentResolution => {
  // A person's newer judgement replaces their own older one; it does not add a second vote.
  const authors = new Set<string>();
  const weightOf = new Map<Assessment, number>();
  for (const a of all) {
    if (authors.has(a.authorId)) continue;
    authors.add(a.authorId);
    const weight = (weights[a.team] ?? 0) * (a.confidence ?? 1);
    if (weight > 0) weightOf.set(a, weight);
  }
  const counted = all.filter((a) => weightOf.has(a));
  const base = {
    kind,
    recordId: all[0]?.recordId ?? null,
    rule: "weighted" as const,
    recorded: all.map((a) => ({
      assessment: a,
      counted: weightOf.has(a),
      weight: weightOf.get(a) ?? 0,
    })),
  };
  if (all.length === 0) {
    return { ...base, value: null, reason: `No one has assessed ${kind} yet.`, tally: [] };
  }
  if (counted.length === 0) {
    const teams = [...new Set(all.map((a) => a.team))].sort().join(", ");
    return {
      ...base,
      value: null,
      reason: `No judgement carries weight: the teams that judged (${teams}) have weight 0 or gave confidence 0; give them a weight in assessments.kinds.${kind} or wait for a weighted team.`,
      tally: [],
    };
  }
  const total = counted.reduce((sum, a) => sum + (weightOf.get(a) ?? 0), 0);
  if (scale.type === "numeric") {
    const sum = counted.reduce((s, a) => s + (weightOf.get(a) ?? 0) * Number(a.value), 0);
    const value = sum / total;
    const terms = counted.map((a) => `${a.value} × ${weightOf.get(a)}`).join(" + ");
    return {
      ...base,
      value,
      reason: `Weighted mean of ${counted.length} judgement${counted.length === 1 ? "" : "s"} (each author's latest): (${terms}) ÷ ${total} = ${value}.`,
      tally: [],
    };
  }
  // Grades: heaviest total wins; at equal weight, the grade judged most recently.
  const tally = new Map<string, { weight: number; newest: Assessment }>();
  for (const a of counted) {
    const grade = String(a.value);
    const seen = tally.get(grade);
    tally.set(grade, {
      weight: (seen?.weight ?? 0) + (weightOf.get(a) ?? 0),
      newest: seen?.newest ?? a,
    });
  }
  const ranked = [...tally.entries()].sort(
    ([, x], [, y]) => y.weight - x.weight || newestFirst(x.newest, y.newest),
  );
  const [value, top] = ranked[0] ?? ["", { weight: 0 }];
  const tied = ranked.filter(([, t]) => t.weight === top.weight).map(([grade]) => `'${grade}'`);
  const list = ranked.map(([grade, t]) => `${grade} ${t.weight}`).join(", ");
  return {
    ...base,
    value,
    reason:
      tied.length > 1
        ? `${tied.join(" and ")} tie at weight ${top.weight} (${list}); '${value}' was judged most recently.`
        : `'${value}' carries the most weight (${list}).`,
    tally: ranked.map(([grade, t]) => ({ value: grade, weight: t.weight })),
  };
};

/** Resolves already-checked judgements of one kind (all on one record, all on the scale). */
export const resolveChecked = (
  all: readonly Assessment[],
  kind: string,
  settings: AssessmentKindConfig,
  ownerTeam: TeamFunction | null,
): AssessmentResolution => {
  const sorted = [...all].sort(newestFirst);
  const { resolution } = settings;
  switch (resolution.rule) {
    case "latest":
      return latestOf(sorted, (a) => `The latest judgement wins: ${describe(a)}.`, "latest", kind);
    case "owner_team_wins": {
      const fromOwner = sorted.find((a) => a.team === ownerTeam);
      const owner = ownerTeam ?? "no team";
      if (fromOwner === undefined) {
        return latestOf(
          sorted,
          (a) =>
            `${owner === "no team" ? "No team owns the record's stage" : `${capitalised(owner)}, which owns the record's stage, has not judged it`}, so the latest judgement wins: ${describe(a)}.`,
          "owner_team_wins",
          kind,
        );
      }
      const result = latestOf(sorted, () => "", "owner_team_wins", kind);
      return {
        ...result,
        value: fromOwner.value,
        reason: `${capitalised(owner)} owns the record's stage, so its latest judgement wins: ${describe(fromOwner)}.`,
        recorded: sorted.map((a) => ({ assessment: a, counted: a === fromOwner, weight: null })),
      };
    }
    case "weighted":
      return weightedOf(sorted, resolution.weights, settings.scale, kind);
  }
};

/** Checks judgements against the kind (one record, unique ids, values on the scale). */
export const checkAssessments = (
  assessments: readonly Assessment[],
  settings: AssessmentKindConfig,
): Result<readonly Assessment[], AssessmentError> => {
  const ids = new Set<string>();
  for (const a of assessments) {
    if (ids.has(a.id)) {
      return err(
        domainError(
          "duplicate_assessment",
          `Assessment '${a.id}' is listed more than once; give each judgement once.`,
          { details: { assessmentId: a.id } },
        ),
      );
    }
    ids.add(a.id);
    const checked = checkOnScale(a, settings.scale);
    if (!checked.ok) return checked;
  }
  const records = [...new Set(assessments.map((a) => a.recordId))].sort();
  if (records.length > 1) {
    return err(
      domainError(
        "mixed_records",
        `The judgements are about different records (${records.join(", ")}); resolve one record at a time.`,
        { details: { recordIds: records } },
      ),
    );
  }
  return ok(assessments);
};

/** The owner team from the context: given directly, or the team owning the given stage. */
export const ownerTeamOf = (
  context: AssessmentContext,
  config: Config,
): TeamFunction | null | undefined =>
  context.ownerTeam !== undefined
    ? context.ownerTeam
    : context.stage === undefined
      ? undefined
      : teamOwningStage(context.stage, config.funnel);

/**
 * The current value of one kind of judgement on a record, by the rule the company declared
 * for the kind in `config.assessments.kinds` — `latest`, `owner_team_wins` (the team owning
 * the record's stage wins, else the latest; give `context.ownerTeam` or `context.stage`), or
 * `weighted` (each author's latest judgement, weighted by team × confidence: numbers by
 * weighted mean, grades by most weight, a tie to the grade judged most recently) — with every
 * judgement beside it (who, team, when, whether it counted) and why the rule picked it.
 * Judgements of other kinds are ignored. The result never depends on the input's order.
 *
 * @example
 * resolveAssessment([
 *   { id: "1", recordId: "acme", kind: "customer_grade", value: "A", authorId: "ada", team: "sales", at: mar2 },
 *   { id: "2", recordId: "acme", kind: "customer_grade", value: "B", authorId: "sue", team: "service", at: mar1 },
 * ], "customer_grade", defaultConfig(), { stage: "customer" })
 * // ok({ value: "B", rule: "owner_team_wins",
 * //      reason: "service owns the record's stage, so its latest judgement wins: 'B' by sue (service) at …", … })
 */
export const resolveAssessment = (
  assessments: readonly AssessmentInput[],
  kind: string,
  config: Config,
  context: AssessmentContext = {},
): Result<AssessmentResolution, AssessmentError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsedKind = parseInput(AssessmentKind, kind, "assessment kind");
  if (!parsedKind.ok) return parsedKind;
  const parsedContext = parseInput(AssessmentContext, context, "record context");
  if (!parsedContext.ok) return parsedContext;
  const parsed = parseInput(z.array(Assessment), assessments, "assessments");
  if (!parsed.ok) return parsed;
  const settings = kindSettings(company.value.assessments.kinds, parsedKind.value);
  if (!settings.ok) return settings;
  const ofKind = parsed.value.filter((a) => a.kind === parsedKind.value);
  const checked = checkAssessments(ofKind, settings.value);
  if (!checked.ok) return checked;
  const ownerTeam = ownerTeamOf(parsedContext.value, company.value);
  if (settings.value.resolution.rule === "owner_team_wins" && ownerTeam === undefined) {
    return err(
      domainError(
        "owner_team_required",
        `${parsedKind.value} is resolved by the owner team's judgement; say which team owns the record (context.ownerTeam) or its lifecycle stage (context.stage).`,
      ),
    );
  }
  return ok(resolveChecked(checked.value, parsedKind.value, settings.value, ownerTeam ?? null));
};
