import { match } from "ts-pattern";
import { z } from "zod";
import type { Account } from "../entities/account";
import type { Activity } from "../entities/activity";
import type { Contact } from "../entities/contact";
import type { Deal } from "../entities/deal";
import type { Lead } from "../entities/lead";
import type { Role } from "../entities/role";
import type { User } from "../entities/user";
import { type AccessConfig, RECORD_KINDS, type RecordKind } from "./accessConfig";
import { type AccessContext, teamIdsInScope } from "./teamScope";

export const ACCESS_ACTIONS = ["read", "write"] as const;
export const AccessAction = z.enum(ACCESS_ACTIONS);
export type AccessAction = z.infer<typeof AccessAction>;

export const ACCESS_BASES = [
  "owner",
  "previous_owner",
  "private_note_author",
  "scope_all",
  "team_scope",
  "direct_report",
  "unowned_queue",
  "inactive_actor",
  "private_note",
  "unknown_kind",
  "kind_not_readable",
  "out_of_scope",
  "read_only",
] as const;
/** The rule that decided, as a stable code for programs and translations. */
export const AccessBasis = z.enum(ACCESS_BASES);
export type AccessBasis = z.infer<typeof AccessBasis>;

/** An access answer the crm can show a person: allowed or not, by which rule, and why in a sentence. */
export const AccessDecision = z.object({
  allowed: z.boolean(),
  basis: AccessBasis,
  reason: z.string().min(1),
});
export type AccessDecision = z.infer<typeof AccessDecision>;

/** A record to check, tagged with its kind; only the fields access depends on are needed. */
export type AccessTarget =
  | {
      readonly kind: "account";
      readonly record: Pick<Account, "id" | "ownerId" | "teamId" | "previousOwnerIds">;
    }
  | {
      readonly kind: "contact";
      readonly record: Pick<Contact, "id" | "ownerId" | "previousOwnerIds">;
    }
  | { readonly kind: "lead"; readonly record: Pick<Lead, "id" | "ownerId" | "previousOwnerIds"> }
  | { readonly kind: "deal"; readonly record: Pick<Deal, "id" | "ownerId"> }
  | { readonly kind: "activity"; readonly record: Pick<Activity, "id" | "actorId" | "private"> };

/** The actor fields access depends on. */
export type AccessActor = Pick<User, "id" | "roles" | "active" | "teamId">;

/** Who stands where to a record, whatever its kind; an activity's author is its owner. */
type Standing = {
  readonly ownerId: string | null;
  readonly teamId: string | null;
  readonly previousOwnerIds: readonly string[];
  readonly isPrivate: boolean;
};

const standingOf = (target: AccessTarget): Standing =>
  match(target)
    .with({ kind: "account" }, ({ record }) => ({
      ownerId: record.ownerId,
      teamId: record.teamId,
      previousOwnerIds: record.previousOwnerIds,
      isPrivate: false,
    }))
    .with({ kind: "contact" }, { kind: "lead" }, ({ record }) => ({
      ownerId: record.ownerId,
      teamId: null,
      previousOwnerIds: record.previousOwnerIds,
      isPrivate: false,
    }))
    .with({ kind: "deal" }, ({ record }) => ({
      ownerId: record.ownerId,
      teamId: null,
      previousOwnerIds: [],
      isPrivate: false,
    }))
    .with({ kind: "activity" }, ({ record }) => ({
      ownerId: record.actorId,
      teamId: null,
      previousOwnerIds: [],
      isPrivate: record.private,
    }))
    .exhaustive();

const decide = (allowed: boolean, basis: AccessBasis, reason: string): AccessDecision => ({
  allowed,
  basis,
  reason,
});

const rolesText = (roles: readonly Role[]): string =>
  roles.length === 1 ? `role ${roles[0]}` : `roles ${roles.join(", ")}`;

/** How a record relates to the actor's teams: in a team they are in or manage, or owned by a direct report. */
const teamReach = (
  actor: AccessActor,
  standing: Standing,
  ctx: AccessContext,
): "team_scope" | "direct_report" | null => {
  const owner = standing.ownerId ? ctx.users.find((u) => u.id === standing.ownerId) : undefined;
  const scope = teamIdsInScope(actor, ctx.teams);
  const recordTeams = [standing.teamId, owner?.teamId ?? null];
  if (recordTeams.some((team) => team !== null && scope.includes(team))) return "team_scope";
  if (owner && owner.managerId === actor.id) return "direct_report";
  return null;
};

/** Grants from the actor's roles (the union of their rights) for one action. */
const roleGrant = (
  action: AccessAction,
  actor: AccessActor,
  kind: RecordKind,
  standing: Standing,
  ctx: AccessContext,
  config: AccessConfig,
): AccessDecision | null => {
  const roles = actor.roles.filter((role) => config.readableKinds[role].includes(kind));
  const scopeOf = (role: Role) =>
    action === "read" ? config.readScope[role] : config.writeScope[role];
  const verb = action === "read" ? "reads" : "may change";

  const everything = roles.find((role) => scopeOf(role) === "all");
  if (everything)
    return decide(true, "scope_all", `Your role ${everything} ${verb} every ${kind}.`);

  const teamRoles = roles.filter((role) => scopeOf(role) === "team");
  const reach = teamRoles.length > 0 ? teamReach(actor, standing, ctx) : null;
  if (reach === "team_scope")
    return decide(
      true,
      "team_scope",
      `This ${kind} belongs to a team you are in or manage, and your ${rolesText(teamRoles)} ${verb} your teams' records.`,
    );
  if (reach === "direct_report")
    return decide(
      true,
      "direct_report",
      `This ${kind} is owned by someone who reports to you, and your ${rolesText(teamRoles)} ${verb} your team's records.`,
    );

  const unowned = standing.ownerId === null && standing.teamId === null;
  const triage = roles.find(
    (role) => config.unownedRecordRoles.includes(role) && scopeOf(role) !== "none",
  );
  if (unowned && triage)
    return decide(
      true,
      "unowned_queue",
      `This ${kind} has no owner or team yet, and your role ${triage} triages unassigned records.`,
    );
  return null;
};

const readDecision = (
  actor: AccessActor,
  kind: RecordKind,
  standing: Standing,
  ctx: AccessContext,
  config: AccessConfig,
): AccessDecision => {
  if (standing.ownerId === actor.id) return decide(true, "owner", `You own this ${kind}.`);
  if (standing.previousOwnerIds.includes(actor.id))
    return decide(
      true,
      "previous_owner",
      `You owned this ${kind} before it was handed on; previous owners keep read access.`,
    );
  const granted = roleGrant("read", actor, kind, standing, ctx, config);
  if (granted) return granted;
  if (!actor.roles.some((role) => config.readableKinds[role].includes(kind)))
    return decide(
      false,
      "kind_not_readable",
      `Your ${rolesText(actor.roles)} ${actor.roles.length === 1 ? "does" : "do"} not see ${kind} records other than your own; ask its owner for what you need.`,
    );
  return decide(
    false,
    "out_of_scope",
    `This ${kind} belongs to someone outside your teams; you see your own and your teams' records. Ask its owner or their manager.`,
  );
};

const writeDecision = (
  actor: AccessActor,
  kind: RecordKind,
  standing: Standing,
  ctx: AccessContext,
  config: AccessConfig,
): AccessDecision => {
  const canChangeAnything = actor.roles.some((role) => config.writeScope[role] !== "none");
  if (standing.ownerId === actor.id && canChangeAnything)
    return decide(true, "owner", `You own this ${kind}.`);
  const granted = roleGrant("write", actor, kind, standing, ctx, config);
  if (granted) return granted;
  if (standing.ownerId !== actor.id && standing.previousOwnerIds.includes(actor.id))
    return decide(
      false,
      "read_only",
      `You owned this ${kind} before it was handed on; previous owners keep read access only. Ask its new owner to make the change.`,
    );
  return decide(
    false,
    "read_only",
    `You can see this ${kind} but your ${rolesText(actor.roles)} may not change it; ask its owner or their manager.`,
  );
};

/**
 * Decides whether `actor` may read or change a record, and says why, so the
 * crm can both enforce the rule and tell a person what to do. Rules, in order:
 * an inactive user can do nothing; a private note is for its author only (not
 * even admin); owners read and change their records; previous owners keep read
 * access; beyond that each role's scope (own, team, all) and readable kinds
 * apply, a user with several roles getting the union. Nobody may change what
 * they cannot read.
 *
 * @example
 * accessDecision("write", leadershipUser, { kind: "deal", record: deal }, ctx, config.access)
 * // { allowed: false, basis: "read_only", reason: "You can see this deal but your role leadership may not change it; …" }
 */
export const accessDecision = (
  action: AccessAction,
  actor: AccessActor,
  target: AccessTarget,
  ctx: AccessContext,
  config: AccessConfig,
): AccessDecision => {
  if (!actor.active)
    return decide(
      false,
      "inactive_actor",
      "Your user is inactive, so you can neither see nor change records; ask an admin to reactivate it.",
    );
  if (!RECORD_KINDS.includes(target.kind))
    return decide(
      false,
      "unknown_kind",
      `Unknown record kind '${String(target.kind)}'; use one of ${RECORD_KINDS.join(", ")}.`,
    );
  const standing = standingOf(target);
  if (standing.isPrivate)
    return standing.ownerId === actor.id
      ? decide(true, "private_note_author", "You wrote this private note.")
      : decide(false, "private_note", "This is a private note; only its author can see it.");

  const read = readDecision(actor, target.kind, standing, ctx, config);
  if (action === "read" || !read.allowed) return read;
  return writeDecision(actor, target.kind, standing, ctx, config);
};

/**
 * True when `actor` may see the record; `accessDecision("read", …)` says why.
 *
 * @example canRead(rep, { kind: "lead", record: lead }, ctx, config.access) // true when rep owns it
 */
export const canRead = (
  actor: AccessActor,
  target: AccessTarget,
  ctx: AccessContext,
  config: AccessConfig,
): boolean => accessDecision("read", actor, target, ctx, config).allowed;

/**
 * True when `actor` may change the record (owner, their manager, admin by
 * default); `accessDecision("write", …)` says why not.
 *
 * @example canWrite(leadershipUser, { kind: "deal", record: deal }, ctx, config.access) // false
 */
export const canWrite = (
  actor: AccessActor,
  target: AccessTarget,
  ctx: AccessContext,
  config: AccessConfig,
): boolean => accessDecision("write", actor, target, ctx, config).allowed;
