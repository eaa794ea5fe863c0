import {
  type AccessTargetInput,
  type Config,
  canRead,
  type RecordKind,
  teamIdsInScope,
  type User,
} from "@baton/core";
import { type ExpressionBuilder, sql } from "kysely";
import { teamMemberIds } from "./kpiScope";
import type { Organisation } from "./organisation";

/** True when one of the actor's roles reads every record of `kind`. */
export const readsAll = (actor: User, kind: RecordKind, config: Config): boolean =>
  actor.roles.some(
    (role) =>
      config.access.readScope[role] === "all" && config.access.readableKinds[role].includes(kind),
  );

/**
 * A SQL pre-filter for owned records (accounts, contacts, leads) the actor may read under
 * core access: owned by someone in their team scope, formerly owned by them, unowned (for
 * the roles that triage the queue), or (accounts) of a team in their scope. It only
 * narrows what is read; each row is still checked with core's `canRead`.
 */
export const mayReadOwned =
  (actor: User, org: Organisation, config: Config, withTeam: boolean) =>
  // biome-ignore lint/suspicious/noExplicitAny: shared by the accounts, contacts and leads tables
  (eb: ExpressionBuilder<any, any>) => {
    const people = teamMemberIds(actor, org);
    const teams = [...teamIdsInScope(actor, org.teams)];
    const triages = actor.roles.some((role) => config.access.unownedRecordRoles.includes(role));
    return eb.or([
      eb("owner_id", "in", people),
      sql<boolean>`${actor.id} = any(previous_owner_ids)`,
      ...(triages ? [eb("owner_id", "is", null)] : []),
      ...(withTeam && teams.length > 0 ? [eb("team_id", "in", teams)] : []),
    ]);
  };

/** Core's read check with the organisation as access context. */
export const canActorRead = (
  actor: User,
  target: AccessTargetInput,
  org: Organisation,
  config: Config,
): boolean => canRead(actor, target, org, config);
