import { z } from "zod";
import {
  type AssignedOwner,
  AssignInput,
  type AssignmentError,
  type AssignOutcome,
  assign,
} from "../assignment/assign";
import type { RotationState } from "../assignment/rotationState";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id, Instant } from "../entities/common";
import { LifecycleStage } from "../entities/lifecycleStage";
import type { TeamFunction } from "../entities/role";
import { Team, type TeamInput } from "../entities/team";
import { User, type UserInput } from "../entities/user";
import { err, ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import type { OwnerReassignedEvent } from "./events";
import { type FunnelRecordRef, LifecycleRecordKind } from "./funnelRecord";
import { findPipelineStage, type PipelineStageError } from "./pipelineStage";
import { teamOwningStage } from "./stageOwnership";

const territory = {
  name: z.string().optional(),
  domain: z.string().nullish(),
  industry: z.string().nullish(),
  region: z.string().nullish(),
  country: z.string().nullish(),
  sizeBand: z.string().nullish(),
};

/**
 * A record a leaver may own, as re-assignment reads it: an account, contact or
 * lead at a lifecycle stage, or a deal at a pipeline stage, with its territory.
 */
export const ReassignableRecord = z.discriminatedUnion("kind", [
  z.object({
    kind: LifecycleRecordKind,
    id: Id,
    ownerId: Id.nullable(),
    lifecycleStage: LifecycleStage,
    ...territory,
  }),
  z.object({
    kind: z.literal("deal"),
    id: Id,
    ownerId: Id,
    stage: z.string().min(1),
    ...territory,
  }),
]);
export type ReassignableRecord = z.infer<typeof ReassignableRecord>;

/** Everything needed to give a departing user's records to others in one batch. */
export type ReassignmentInput = {
  /** The user id of the person leaving; they get nothing even if still marked active. */
  readonly leaver: string;
  readonly records: readonly ReassignableRecord[];
  /** Everyone routing may choose from; read as the `User` schema reads them. */
  readonly users: readonly UserInput[];
  readonly teams: readonly TeamInput[];
  readonly assignedToday: Readonly<Record<string, number>>;
  readonly rotation: RotationState;
  readonly now: Date;
  readonly by: User;
};

/** One record's new owner and why. */
export type ReassignmentMove = {
  readonly record: FunnelRecordRef;
  readonly fromOwnerId: string;
  readonly owner: AssignedOwner;
  /** The team the owner was looked for in; `null` for a stage no team owns. */
  readonly team: TeamFunction | null;
  readonly ruleId: string | null;
  readonly explanation: readonly string[];
};

export const REASSIGNMENT_KEEP_REASONS = ["closed_deal", "not_owned_by_leaver"] as const;
/** Why a record passed in was left with its owner. */
export type ReassignmentKeepReason = (typeof REASSIGNMENT_KEEP_REASONS)[number];

/** The batch to store: every move, its events, what was left alone and the routing state. */
export type ReassignmentPlan = {
  readonly moves: readonly ReassignmentMove[];
  readonly events: readonly OwnerReassignedEvent[];
  readonly kept: readonly {
    readonly record: FunnelRecordRef;
    readonly reason: ReassignmentKeepReason;
  }[];
  readonly counts: {
    readonly toPeople: number;
    readonly toQueues: number;
    readonly kept: number;
  };
  readonly rotation: RotationState;
  readonly assignedToday: Readonly<Record<string, number>>;
};

export type ReassignmentError = AssignmentError | PipelineStageError | InvalidInput;

const ReassignmentRequest = z.object({
  leaver: Id,
  records: z.array(ReassignableRecord).superRefine((records, ctx) => {
    const seen = new Set<string>();
    records.forEach((r, index) => {
      const key = `${r.kind}:${r.id}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `${r.kind} '${r.id}' appears twice; pass each record once`,
        });
      }
      seen.add(key);
    });
  }),
  users: z.array(User),
  teams: z.array(Team),
  // Checked even when nothing is moved, so bad routing input is refused, not passed back.
  assignedToday: AssignInput.shape.assignedToday,
  rotation: AssignInput.shape.rotation,
  now: Instant,
  by: User,
});

/**
 * Gives every open record of a departing user a new owner by the same
 * assignment rules as any other record, so nothing is left with someone who
 * cannot act on it: each account, contact and lead goes to the team owning its
 * stage, each open deal to the team owning `opportunity`, or to a fallback
 * queue. Closed deals keep the leaver, so won and lost deals stay credited to
 * the person who worked them. Routing state and daily counts carry from one
 * record to the next, so caps hold across the batch.
 *
 * @example
 * planReassignment({ leaver: "user-ada", records, users, teams, assignedToday: {},
 *                    rotation: emptyRotationState(), now: T0, by: admin }, config)
 * // ok({ moves: [{ record: { kind: "lead", id: "lead-1" }, owner: { type: "user", userId: "user-bo" }, … }],
 * //      events: [{ type: "owner_reassigned", … }], counts: { toPeople: 1, toQueues: 0, kept: 0 }, … })
 */
export const planReassignment = (
  input: ReassignmentInput,
  config: Config,
): Result<ReassignmentPlan, ReassignmentError> => {
  const parsed = parseInput(ReassignmentRequest, input, "re-assignment");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const { funnel, pipeline } = checked.value;
  const { leaver, records, users, teams, now, by } = parsed.value;
  // Parsed ids are trimmed like `leaver`, so a padded id cannot slip the leaver back in.
  const others = users.filter((u) => u.id !== leaver);

  const moves: ReassignmentMove[] = [];
  const events: OwnerReassignedEvent[] = [];
  const kept: { record: FunnelRecordRef; reason: ReassignmentKeepReason }[] = [];
  let rotation = parsed.value.rotation;
  let assignedToday: Record<string, number> = { ...parsed.value.assignedToday };

  for (const record of records) {
    const ref: FunnelRecordRef = {
      kind: record.kind,
      id: record.id,
      ...(record.name ? { name: record.name } : {}),
    };
    if (record.ownerId !== leaver) {
      kept.push({ record: ref, reason: "not_owned_by_leaver" });
      continue;
    }
    let team: TeamFunction | null;
    if (record.kind === "deal") {
      const stage = findPipelineStage(record.stage, pipeline);
      if (!stage.ok)
        return err({ ...stage.error, path: ["records", records.indexOf(record), "stage"] });
      if (stage.value.outcome !== "open") {
        kept.push({ record: ref, reason: "closed_deal" });
        continue;
      }
      team = teamOwningStage("opportunity", funnel);
    } else {
      team = teamOwningStage(record.lifecycleStage, funnel);
    }

    const routed: Result<AssignOutcome, AssignmentError> = assign(
      {
        record,
        ...(team === null ? {} : { forTeam: team }),
        users: others,
        teams,
        assignedToday,
        rotation,
        now,
      },
      checked.value,
    );
    if (!routed.ok) return routed;
    const { owner, ruleId, explanation } = routed.value;
    rotation = routed.value.rotation;
    if (owner.type === "user") {
      assignedToday = { ...assignedToday, [owner.userId]: (assignedToday[owner.userId] ?? 0) + 1 };
    }
    moves.push({ record: ref, fromOwnerId: leaver, owner, team, ruleId, explanation });
    events.push({
      type: "owner_reassigned",
      at: now,
      by: by.id,
      record: ref,
      fromOwnerId: leaver,
      toOwner: owner,
      team,
      ruleId,
      explanation: [...explanation],
      reason: "owner_left",
    });
  }

  const toPeople = moves.filter((m) => m.owner.type === "user").length;
  return ok({
    moves,
    events,
    kept,
    counts: { toPeople, toQueues: moves.length - toPeople, kept: kept.length },
    rotation,
    assignedToday,
  });
};
