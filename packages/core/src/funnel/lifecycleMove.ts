import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id, Instant } from "../entities/common";
import { LifecycleStage } from "../entities/lifecycleStage";
import { User } from "../entities/user";
import type { QualificationConfig } from "../qualification/qualificationConfig";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import type { StageChangedEvent, StageResetEvent } from "./events";
import { FunnelRecordRef, LifecycleRecordKind } from "./funnelRecord";
import { checkResetAuthority } from "./resetAuthority";
import { classifyLifecycleMove, isMoveWithoutReset, type LifecycleMoveKind } from "./stageOrder";
import { type TeamBoundary, teamBoundary } from "./stageOwnership";

/** Who moved which record from where to where, when and why: one line of lifecycle history. */
export const LifecycleAuditEntry = z.object({
  record: FunnelRecordRef,
  by: Id,
  at: Instant,
  from: LifecycleStage,
  to: LifecycleStage,
  reason: z.string().nullable(),
  /** True when the move went against the forward-only rule on an allowed role's authority. */
  reset: z.boolean(),
});
export type LifecycleAuditEntry = z.infer<typeof LifecycleAuditEntry>;

/** The fields a lifecycle move reads from an account, contact or lead. */
export type LifecycleMoveRecord = {
  readonly id: string;
  readonly lifecycleStage: LifecycleStage;
  readonly name?: string;
};

/** A request to move an account, contact or lead to another lifecycle stage. */
export type LifecycleMoveInput<R extends LifecycleMoveRecord> = {
  readonly kind: LifecycleRecordKind;
  readonly record: R;
  readonly to: LifecycleStage;
  readonly by: User;
  readonly at: Date;
  /** Required for a reset (free text) and for recycling or disqualifying (a configured reason code). */
  readonly reason?: string;
  /** Move against the forward-only rule; only `config.funnel.resetRoles` may. */
  readonly reset?: boolean;
};

/** A move that passed the rules: the record at its new stage, its audit line and its event. */
export type LifecycleMove<R extends LifecycleMoveRecord> = TeamBoundary & {
  readonly record: R;
  readonly moveKind: LifecycleMoveKind;
  readonly audit: LifecycleAuditEntry;
  readonly event: StageChangedEvent | StageResetEvent;
};

export const LIFECYCLE_MOVE_ERROR_CODES = [
  "already_at_stage",
  "backward_move",
  "move_not_allowed",
  "unknown_reason",
  "reset_not_allowed",
  "reason_required",
] as const;
export type LifecycleMoveErrorCode = (typeof LIFECYCLE_MOVE_ERROR_CODES)[number];
export type LifecycleMoveError = DomainError<LifecycleMoveErrorCode> | InvalidInput;

const MoveRequest = z.object({
  kind: LifecycleRecordKind,
  record: z.object({ id: Id, lifecycleStage: LifecycleStage, name: z.string().optional() }),
  to: LifecycleStage,
  by: User,
  at: Instant,
  reason: z.string().max(1000, "must be at most 1,000 characters").optional(),
  reset: z.boolean().default(false),
});

const label = (record: { id: string; name?: string | undefined }): string =>
  record.name ? `${record.name} (${record.id})` : record.id;

/** The reason codes qualification configured for a side exit, or null when none are needed. */
const reasonCodesFor = (
  to: LifecycleStage,
  qualification: QualificationConfig,
): readonly string[] | null =>
  to === "recycled"
    ? qualification.recycleReasons
    : to === "disqualified"
      ? qualification.disqualifyReasons
      : null;

/**
 * Moves an account, contact or lead to another lifecycle stage under the
 * forward-only rule, so ownership and KPIs can trust that a stage once reached
 * stays reached unless someone allowed to said otherwise, and why.
 *
 * A backward or off-path move is refused unless it is a `reset` by a user with
 * one of `config.funnel.resetRoles` and a reason. Recycling and disqualifying
 * need one of the reason codes in `config.qualification`.
 *
 * @example
 * moveLifecycleStage({ kind: "lead", record: lead, to: "sql", by: ada, at }, config)
 * // ok({ record: { …lead, lifecycleStage: "sql" }, moveKind: "forward",
 * //      fromTeam: "marketing", toTeam: "sales", crossesTeamBoundary: true, audit, event })
 */
export const moveLifecycleStage = <R extends LifecycleMoveRecord>(
  input: LifecycleMoveInput<R>,
  config: Config,
): Result<LifecycleMove<R>, LifecycleMoveError> => {
  const parsed = parseInput(MoveRequest, input, "lifecycle move");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const { funnel, qualification } = checked.value;

  const { kind, record, to, by, at, reset } = parsed.value;
  const from = record.lifecycleStage;
  const who = label(record);
  const moveKind = classifyLifecycleMove(from, to);
  if (moveKind === "unchanged") {
    return err(
      domainError("already_at_stage", `${who} is already at the stage '${to}'; nothing to move.`, {
        path: ["to"],
      }),
    );
  }

  // A reset always ends with a reason (checkResetAuthority insists), so `reason` is set then.
  let reason: string | null = parsed.value.reason?.trim() || null;
  if (reset) {
    const authority = checkResetAuthority(by, parsed.value.reason, funnel, who);
    if (!authority.ok) return authority;
    reason = authority.value;
  } else if (!isMoveWithoutReset(moveKind)) {
    const roles = funnel.resetRoles.join(" or ");
    return err(
      moveKind === "backward"
        ? domainError(
            "backward_move",
            `Moving ${who} from '${from}' back to '${to}' goes backwards in the funnel; a user with the role ${roles} can do it as a reset with a reason.`,
            { path: ["to"], details: { from, to } },
          )
        : domainError(
            "move_not_allowed",
            `${who} cannot move from '${from}' to '${to}': the funnel has no such step; a user with the role ${roles} can do it as a reset with a reason.`,
            { path: ["to"], details: { from, to } },
          ),
    );
  } else {
    const codes = reasonCodesFor(to, qualification);
    if (codes !== null && reason === null) {
      return err(
        domainError(
          "reason_required",
          `Moving ${who} to '${to}' needs a reason code; use one of ${codes.join(", ")}.`,
          { path: ["reason"] },
        ),
      );
    }
    if (codes !== null && reason !== null && !codes.includes(reason)) {
      return err(
        domainError(
          "unknown_reason",
          `'${reason}' is not a reason to move a record to '${to}'; use one of ${codes.join(", ")}.`,
          { path: ["reason"], details: { reason, allowed: codes } },
        ),
      );
    }
  }

  const boundary = teamBoundary(from, to, funnel);
  const ref = { kind, id: record.id, ...(record.name ? { name: record.name } : {}) };
  const audit: LifecycleAuditEntry = { record: ref, by: by.id, at, from, to, reason, reset };
  const common = {
    at,
    by: by.id,
    record: ref,
    from,
    to,
    moveKind,
    fromTeam: boundary.fromTeam,
    toTeam: boundary.toTeam,
  };
  const event: StageChangedEvent | StageResetEvent =
    reset && reason !== null
      ? { type: "stage_reset", ...common, reason }
      : { type: "stage_changed", ...common, reason };
  return ok({
    record: { ...input.record, lifecycleStage: to },
    moveKind,
    audit,
    event,
    ...boundary,
  });
};
