import { z } from "zod";
import type { Config } from "../config/config";
import { Instant } from "../entities/common";
import type { Result } from "../result";
import { ok } from "../result";
import { decayedPoints } from "./engagementDecay";
import { parseScoringInput, type ScoringError } from "./scoringError";
import { engagementBandOf, type ScoringModel, scoringModelOf } from "./scoringModel";

export const ENGAGEMENT_BANDS = [1, 2, 3] as const;
/** How engaged a lead is, 1 (most) to 3 (least): the digit of a combined score such as "A1". */
export const EngagementBand = z.literal(ENGAGEMENT_BANDS);
export type EngagementBand = z.infer<typeof EngagementBand>;

/** One engagement touch: what the person did (a kind from the points table) and when. */
export const EngagementEvent = z.object({
  kind: z.string().min(1, "must name the kind of engagement, such as 'email_click'"),
  at: Instant,
});
export type EngagementEvent = z.infer<typeof EngagementEvent>;

/** What one kind of engagement added: its undecayed points, after decay, and after its cap. */
export const EngagementContribution = z.object({
  kind: z.string(),
  events: z.number().int().positive(),
  raw: z.number(),
  decayed: z.number(),
  capped: z.number(),
});
export type EngagementContribution = z.infer<typeof EngagementContribution>;

export const IGNORED_ENGAGEMENT_REASONS = ["unknown_kind", "in_future"] as const;
/** Why a touch added nothing: its kind has no points configured, or it has not happened yet. */
export const IgnoredEngagementReason = z.enum(IGNORED_ENGAGEMENT_REASONS);
export type IgnoredEngagementReason = z.infer<typeof IgnoredEngagementReason>;

/** A touch that was left out of the score, by its position in the input. */
export const IgnoredEngagementEvent = z.object({
  index: z.number().int().min(0),
  kind: z.string(),
  at: Instant,
  reason: IgnoredEngagementReason,
});
export type IgnoredEngagementEvent = z.infer<typeof IgnoredEngagementEvent>;

/**
 * The engagement score with its explanation: `contributions` (one per kind that counted, in
 * configuration order) sum to `uncapped`; the score is that sum held to the total cap.
 */
export const EngagementScore = z.object({
  score: z.number().min(0),
  band: EngagementBand,
  uncapped: z.number().min(0),
  contributions: z.array(EngagementContribution),
  ignored: z.array(IgnoredEngagementEvent),
});
export type EngagementScore = z.infer<typeof EngagementScore>;

/**
 * Scores already validated touches at `nowMs`. Sums run in input order per kind and then in
 * configuration order over kinds: the batch scorer adds in the same order, so both agree to
 * the last bit.
 */
export const explainEngagement = (
  events: readonly EngagementEvent[],
  nowMs: number,
  model: ScoringModel,
): EngagementScore => {
  const kindCount = model.kinds.length;
  const decayed = new Float64Array(kindCount);
  const raw = new Float64Array(kindCount);
  const counts = new Uint32Array(kindCount);
  const ignored: IgnoredEngagementEvent[] = [];
  events.forEach((event, index) => {
    const k = model.kindIndex.get(event.kind);
    const atMs = event.at.getTime();
    if (k === undefined || atMs > nowMs) {
      const reason = k === undefined ? "unknown_kind" : "in_future";
      ignored.push({ index, kind: event.kind, at: event.at, reason });
      return;
    }
    const points = model.kindPoints[k] ?? 0;
    decayed[k] = (decayed[k] ?? 0) + decayedPoints(points, nowMs - atMs, model.halfLifeMs);
    raw[k] = (raw[k] ?? 0) + points;
    counts[k] = (counts[k] ?? 0) + 1;
  });
  const contributions: EngagementContribution[] = [];
  let uncapped = 0;
  model.kinds.forEach((kind, k) => {
    const events = counts[k] ?? 0;
    if (events === 0) return;
    const kindDecayed = decayed[k] ?? 0;
    const capped = Math.min(kindDecayed, model.capPerKind);
    contributions.push({ kind, events, raw: raw[k] ?? 0, decayed: kindDecayed, capped });
    uncapped += capped;
  });
  const score = Math.min(uncapped, model.capTotal);
  return { score, band: engagementBandOf(score, model), uncapped, contributions, ignored };
};

/**
 * How engaged a lead is now: each touch is worth its kind's points, halving every half-life
 * (`points × 0.5^(ageDays / halfLifeDays)`), each kind held to its cap and the total to the
 * total cap (all from `config.scoring.engagement`). A kind with no configured points and a
 * touch after `now` add nothing and are listed in `ignored`, so a typo in a kind shows up
 * instead of silently scoring.
 *
 * @example
 * engagementScore([{ kind: "demo_request", at: new Date("2026-03-01T09:00:00Z") }],
 *   new Date("2026-03-31T09:00:00Z"), defaultConfig())
 * // ok({ score: 12.5, band: 3, uncapped: 12.5, ignored: [],
 * //   contributions: [{ kind: "demo_request", events: 1, raw: 25, decayed: 12.5, capped: 12.5 }] })
 */
export const engagementScore = (
  events: readonly EngagementEvent[],
  now: Date,
  config: Config,
): Result<EngagementScore, ScoringError> => {
  const model = scoringModelOf(config);
  if (!model.ok) return model;
  const parsedNow = parseScoringInput(Instant, now, "time to score at", "invalid_now");
  if (!parsedNow.ok) return parsedNow;
  const parsed = parseScoringInput(
    z.array(EngagementEvent),
    events,
    "engagement events",
    "invalid_engagement_events",
  );
  if (!parsed.ok) return parsed;
  return ok(explainEngagement(parsed.value, parsedNow.value.getTime(), model.value));
};
