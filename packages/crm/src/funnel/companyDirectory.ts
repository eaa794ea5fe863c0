import type { Team, User } from "@baton/core";
import { type Database, teamFromRow, userFromRow } from "@baton/store";
import { type Kysely, sql } from "kysely";

/** The company's people and teams as core reads them: routing, access, approvers and escalations all need both. */
export type CompanyDirectory = { readonly users: User[]; readonly teams: Team[] };

/**
 * The last directory read per database (keyed by the Kysely adapter, which a
 * store and all its transactions share), with the version it was read at.
 */
const lastRead = new WeakMap<object, { version: string; directory: CompanyDirectory }>();

/**
 * A fingerprint of every row of users and teams as this transaction sees them:
 * row counts and the ids of the transactions that last wrote them (`xmin`).
 * Any insert, update or delete changes it, and transaction ids are never
 * reused, so an unchanged fingerprint means an unchanged directory.
 */
const directoryVersion = async (db: Kysely<Database>): Promise<string> => {
  const { rows } = await sql<{ version: string }>`
    select concat_ws(':',
      (select count(*) from users), (select max(xmin::text::bigint) from users), (select sum(xmin::text::bigint) from users),
      (select count(*) from teams), (select max(xmin::text::bigint) from teams), (select sum(xmin::text::bigint) from teams)
    ) as version`.execute(db);
  return rows[0]?.version ?? "";
};

/**
 * Loads every user and team, in id order so routing and approver lists come out
 * the same on every replica. Reading and parsing a few hundred users costs more
 * than most queries that need them, so the last read is reused while the
 * directory's version (one cheap query) is unchanged.
 *
 * @example const { users, teams } = await loadDirectory(w.tx)
 */
export const loadDirectory = async (db: Kysely<Database>): Promise<CompanyDirectory> => {
  const key = db.getExecutor().adapter;
  const version = await directoryVersion(db);
  const cached = lastRead.get(key);
  if (cached?.version === version) return cached.directory;
  const users = await db.selectFrom("users").selectAll().orderBy("id").execute();
  const teams = await db.selectFrom("teams").selectAll().orderBy("id").execute();
  // Shared by every caller until the next change: frozen so no caller can change it for the others.
  const directory = {
    users: Object.freeze(users.map(userFromRow)) as User[],
    teams: Object.freeze(teams.map(teamFromRow)) as Team[],
  };
  lastRead.set(key, { version, directory });
  return directory;
};
