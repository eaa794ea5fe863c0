import { match } from "ts-pattern";
import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import type { Role } from "../entities/role";
import { parseInput } from "../validation";
import type { AccessActor, AccessActorInput } from "./accessActor";
import { type AccessConfig, RECORD_KINDS, type RecordKind } from "./accessConfig";
import { AccessTarget, type AccessTargetInput } from "./accessTarget";
import { readAccessActor, readAccessContext } from "./readAccessInputs";
import { type AccessContext, type AccessContextInput, teamIdsInScope } from "./teamScope";

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
  "invalid_config",
  "invalid_action",
  "invalid_actor",
  "invalid_target",
  "invalid_context",
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

/** The refusal for an argument that is not what access needs, with the checker's sentence naming each bad field. */
const invalid = (
  basis: "invalid_config" | "invalid_actor" | "invalid_target" | "invalid_context",
  message: string,
): AccessDecision => decide(false, basis, message);

/** The record kind a target names, when it names one by a string; anything else is left to the schema. */
const namedKind = (target: unknown): string | null =>
  typeof target === "object" &&
  target !== null &&
  "kind" in target &&
  typeof target.kind === "string"
    ? target.kind
    : null;

/**
 * Decides whether `actor` may read or change a record, and says why, so the
 * crm can both enforce the rule and tell a person what to do. Every argument
 * is checked first: a configuration, actor, record or organisation that is not
 * valid is a refusal naming what is wrong (`invalid_config`, `invalid_actor`,
 * `invalid_target`, `invalid_context`), never a throw. Then, in order: an
 * inactive user can do nothing; a private note is for its author only (not
 * even admin); owners read and change their records; previous owners keep read
 * access; beyond that each role's scope (own, team, all) and readable kinds
 * apply, a user with several roles getting the union. Nobody may change what
 * they cannot read.
 *
 * @example
 * accessDecision("write", leadershipUser, { kind: "deal", record: deal }, ctx, defaultConfig())
 * // { allowed: false, basis: "read_only", reason: "You can see this deal but your role leadership may not change it; …" }
 * @example
 * accessDecision("read", { id: "user-ada" }, { kind: "deal", record: deal }, ctx, defaultConfig())
 * // { allowed: false, basis: "invalid_actor", reason: "The acting user is not valid — roles: …" }
 */
export const accessDecision = (
  action: AccessAction,
  actor: AccessActorInput,
  target: AccessTargetInput,
  ctx: AccessContextInput,
  config: Config,
): AccessDecision => {
  const company = readConfig(config);
  if (!company.ok) return invalid("invalid_config", company.error.message);
  if (action !== "read" && action !== "write")
    return decide(
      false,
      "invalid_action",
      `Unknown access action ${typeof action === "string" ? `'${action}'` : "(not a string)"}; use read or write.`,
    );
  const who = readAccessActor(actor);
  if (!who.ok) return invalid("invalid_actor", who.error.message);
  if (!who.value.active)
    return decide(
      false,
      "inactive_actor",
      "Your user is inactive, so you can neither see nor change records; ask an admin to reactivate it.",
    );
  const kind = namedKind(target);
  if (kind !== null && !(RECORD_KINDS as readonly string[]).includes(kind))
    return decide(
      false,
      "unknown_kind",
      `Unknown record kind '${kind}'; use one of ${RECORD_KINDS.join(", ")}.`,
    );
  const what = parseInput(AccessTarget, target, "record to check");
  if (!what.ok) return invalid("invalid_target", what.error.message);
  const org = readAccessContext(ctx);
  if (!org.ok) return invalid("invalid_context", org.error.message);
  return decideChecked(action, who.value, what.value, org.value, company.value.access);
};

/** The decision once every argument is known to be valid. */
const decideChecked = (
  action: AccessAction,
  actor: AccessActor,
  target: AccessTarget,
  ctx: AccessContext,
  config: AccessConfig,
): AccessDecision => {
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
 * True when `actor` may see the record; false too when an argument is not
 * valid. `accessDecision("read", …)` says why.
 *
 * @example canRead(rep, { kind: "lead", record: lead }, ctx, defaultConfig()) // true when rep owns it
 */
export const canRead = (
  actor: AccessActorInput,
  target: AccessTargetInput,
  ctx: AccessContextInput,
  config: Config,
): boolean => accessDecision("read", actor, target, ctx, config).allowed;

/**
 * True when `actor` may change the record (owner, their manager, admin by
 * default); false too when an argument is not valid. `accessDecision("write", …)` says why not.
 *
 * @example canWrite(leadershipUser, { kind: "deal", record: deal }, ctx, defaultConfig()) // false
 */
export const canWrite = (
  actor: AccessActorInput,
  target: AccessTargetInput,
  ctx: AccessContextInput,
  config: Config,
): boolean => accessDecision("write", actor, target, ctx, config).allowed;
