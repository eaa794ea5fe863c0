import type { Team, User } from "@baton/core";
import { type Database, teamFromRow, userFromRow } from "@baton/store";
import type { Kysely } from "kysely";

/** The people and teams of the company: what access checks and KPI scopes are decided on. */
export type Organisation = {
  readonly users: readonly User[];
  readonly teams: readonly Team[];
};

/**
 * Loads every user and team in one round trip each; companies have hundreds of
 * people, not millions, so the organisation is read whole and decided on in memory.
 */
export const loadOrganisation = async (db: Kysely<Database>): Promise<Organisation> => {
  const [users, teams] = await Promise.all([
    db.selectFrom("users").selectAll().orderBy("id").execute(),
    db.selectFrom("teams").selectAll().orderBy("id").execute(),
  ]);
  return { users: users.map(userFromRow), teams: teams.map(teamFromRow) };
};

/**
 * The teams below `teamId` (its child teams, their children...) and the team itself,
 * followed safely even if the data has a cycle.
 *
 * @example teamAndBelow("team-sales", teams) // ["team-sales", "team-sales-east"]
 */
export const teamAndBelow = (teamId: string, teams: readonly Team[]): string[] => {
  const reached = new Set<string>([teamId]);
  const queue = [teamId];
  while (queue.length > 0) {
    const id = queue.shift();
    for (const child of teams) {
      if (child.parentTeamId === id && !reached.has(child.id)) {
        reached.add(child.id);
        queue.push(child.id);
      }
    }
  }
  return [...reached];
};
