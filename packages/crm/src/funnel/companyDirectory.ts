import type { Team, User } from "@baton/core";
import { type Database, teamFromRow, userFromRow } from "@baton/store";
import type { Kysely } from "kysely";

/** The company's people and teams as core reads them: routing, access, approvers and escalations all need both. */
export type CompanyDirectory = { readonly users: User[]; readonly teams: Team[] };

/**
 * Loads every user and team, in id order so routing and approver lists come out
 * the same on every replica.
 *
 * @example const { users, teams } = await loadDirectory(w.tx)
 */
export const loadDirectory = async (db: Kysely<Database>): Promise<CompanyDirectory> => {
  const users = await db.selectFrom("users").selectAll().orderBy("id").execute();
  const teams = await db.selectFrom("teams").selectAll().orderBy("id").execute();
  return { users: users.map(userFromRow), teams: teams.map(teamFromRow) };
};
