import { z } from "zod";
import type { Result } from "../result";
import { ok } from "../result";
import { EngagementBand, EngagementScore } from "./engagementScore";
import { FitScore } from "./fitScore";
import { FitGrade } from "./scoringConfig";
import { parseScoringInput, type ScoringError } from "./scoringError";

/** Every combined score, best first; a batch stores a lead's combined score as an index into it. */
export const COMBINED_SCORE_CODES = [
  "A1",
  "A2",
  "A3",
  "B1",
  "B2",
  "B3",
  "C1",
  "C2",
  "C3",
  "D1",
  "D2",
  "D3",
] as const;
/** Fit grade then engagement band: "A1" is a great fit who is very engaged, "D3" neither. */
export const CombinedScoreCode = z.templateLiteral([FitGrade, EngagementBand]);
export type CombinedScoreCode = z.infer<typeof CombinedScoreCode>;

/** The combined score (the MQL input) with the fit and engagement explanations it came from. */
export const CombinedScore = z.object({
  combined: CombinedScoreCode,
  fit: FitScore,
  engagement: EngagementScore,
});
export type CombinedScore = z.infer<typeof CombinedScore>;

/** Joins a grade and a band without checking them: for inputs already validated. */
export const combinedCode = (grade: FitGrade, band: EngagementBand): CombinedScoreCode =>
  `${grade}${band}`;

/**
 * Puts a fit score and an engagement score together as the two-part score qualification
 * reads ("B2"), keeping both explanations so the combined score can be explained too.
 *
 * @example
 * combinedScore(fitScore(lead, config).value, engagementScore(events, now, config).value)
 * // ok({ combined: "A3", fit: { points: 65, grade: "A", … }, engagement: { score: 12.5, band: 3, … } })
 */
export const combinedScore = (
  fit: FitScore,
  engagement: EngagementScore,
): Result<CombinedScore, ScoringError> => {
  const checkedFit = parseScoringInput(FitScore, fit, "fit score", "invalid_fit_score");
  if (!checkedFit.ok) return checkedFit;
  const checkedEngagement = parseScoringInput(
    EngagementScore,
    engagement,
    "engagement score",
    "invalid_engagement_score",
  );
  if (!checkedEngagement.ok) return checkedEngagement;
  return ok({
    combined: combinedCode(checkedFit.value.grade, checkedEngagement.value.band),
    fit: checkedFit.value,
    engagement: checkedEngagement.value,
  });
};
