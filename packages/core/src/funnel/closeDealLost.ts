import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant } from "../entities/common";
import { Deal } from "../entities/deal";
import { User } from "../entities/user";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { checkDealTimeline, withDealStage } from "./dealMove";
import { type DealClosedLostEvent, dealEventRef } from "./events";
import { findOpenDealStage, findPipelineStage } from "./pipelineStage";

/** A lost deal, why it was lost and, where the pipeline has several, which lost stage. */
export type CloseDealLostInput = {
  readonly deal: Deal;
  readonly by: User;
  readonly at: Date;
  /** Why the customer did not buy; kept on the event for loss analysis. */
  readonly reason: string;
  /** A stage with outcome `lost`; omitted, the first lost stage of the pipeline. */
  readonly lostStage?: string;
};

/** The deal to store, closed, and its event. */
export type ClosedLostDeal = { readonly deal: Deal; readonly event: DealClosedLostEvent };

export const CLOSE_DEAL_LOST_ERROR_CODES = [
  "unknown_stage",
  "not_a_lost_stage",
  "deal_closed",
  "out_of_order",
] as const;
export type CloseDealLostErrorCode = (typeof CLOSE_DEAL_LOST_ERROR_CODES)[number];
export type CloseDealLostError = DomainError<CloseDealLostErrorCode> | InvalidInput;

const LostRequest = z.object({
  deal: Deal,
  by: User,
  at: Instant,
  reason: z
    .string({ error: "must say why the deal was lost" })
    .trim()
    .min(1, "must say why the deal was lost")
    .max(1000, "must be at most 1,000 characters"),
  lostStage: z.string().min(1).optional(),
});

/**
 * Closes an open deal as lost with the reason, so win rates count it and the
 * loss can be analysed; contacts and the account keep their stages.
 *
 * @example
 * closeDealLost({ deal, by: ada, at, reason: "went with a competitor" }, config)
 * // ok({ deal: { …deal, stage: "closed_lost", closedAt: at }, event: { type: "deal_closed_lost", reason: "went with a competitor", … } })
 */
export const closeDealLost = (
  input: CloseDealLostInput,
  config: Config,
): Result<ClosedLostDeal, CloseDealLostError> => {
  const parsed = parseInput(LostRequest, input, "lost deal");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const { pipeline } = checked.value;
  const { deal, by, at, reason, lostStage } = parsed.value;

  const from = findOpenDealStage(deal, pipeline, "reopen it with a reset before closing it again");
  if (!from.ok) return from;
  const lostStages = pipeline.stages.filter((s) => s.outcome === "lost");
  const to = lostStage === undefined ? lostStages[0] : lostStages.find((s) => s.id === lostStage);
  if (to === undefined) {
    const known = findPipelineStage(lostStage ?? "", pipeline);
    if (!known.ok) return known;
    return err(
      domainError(
        "not_a_lost_stage",
        `'${lostStage}' is not a lost stage; use one of ${lostStages.map((s) => s.id).join(", ")}.`,
        { path: ["lostStage"] },
      ),
    );
  }
  const timeline = checkDealTimeline(deal, at);
  if (!timeline.ok) return timeline;

  const lost = withDealStage(deal, to, by.id, at);
  return ok({
    deal: lost,
    event: {
      type: "deal_closed_lost",
      at,
      by: by.id,
      deal: dealEventRef(lost),
      from: from.value.id,
      to: to.id,
      reason,
    },
  });
};
