import { z } from "zod";
import type { Config } from "../config/config";
import { Id, Instant } from "../entities/common";
import type { Result } from "../result";
import { ok } from "../result";
import { CombinedScore, combinedCode } from "./combinedScore";
import { EngagementEvent, explainEngagement } from "./engagementScore";
import { explainFit, FitSubject } from "./fitScore";
import { parseScoringInput, type ScoringError } from "./scoringError";
import { scoringModelOf } from "./scoringModel";

/** The part of a lead scoring reads: its id and its fit fields (any other field is ignored). */
export const ScorableLead = FitSubject.extend({ id: Id });
export type ScorableLead = z.infer<typeof ScorableLead>;
export type ScorableLeadInput = z.input<typeof ScorableLead>;

/** Everything scoring says about one lead: the combined score and both explanations. */
export const LeadScore = CombinedScore.extend({ leadId: Id });
export type LeadScore = z.infer<typeof LeadScore>;

/**
 * Scores one lead at `now`: fit from its fields, engagement from its touches, and the
 * combined score qualification reads, each with the contributions that made it. Use
 * `scoreLeadBatch` for many leads at once; this is the explanation on demand. The company
 * configuration is checked and compiled once per object, so calling this in a loop is cheap.
 *
 * @example
 * scoreLead({ id: "lead-1", industry: "software", sizeBand: "201-1000", seniority: "vp" },
 *   [{ kind: "demo_request", at: new Date("2026-03-01T09:00:00Z") }],
 *   new Date("2026-03-31T09:00:00Z"), defaultConfig())
 * // ok({ leadId: "lead-1", combined: "A3", fit: { points: 65, grade: "A", … },
 * //   engagement: { score: 12.5, band: 3, … } })
 */
export const scoreLead = (
  lead: ScorableLeadInput,
  events: readonly EngagementEvent[],
  now: Date,
  config: Config,
): Result<LeadScore, ScoringError> => {
  const model = scoringModelOf(config);
  if (!model.ok) return model;
  const parsedLead = parseScoringInput(ScorableLead, lead, "lead", "invalid_lead");
  if (!parsedLead.ok) return parsedLead;
  const parsedNow = parseScoringInput(Instant, now, "time to score at", "invalid_now");
  if (!parsedNow.ok) return parsedNow;
  const parsedEvents = parseScoringInput(
    z.array(EngagementEvent),
    events,
    "engagement events",
    "invalid_engagement_events",
  );
  if (!parsedEvents.ok) return parsedEvents;
  const fit = explainFit(parsedLead.value, model.value);
  const engagement = explainEngagement(parsedEvents.value, parsedNow.value.getTime(), model.value);
  return ok({
    leadId: parsedLead.value.id,
    combined: combinedCode(fit.grade, engagement.band),
    fit,
    engagement,
  });
};
