import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { LifecycleStage } from "../entities/lifecycleStage";
import { TeamFunction } from "../entities/role";
import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";
import { AssessmentKind } from "./assessmentsConfig";

/** A grade such as "A", or a number on the kind's scale. */
export const AssessmentValue = z.union(
  [z.string().trim().min(1, "must not be blank"), z.number()],
  {
    error: "must be a grade (text) or a number on the kind's scale",
  },
);
export type AssessmentValue = z.infer<typeof AssessmentValue>;

/** One person's judgement of a record, kept with who, which team, when and how sure. */
export const Assessment = z.object({
  id: Id,
  /** The account, contact, lead or deal judged. */
  recordId: Id,
  kind: AssessmentKind,
  value: AssessmentValue,
  authorId: Id,
  /** The function the author judged for (sales, marketing, service…). */
  team: TeamFunction,
  at: Instant,
  /** How sure the author is, 0–1; a weighted vote multiplies the team's weight by it. */
  confidence: z
    .number()
    .min(0, "must be between 0 and 1")
    .max(1, "must be between 0 and 1")
    .optional(),
  note: z.string().max(2_000, "must be at most 2,000 characters").optional(),
});
export type Assessment = z.infer<typeof Assessment>;
export type AssessmentInput = z.input<typeof Assessment>;

/**
 * Where the record stands, for `owner_team_wins`: the team owning its stage, given
 * directly (`ownerTeam`) or found from its lifecycle `stage` through the funnel settings.
 */
export const AssessmentContext = z.object({
  ownerTeam: TeamFunction.nullable().optional(),
  stage: LifecycleStage.optional(),
});
export type AssessmentContext = z.infer<typeof AssessmentContext>;

export const ASSESSMENT_ERROR_CODES = [
  "invalid_input",
  "unknown_assessment_kind",
  "value_off_scale",
  "mixed_records",
  "duplicate_assessment",
  "owner_team_required",
] as const;
/** Why an assessment or its resolution was refused; stable for programs and translations. */
export type AssessmentErrorCode = (typeof ASSESSMENT_ERROR_CODES)[number];

/** A refusal from the assessments area: a schema failure, or one of the domain reasons above. */
export type AssessmentError =
  | InvalidInput
  | DomainError<Exclude<AssessmentErrorCode, "invalid_input">>;
