import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Instant } from "../entities/common";
import { Deal } from "../entities/deal";
import { User } from "../entities/user";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { type DealReopenedEvent, type DealStageChangedEvent, dealEventRef } from "./events";
import type { PipelineStage } from "./pipelineConfig";
import { findPipelineStage } from "./pipelineStage";
import { checkResetAuthority } from "./resetAuthority";

export const DEAL_MOVE_ERROR_CODES = [
  "unknown_stage",
  "already_at_stage",
  "deal_closed",
  "close_via_close_deal",
  "out_of_order",
  "reset_not_allowed",
  "reason_required",
] as const;
export type DealMoveErrorCode = (typeof DEAL_MOVE_ERROR_CODES)[number];
export type DealMoveError = DomainError<DealMoveErrorCode> | InvalidInput;

/** Who moves the deal and when; `reset` and `reason` reopen a closed deal. */
export type DealMoveOptions = {
  readonly by: User;
  readonly at: Date;
  /** Reopen a closed deal; only `config.funnel.resetRoles` may, with a reason. */
  readonly reset?: boolean;
  readonly reason?: string;
};

/** A deal move that passed the rules: the deal with one more history entry, and its event. */
export type DealMove = {
  readonly deal: Deal;
  readonly from: PipelineStage;
  readonly to: PipelineStage;
  readonly event: DealStageChangedEvent | DealReopenedEvent;
};

const DealMoveRequest = z.object({
  deal: Deal,
  toStage: z.string().min(1, "must name a pipeline stage"),
  by: User,
  at: Instant,
  reset: z.boolean().default(false),
  reason: z.string().max(1000, "must be at most 1,000 characters").optional(),
});

/**
 * The deal in `to`, with the change appended to its history; closing stamps
 * `closedAt`, reopening clears it. Callers have already checked the move.
 */
export const withDealStage = (deal: Deal, to: PipelineStage, by: string, at: Date): Deal => ({
  ...deal,
  stage: to.id,
  stageHistory: [...deal.stageHistory, { stage: to.id, at, by }],
  closedAt: to.outcome === "open" ? null : at,
});

/**
 * Refuses a stage change stamped before the deal's latest one (or its creation),
 * because stage durations are computed from the history's order.
 */
export const checkDealTimeline = (
  deal: Deal,
  at: Date,
): Result<true, DomainError<"out_of_order">> => {
  const last = deal.stageHistory.at(-1)?.at ?? deal.createdAt;
  return at.getTime() < last.getTime()
    ? err(
        domainError(
          "out_of_order",
          `The deal '${deal.name}' cannot change stage at ${at.toISOString()}, before its last recorded change at ${last.toISOString()}; use the time the change happened.`,
          { path: ["at"] },
        ),
      )
    : ok(true);
};

/**
 * Moves an open deal to another open pipeline stage and keeps the change with
 * its timestamp, so stage durations and pipeline history can be reported.
 *
 * Open stages may be moved between in any order (deals slip back); a closed
 * deal only leaves its stage as a reset by `config.funnel.resetRoles` with a
 * reason; closing goes through `closeDealWon` / `closeDealLost` so contacts,
 * the account and the hand-off to service follow.
 *
 * @example
 * moveDeal(deal, "proposal", { by: ada, at }, config)
 * // ok({ deal: { …deal, stage: "proposal", stageHistory: [… { stage: "proposal", at, by: ada.id }] }, event })
 */
export const moveDeal = (
  deal: Deal,
  toStage: string,
  options: DealMoveOptions,
  config: Config,
): Result<DealMove, DealMoveError> => {
  const parsed = parseInput(DealMoveRequest, { deal, toStage, ...options }, "deal move");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const { funnel, pipeline } = checked.value;
  const { deal: current, by, at, reset } = parsed.value;

  const from = findPipelineStage(current.stage, pipeline);
  if (!from.ok) return from;
  const to = findPipelineStage(parsed.value.toStage, pipeline);
  if (!to.ok) return to;
  if (from.value.id === to.value.id) {
    return err(
      domainError(
        "already_at_stage",
        `The deal '${current.name}' is already in '${to.value.id}'; nothing to move.`,
        { path: ["toStage"] },
      ),
    );
  }
  if (to.value.outcome !== "open") {
    const close = to.value.outcome === "won" ? "closeDealWon" : "closeDealLost";
    return err(
      domainError(
        "close_via_close_deal",
        `Moving the deal '${current.name}' to '${to.value.id}' closes it; use ${close} so its contacts and account follow.`,
        { path: ["toStage"] },
      ),
    );
  }
  const reopening = from.value.outcome !== "open";
  if (reopening && !reset) {
    return err(
      domainError(
        "deal_closed",
        `The deal '${current.name}' is closed (${from.value.id}); reopening it is a reset that a user with the role ${funnel.resetRoles.join(" or ")} can make with a reason.`,
        { path: ["deal", "stage"] },
      ),
    );
  }
  let reason: string | null = null;
  if (reset) {
    const authority = checkResetAuthority(
      by,
      parsed.value.reason,
      funnel,
      `the deal '${current.name}'`,
    );
    if (!authority.ok) return authority;
    reason = authority.value;
  }
  const timeline = checkDealTimeline(current, at);
  if (!timeline.ok) return timeline;

  const moved = withDealStage(current, to.value, by.id, at);
  const common = { at, by: by.id, deal: dealEventRef(moved), from: from.value.id, to: to.value.id };
  const event: DealStageChangedEvent | DealReopenedEvent =
    reopening && reason !== null
      ? { type: "deal_reopened", ...common, reason }
      : {
          type: "deal_stage_changed",
          ...common,
          probability: to.value.probability,
          forecast: to.value.forecast,
        };
  return ok({ deal: moved, from: from.value, to: to.value, event });
};
