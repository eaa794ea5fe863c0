import {
  type AccessConfig,
  type Config,
  err,
  ok,
  type RecordKind,
  type Result,
  readConfig,
  teamIdsInScope,
  type User,
} from "@baton/core";
import { type RawBuilder, sql } from "kysely";
import type { CompanyDirectory } from "../funnel/companyDirectory";
import { type CrmError, crmError } from "../kernel/crmError";

/**
 * Which rows of one kind an actor may read, in the terms SQL can test: everything,
 * or what they own, owned before, what their teams' people own, what sits in a
 * team they reach, and (for triage roles) what nobody owns yet. It mirrors core's
 * read rule so a search narrows in SQL; each row is still checked with
 * `accessDecision` afterwards, so a difference can only hide a row, never show one.
 */
export type ReadFilter =
  | { readonly all: true }
  | {
      readonly all: false;
      readonly userId: string;
      /** Owners whose records the actor's team scope reaches (team members, direct reports). */
      readonly ownerIds: readonly string[];
      /** Teams the actor's team scope reaches, for records that carry a team. */
      readonly teamIds: readonly string[];
      /** The actor triages records with no owner and no team. */
      readonly unowned: boolean;
    };

/** The access rules of the company's configuration, or why they cannot be read. */
export const accessRules = (config: Config): Result<AccessConfig, CrmError> => {
  const checked = readConfig(config);
  return checked.ok
    ? ok(checked.value.access)
    : err(
        crmError(
          "invalid_input",
          `The company configuration is not valid: ${checked.error.message}`,
        ),
      );
};

/**
 * The read filter of `actor` for `kind` records under `access`.
 *
 * @example readFilterFor(ada, "account", directory, access) // { all: false, userId: "user-ada", ownerIds: [...], ... }
 */
export const readFilterFor = (
  actor: User,
  kind: RecordKind,
  directory: CompanyDirectory,
  access: AccessConfig,
): ReadFilter => {
  const roles = actor.roles.filter((role) => access.readableKinds[role].includes(kind));
  if (roles.some((role) => access.readScope[role] === "all")) return { all: true };
  const teamWide = roles.some((role) => access.readScope[role] === "team");
  const teamIds = teamWide ? teamIdsInScope(actor, directory.teams) : [];
  const ownerIds = teamWide
    ? directory.users
        .filter(
          (user) =>
            (user.teamId !== null && teamIds.includes(user.teamId)) || user.managerId === actor.id,
        )
        .map((user) => user.id)
    : [];
  return {
    all: false,
    userId: actor.id,
    ownerIds,
    teamIds,
    unowned: roles.some((role) => access.unownedRecordRoles.includes(role)),
  };
};

/** True when the filter lets the actor read only what they own or owned before (a rep). */
export const ownRecordsOnly = (filter: ReadFilter): boolean =>
  !filter.all && filter.ownerIds.length === 0 && filter.teamIds.length === 0 && !filter.unowned;

/** The columns a table keeps its ownership in, for `readFilterSql`. */
export type OwnershipColumns = {
  readonly owner: string;
  readonly previousOwners: string | null;
  readonly team: string | null;
};

const anyOf = (column: string, values: readonly string[]): RawBuilder<unknown> | null =>
  values.length === 0
    ? null
    : sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql`${value}`))})`;

/**
 * The filter as a SQL condition over `columns` (qualified names such as `a.owner_id` are fine).
 *
 * @example sql`select id from accounts where ${readFilterSql(filter, { owner: "owner_id", previousOwners: "previous_owner_ids", team: "team_id" })}`
 */
export const readFilterSql = (
  filter: ReadFilter,
  columns: OwnershipColumns,
): RawBuilder<unknown> => {
  if (filter.all) return sql`true`;
  const owner = sql.ref(columns.owner);
  const unowned =
    columns.team === null
      ? sql`${owner} is null`
      : sql`(${owner} is null and ${sql.ref(columns.team)} is null)`;
  const parts = [
    sql`${owner} = ${filter.userId}`,
    columns.previousOwners === null
      ? null
      : // `@>` rather than `= any(...)`: only the former can use the column's GIN index.
        sql`${sql.ref(columns.previousOwners)} @> array[${filter.userId}]::text[]`,
    anyOf(columns.owner, filter.ownerIds),
    columns.team === null ? null : anyOf(columns.team, filter.teamIds),
    filter.unowned ? unowned : null,
  ].filter((part) => part !== null);
  return sql`(${sql.join(parts, sql` or `)})`;
};
