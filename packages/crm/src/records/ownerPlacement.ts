import {
  type AccessConfig,
  type AssignedOwner,
  assign,
  type Config,
  err,
  type LifecycleStage,
  ok,
  owningTeam,
  type Result,
  type RoutableRecord,
  type TeamFunction,
  type User,
} from "@baton/core";
import type { CompanyDirectory } from "../funnel/companyDirectory";
import { lockRoutingState, saveRotation } from "../funnel/routingState";
import type { CrmError } from "../kernel/crmError";
import type { WriteScope } from "../kernel/unitOfWork";
import type { SearchKind } from "./searchKinds";

/** Who a new record belongs to, and how that was decided, in sentences. */
export type OwnerPlacement = {
  readonly owner: AssignedOwner;
  /** The owner's team (the record's team for an account); null while it waits in a queue. */
  readonly teamId: string | null;
  readonly explanation: readonly string[];
};

/**
 * True when `actor` may own a new `kind` record: one of their roles may change
 * records (write scope other than `none`) and works with that kind. Finance,
 * say, does not work leads, so a lead finance enters is routed instead.
 */
export const mayOwn = (actor: User, kind: SearchKind, access: AccessConfig): boolean =>
  actor.roles.some(
    (role) => access.writeScope[role] !== "none" && access.readableKinds[role].includes(kind),
  );

/** What routing needs to place a new record. */
export type PlacementRequest = {
  readonly kind: SearchKind;
  readonly record: RoutableRecord;
  /** The stage the record starts at, which names the team that should own it; deals go to sales. */
  readonly stage: LifecycleStage | null;
  readonly directory: CompanyDirectory;
  readonly access: AccessConfig;
};

const routedTeam = (
  kind: SearchKind,
  stage: LifecycleStage | null,
  config: Config,
): Result<TeamFunction | undefined, CrmError> => {
  if (kind === "deal" || stage === null) return ok(kind === "deal" ? "sales" : undefined);
  const team = owningTeam(stage, config);
  return team.ok ? ok(team.value ?? undefined) : team;
};

/**
 * Decides the owner of a record being created: the actor when they may own it,
 * otherwise core's assignment rules (a person, or the team's fallback queue),
 * with the shared rotation locked and saved in the same transaction.
 *
 * @example await placeOwner(w, { kind: "lead", record: { country: "DE" }, stage: "lead", directory, access })
 * // ok({ owner: { type: "user", userId: "user-ada" }, teamId: "team-sales", explanation: ["You own it: you created it."] })
 */
export const placeOwner = async (
  w: WriteScope,
  req: PlacementRequest,
): Promise<Result<OwnerPlacement, CrmError>> => {
  const teamOf = (userId: string) =>
    req.directory.users.find((user) => user.id === userId)?.teamId ?? null;
  if (mayOwn(w.actor, req.kind, req.access))
    return ok({
      owner: { type: "user", userId: w.actor.id },
      teamId: w.actor.teamId,
      explanation: [`You own this ${req.kind}: you created it.`],
    });
  const forTeam = routedTeam(req.kind, req.stage, w.ctx.config);
  if (!forTeam.ok) return forTeam;
  const state = await lockRoutingState(w.tx, w.now);
  const outcome = assign(
    {
      record: req.record,
      ...(forTeam.value ? { forTeam: forTeam.value } : {}),
      users: req.directory.users,
      teams: req.directory.teams,
      assignedToday: state.assignedToday,
      rotation: state.rotation,
      now: w.now,
    },
    w.ctx.config,
  );
  if (!outcome.ok) return err(outcome.error);
  await saveRotation(w.tx, outcome.value.rotation, w.now);
  const { owner, explanation } = outcome.value;
  return ok({
    owner,
    teamId: owner.type === "user" ? teamOf(owner.userId) : null,
    explanation: [
      `Your role does not own ${req.kind} records, so routing placed it.`,
      ...explanation,
    ],
  });
};

/** The owner columns of a placement: a person, or a queue and no person. */
export const ownerFields = (
  placement: OwnerPlacement,
): { ownerId: string | null; ownerQueue: string | null } =>
  placement.owner.type === "user"
    ? { ownerId: placement.owner.userId, ownerQueue: null }
    : { ownerId: null, ownerQueue: placement.owner.queue };
