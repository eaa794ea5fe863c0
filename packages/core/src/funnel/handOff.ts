import { z } from "zod";
import {
  type AssignedOwner,
  AssignInput,
  type AssignmentError,
  type AssignmentSkip,
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
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { addBusinessHours } from "../sla/businessHours";
import type { SlaError } from "../sla/slaError";
import { type InvalidInput, parseInput } from "../validation";
import type { HandedOffEvent } from "./events";
import { LifecycleRecordKind } from "./funnelRecord";
import { teamBoundary } from "./stageOwnership";

/** The fields a hand-off reads and writes on an account, contact or lead. */
export type HandOffRecord = {
  readonly id: string;
  readonly name?: string;
  readonly ownerId: string | null;
  /** Set to the fallback queue when no person can take the record, cleared when one does. */
  readonly ownerQueue?: string | null;
  readonly previousOwnerIds: readonly string[];
  readonly domain?: string | null;
  readonly industry?: string | null;
  readonly region?: string | null;
  readonly country?: string | null;
  readonly sizeBand?: string | null;
};

/** A record crossing from one team's stage to another's, with what routing needs. */
export type HandOffInput<R extends HandOffRecord> = {
  readonly kind: LifecycleRecordKind;
  readonly record: R;
  readonly from: LifecycleStage;
  readonly to: LifecycleStage;
  readonly by: User;
  readonly at: Date;
  /** Everyone routing may choose from; read as the `User` schema reads them (no zone: UTC). */
  readonly users: readonly UserInput[];
  readonly teams: readonly TeamInput[];
  readonly assignedToday: Readonly<Record<string, number>>;
  readonly rotation: RotationState;
};

/** The hand-off to store: the record's new ownership, its event, the SLA and the routing state. */
export type HandOffPlan<R extends HandOffRecord> = {
  /** The record with its new owner; the previous owner joins `previousOwnerIds`. */
  readonly record: R;
  readonly owner: AssignedOwner;
  readonly fromTeam: TeamFunction | null;
  readonly toTeam: TeamFunction;
  /** The id of the team the record now sits with, when one is known. */
  readonly teamId: string | null;
  readonly ruleId: string | null;
  readonly explanation: readonly string[];
  readonly skipped: readonly AssignmentSkip[];
  /** When the first touch is due; `null` when the receiving team has no hand-off SLA. */
  readonly slaDueAt: Date | null;
  /**
   * The zone the SLA's business hours are counted in; pass it with
   * `config.funnel.businessHours` to `slaStatus` to judge the SLA in business time.
   */
  readonly slaTimeZone: string;
  readonly event: HandedOffEvent;
  readonly rotation: RotationState;
  /** `assignedToday` with the new owner counted, to pass to the next routing. */
  readonly assignedToday: Readonly<Record<string, number>>;
};

export const HAND_OFF_ERROR_CODES = ["not_a_hand_off"] as const;
export type HandOffErrorCode = (typeof HAND_OFF_ERROR_CODES)[number];
export type HandOffError =
  | DomainError<HandOffErrorCode>
  | AssignmentError
  | SlaError
  | InvalidInput;

const HandOffRequest = z.object({
  kind: LifecycleRecordKind,
  record: z.object({
    id: Id,
    name: z.string().optional(),
    ownerId: Id.nullable(),
    previousOwnerIds: z.array(Id),
  }),
  from: LifecycleStage,
  to: LifecycleStage,
  by: User,
  at: Instant,
  users: z.array(User),
  teams: z.array(Team),
  assignedToday: AssignInput.shape.assignedToday,
  rotation: AssignInput.shape.rotation,
});

/**
 * Where a queued record's SLA is counted: the zone of the receiving team's
 * manager, since escalations go to them; UTC when no team of that function has
 * a manager among `users`.
 */
const queueSite = (
  toTeam: TeamFunction,
  teams: readonly Team[],
  users: readonly User[],
): { teamId: string | null; timeZone: string } => {
  const receiving = teams.filter((t) => t.function === toTeam);
  for (const team of receiving) {
    const manager = users.find((u) => u.id === team.managerId);
    if (manager) return { teamId: team.id, timeZone: manager.timeZone };
  }
  return { teamId: receiving[0]?.id ?? null, timeZone: "UTC" };
};

/**
 * Plans passing a record to the team that owns its new stage, so the baton is
 * never dropped: a new owner from the assignment rules for the receiving team,
 * read access kept for the previous owner, a `handed_off` event, and the
 * first-touch deadline (`config.funnel.handOffSlaHours[toTeam]` business hours
 * in the new owner's time zone; for a queue, the receiving team manager's zone).
 *
 * @example
 * planHandOff({ kind: "lead", record: lead, from: "mql", to: "sql", by: ada, at: T0,
 *               users, teams, assignedToday: {}, rotation: emptyRotationState() }, config)
 * // ok({ owner: { type: "user", userId: "user-bo" }, toTeam: "sales",
 * //      slaDueAt: 2026-03-02T13:00:00.000Z, event: { type: "handed_off", … }, … })
 */
export const planHandOff = <R extends HandOffRecord>(
  input: HandOffInput<R>,
  config: Config,
): Result<HandOffPlan<R>, HandOffError> => {
  const parsed = parseInput(HandOffRequest, input, "hand-off");
  if (!parsed.ok) return parsed;
  const checked = readConfig(config);
  if (!checked.ok) return checked;
  const funnel = checked.value.funnel;
  const { kind, record, from, to, by, at, users, teams, assignedToday: counts } = parsed.value;
  const boundary = teamBoundary(from, to, funnel);
  if (!boundary.crossesTeamBoundary || boundary.toTeam === null) {
    const stays =
      boundary.toTeam === null ? "enters a stage no team owns" : `stays with ${boundary.toTeam}`;
    return err(
      domainError(
        "not_a_hand_off",
        `Moving ${record.name ?? record.id} from '${from}' to '${to}' ${stays}; a hand-off is only needed when another team takes over.`,
        { path: ["to"], details: { from, to } },
      ),
    );
  }
  const toTeam = boundary.toTeam;

  const routed = assign(
    {
      record: input.record,
      forTeam: toTeam,
      users,
      teams,
      assignedToday: counts,
      rotation: parsed.value.rotation,
      now: at,
    },
    checked.value,
  );
  if (!routed.ok) return routed;
  const { owner, ruleId, explanation, skipped, rotation } = routed.value;

  // The parsed users, not the raw ones: only they carry the schema's defaults (time zone UTC,
  // no team) and the trimmed ids that routing answered with.
  const newOwner = owner.type === "user" ? users.find((u) => u.id === owner.userId) : undefined;
  const site = newOwner
    ? { teamId: newOwner.teamId, timeZone: newOwner.timeZone }
    : queueSite(toTeam, teams, users);
  const slaHours = funnel.handOffSlaHours[toTeam] ?? null;
  let slaDueAt: Date | null = null;
  if (slaHours !== null) {
    const due = addBusinessHours(at, slaHours, funnel.businessHours, site.timeZone);
    if (!due.ok) return due;
    slaDueAt = due.value;
  }

  const newOwnerId = owner.type === "user" ? owner.userId : null;
  const previous = record.ownerId;
  const previousOwnerIds =
    previous !== null && previous !== newOwnerId && !record.previousOwnerIds.includes(previous)
      ? [...record.previousOwnerIds, previous]
      : [...record.previousOwnerIds];
  const updated: R = {
    ...input.record,
    ownerId: newOwnerId,
    previousOwnerIds,
    ...("ownerQueue" in input.record
      ? { ownerQueue: owner.type === "queue" ? owner.queue : null }
      : {}),
    ...("teamId" in input.record ? { teamId: site.teamId } : {}),
  };
  const assignedToday =
    newOwnerId === null
      ? { ...counts }
      : { ...counts, [newOwnerId]: (counts[newOwnerId] ?? 0) + 1 };

  const event: HandedOffEvent = {
    type: "handed_off",
    at,
    by: by.id,
    record: { kind, id: record.id, ...(record.name ? { name: record.name } : {}) },
    fromStage: from,
    toStage: to,
    fromTeam: boundary.fromTeam,
    toTeam,
    fromOwnerId: record.ownerId,
    toOwner: owner,
    ruleId,
    explanation: [...explanation],
    slaHours,
    slaDueAt,
    slaTimeZone: site.timeZone,
  };
  return ok({
    record: updated,
    owner,
    fromTeam: boundary.fromTeam,
    toTeam,
    teamId: site.teamId,
    ruleId,
    explanation,
    skipped,
    slaDueAt,
    slaTimeZone: site.timeZone,
    event,
    rotation,
    assignedToday,
  });
};
