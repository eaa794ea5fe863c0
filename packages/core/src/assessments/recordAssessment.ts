import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id, Instant } from "../entities/common";
import { TeamFunction } from "../entities/role";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { Assessment, AssessmentContext, type AssessmentError, AssessmentValue } from "./assessment";
import { AssessmentKind } from "./assessmentsConfig";
import {
  type AssessmentResolution,
  checkAssessments,
  kindSettings,
  ownerTeamOf,
  resolveChecked,
} from "./resolveAssessment";

/**
 * Someone recorded a judgement; with the value before and after, so the record's owner can
 * be told when the current value changed ("customer grade of Acme is now B, was A").
 */
export const AssessmentRecordedEvent = z.object({
  type: z.literal("assessment_recorded"),
  at: Instant,
  by: Id,
  assessmentId: Id,
  recordId: Id,
  kind: AssessmentKind,
  value: AssessmentValue,
  team: TeamFunction,
  previousValue: AssessmentValue.nullable(),
  currentValue: AssessmentValue.nullable(),
  changed: z.boolean(),
});
export type AssessmentRecordedEvent = z.infer<typeof AssessmentRecordedEvent>;

/** Every event the assessments area emits. */
export const AssessmentEvent = z.discriminatedUnion("type", [AssessmentRecordedEvent]);
export type AssessmentEvent = z.infer<typeof AssessmentEvent>;

/** A new judgement, the judgements already recorded on the record, and where the record stands. */
export const RecordAssessmentInput = z.object({
  assessment: Assessment,
  recorded: z.array(Assessment).default([]),
  context: AssessmentContext.default({}),
});
export type RecordAssessmentInput = z.input<typeof RecordAssessmentInput>;

export type RecordedAssessmentOutcome = {
  readonly assessment: Assessment;
  /** The kind's current value with the new judgement counted. */
  readonly resolution: AssessmentResolution;
  readonly event: AssessmentRecordedEvent;
};

/**
 * Checks a new judgement (a declared kind, a value on its scale, the same record as the
 * earlier ones, a new id) and resolves the kind again with it, so the caller stores the
 * judgement beside the others — never over them — and knows whether the current value moved.
 *
 * @example
 * recordAssessment({ assessment: { id: "3", recordId: "acme", kind: "customer_grade", value: "C",
 *   authorId: "sue", team: "service", at }, recorded: [gradeA], context: { stage: "customer" } },
 *   defaultConfig())
 * // ok({ resolution: { value: "C", … }, event: { type: "assessment_recorded", previousValue: "A",
 * //      currentValue: "C", changed: true, … } })
 */
export const recordAssessment = (
  input: RecordAssessmentInput,
  config: Config,
): Result<RecordedAssessmentOutcome, AssessmentError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(RecordAssessmentInput, input, "assessment to record");
  if (!parsed.ok) return parsed;
  const { assessment, recorded, context } = parsed.value;
  const settings = kindSettings(company.value.assessments.kinds, assessment.kind);
  if (!settings.ok) return settings;
  const earlier = recorded.filter((a) => a.kind === assessment.kind);
  const before = checkAssessments(earlier, settings.value);
  if (!before.ok) return before;
  const after = checkAssessments([...earlier, assessment], settings.value);
  if (!after.ok) return after;
  const ownerTeam = ownerTeamOf(context, company.value);
  if (settings.value.resolution.rule === "owner_team_wins" && ownerTeam === undefined) {
    return err(
      domainError(
        "owner_team_required",
        `${assessment.kind} is resolved by the owner team's judgement; say which team owns the record (context.ownerTeam) or its lifecycle stage (context.stage).`,
      ),
    );
  }
  const previous = resolveChecked(before.value, assessment.kind, settings.value, ownerTeam ?? null);
  const resolution = resolveChecked(
    after.value,
    assessment.kind,
    settings.value,
    ownerTeam ?? null,
  );
  return ok({
    assessment,
    resolution,
    event: {
      type: "assessment_recorded",
      at: assessment.at,
      by: assessment.authorId,
      assessmentId: assessment.id,
      recordId: assessment.recordId,
      kind: assessment.kind,
      value: assessment.value,
      team: assessment.team,
      previousValue: previous.value,
      currentValue: resolution.value,
      changed: previous.value !== resolution.value,
    },
  });
};
