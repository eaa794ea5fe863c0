import { match } from "ts-pattern";
import { z } from "zod";
import { FUNNEL_STAGES, type FunnelStage, LifecycleStage } from "../entities/lifecycleStage";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";

/**
 * Where a stage sits for the forward-only rule: on the way to buying
 * (`pre_customer`), bought (`customer`), lost after buying (`churned`), parked off
 * the path but able to come back (`parked`: recycled, other), or `disqualified`.
 */
export type LifecycleStageGroup =
  | "pre_customer"
  | "customer"
  | "churned"
  | "parked"
  | "disqualified";

/** The group a lifecycle stage belongs to; every new stage must be placed here. */
export const lifecycleStageGroup = (stage: LifecycleStage): LifecycleStageGroup =>
  match(stage)
    .returnType<LifecycleStageGroup>()
    .with("subscriber", "lead", "mql", "sql", "opportunity", () => "pre_customer")
    .with("customer", "evangelist", () => "customer")
    .with("churned", () => "churned")
    .with("recycled", "other", () => "parked")
    .with("disqualified", () => "disqualified")
    .exhaustive();

export const LIFECYCLE_MOVE_KINDS = [
  "unchanged",
  "forward",
  "exit",
  "re_entry",
  "churn",
  "win_back",
  "backward",
  "off_path",
] as const;
/**
 * What a lifecycle move does:
 * - `forward`: later along subscriber → … → evangelist (skipping stages is fine);
 * - `exit`: a record not yet a customer leaves the path (disqualified, recycled, other);
 * - `re_entry`: a recycled or `other` record starts a new pass at any stage up to
 *   customer; a disqualified record can only come back as a customer (a won deal
 *   outweighs the disqualification);
 * - `churn`: a customer or evangelist is lost; `win_back`: a churned customer buys again;
 * - `backward`: earlier along the path (churned counts as a customer here);
 * - `off_path`: anything else, e.g. a customer to disqualified.
 * Only `backward` and `off_path` need a reset.
 */
export const LifecycleMoveKind = z.enum(LIFECYCLE_MOVE_KINDS);
export type LifecycleMoveKind = z.infer<typeof LifecycleMoveKind>;

/** The move kinds anyone may make; every other change (except `unchanged`) needs a reset. */
export const LIFECYCLE_MOVES_WITHOUT_RESET = [
  "forward",
  "exit",
  "re_entry",
  "churn",
  "win_back",
] as const satisfies readonly LifecycleMoveKind[];

const isFunnelStage = (stage: LifecycleStage): stage is FunnelStage =>
  (FUNNEL_STAGES as readonly string[]).includes(stage);

/** Position on the forward path; churned sits with the customers it came from. */
const pathRank = (stage: LifecycleStage): number | null =>
  isFunnelStage(stage)
    ? FUNNEL_STAGES.indexOf(stage)
    : stage === "churned"
      ? FUNNEL_STAGES.indexOf("customer")
      : null;

/** Classifies a move between two known stages; `lifecycleMoveKind` is the checked entry point. */
export const classifyLifecycleMove = (
  from: LifecycleStage,
  to: LifecycleStage,
): LifecycleMoveKind => {
  if (from === to) return "unchanged";
  const fromGroup = lifecycleStageGroup(from);
  const toGroup = lifecycleStageGroup(to);
  const fromRank = pathRank(from);
  const toRank = pathRank(to);
  if (isFunnelStage(from) && isFunnelStage(to)) {
    return FUNNEL_STAGES.indexOf(to) > FUNNEL_STAGES.indexOf(from) ? "forward" : "backward";
  }
  if (to === "churned") return fromGroup === "customer" ? "churn" : "off_path";
  if (from === "churned") {
    if (to === "customer") return "win_back";
    return toRank !== null && fromRank !== null && toRank < fromRank ? "backward" : "off_path";
  }
  if (toGroup === "parked" || toGroup === "disqualified") {
    return fromGroup === "pre_customer" || fromGroup === "parked" ? "exit" : "off_path";
  }
  if (fromGroup === "parked") {
    return toGroup === "pre_customer" || to === "customer" ? "re_entry" : "off_path";
  }
  return from === "disqualified" && to === "customer" ? "re_entry" : "off_path";
};

/**
 * Says what moving a record from one lifecycle stage to another would be, so a
 * caller can tell before trying whether it needs a reset.
 *
 * @example lifecycleMoveKind("customer", "lead") // ok("backward")
 * @example lifecycleMoveKind("recycled", "mql") // ok("re_entry")
 */
export const lifecycleMoveKind = (
  from: LifecycleStage,
  to: LifecycleStage,
): Result<LifecycleMoveKind, InvalidInput> => {
  const parsed = parseInput(
    z.object({ from: LifecycleStage, to: LifecycleStage }),
    { from, to },
    "lifecycle move",
  );
  return parsed.ok ? ok(classifyLifecycleMove(parsed.value.from, parsed.value.to)) : parsed;
};

/** True when the move kind can be made without a reset. */
export const isMoveWithoutReset = (kind: LifecycleMoveKind): boolean =>
  (LIFECYCLE_MOVES_WITHOUT_RESET as readonly string[]).includes(kind);
