import { Team } from "@baton/core";
import { teamFromRow, teamToRow } from "@baton/store";
import { definedFields } from "./definedFields";
import { readTeamFunction } from "./domainValues";
import type { ImportSpec } from "./importSpec";
import { inChunks } from "./inChunks";

/**
 * Teams: the id column is the team's id; without one a team is matched by
 * name. A manager not yet in Baton is left empty with a warning, since users
 * name their teams too: import teams, users, then teams again.
 */
export const teamImport: ImportSpec<Team> = {
  recordKind: "team",
  schema: Team,
  needs: ["teams", "users"],
  createOnly: [],
  idColumn: "id",
  ownIndex: async (_db, env) => {
    if (!env.lookups.teams) throw new Error("teams are not loaded");
    return env.lookups.teams;
  },
  read: (cells) => ({
    fields: definedFields({
      name: cells.text("name"),
      function: cells.read("function", readTeamFunction),
    }),
    key: [],
  }),
  identify: (read, own) => {
    const found = own.withName(String(read.fields.name ?? ""));
    if (found.length === 0) return { missing: true };
    return found.length === 1 && found[0] ? { found: found[0] } : { ambiguous: found };
  },
  link: (_cells, l, env) =>
    definedFields({
      managerId: l.one("manager", env.lookups.users, { soft: true }),
      parentTeamId: l.one("parentTeam", env.lookups.teams),
    }),
  defaults: () => ({}),
  indexed: (entity, id, _externalId, line) => ({
    id,
    externalId: null,
    line,
    name: String(entity.name ?? ""),
  }),
  loadExisting: async (db, ids) => {
    const rows = await inChunks(ids, 1000, (chunk) =>
      db.selectFrom("teams").selectAll().where("id", "in", chunk).execute(),
    );
    return new Map(rows.map((row) => [row.id, teamFromRow(row)]));
  },
  insert: async (tx, creates) => {
    if (creates.length === 0) return new Set();
    const rows = await tx
      .insertInto("teams")
      .values(creates.map((c) => teamToRow(c.entity)))
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    return new Set(rows.map((r) => r.id));
  },
  update: async (tx, _before, after) => {
    const { id, created_at, ...row } = teamToRow(after);
    await tx.updateTable("teams").set(row).where("id", "=", id).execute();
  },
  nameOf: (team) => team.name,
  fieldOf: { managerId: "manager", parentTeamId: "parentTeam" },
};
