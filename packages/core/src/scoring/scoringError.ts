import { z } from "zod";
import type { DomainError, Result } from "../result";
import { err, ok } from "../result";
import { parseInput } from "../validation";

export const SCORING_ERROR_CODES = [
  "invalid_scoring_config",
  "invalid_fit_subject",
  "invalid_engagement_events",
  "invalid_now",
  "invalid_lead",
  "invalid_fit_score",
  "invalid_engagement_score",
  "invalid_rfm_customers",
  "invalid_lead_batch",
] as const;
/**
 * Why a scoring function refused its input; stable for programs and translations. Each code
 * names the argument that was wrong: `invalid_scoring_config` is the company configuration
 * (a problem in any of its sections, since every scoring function checks the whole `Config`;
 * the issues name the field, such as `scoring.engagement.halfLifeDays`).
 */
export const ScoringErrorCode = z.enum(SCORING_ERROR_CODES);
export type ScoringErrorCode = z.infer<typeof ScoringErrorCode>;

/** A refused scoring input: which part was wrong (`code`), and each bad field in `issues`. */
export type ScoringError = DomainError<ScoringErrorCode> & {
  readonly issues: readonly { readonly path: string; readonly message: string }[];
};

/**
 * Validates one argument of a scoring function, re-labelling the generic `invalid_input`
 * with the code that says which argument was wrong.
 */
export const parseScoringInput = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  code: ScoringErrorCode,
): Result<z.output<S>, ScoringError> => {
  const parsed = parseInput(schema, input, what);
  return parsed.ok ? ok(parsed.value) : err({ ...parsed.error, code });
};

/** Builds a `ScoringError` that is not about a schema, such as a duplicate account. */
export const scoringError = (
  code: ScoringErrorCode,
  message: string,
  path: readonly (string | number)[] = [],
): ScoringError => ({
  code,
  message,
  path,
  issues: [{ path: path.length === 0 ? "input" : path.join("."), message }],
});
