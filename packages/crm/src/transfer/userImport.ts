import { User } from "@baton/core";
import { userFromRow, userToRow } from "@baton/store";
import { definedFields } from "./definedFields";
import { readCount, readDate, readLocale, readRole } from "./domainValues";
import type { ImportSpec } from "./importSpec";
import { inChunks } from "./inChunks";
import { readList, readYesNo } from "./readChoice";
import type { RowCells } from "./rowCells";

const readRoles = (cells: RowCells) => {
  const text = cells.text("roles");
  if (text === undefined) return undefined;
  const roles = readList(text).map((item) => readRole(item));
  const refused = roles.find((r) => !r.ok);
  if (refused && !refused.ok) {
    cells.problem("roles", refused.error);
    return undefined;
  }
  return [...new Set(roles.flatMap((r) => (r.ok ? [r.value] : [])))];
};

/** Users: the id column is the user's id; without one a user is matched by email, else by name. */
export const userImport: ImportSpec<User> = {
  recordKind: "user",
  schema: User,
  needs: ["users", "teams"],
  createOnly: [],
  idColumn: "id",
  ownIndex: async (_db, env) => {
    if (!env.lookups.users) throw new Error("users are not loaded");
    return env.lookups.users;
  },
  read: (cells, env) => {
    const date = readDate(env.mapping.dateFormat);
    const awayFrom = cells.read("outOfOfficeStart", date);
    const awayUntil = cells.read("outOfOfficeEnd", date);
    if ((awayFrom === undefined) !== (awayUntil === undefined))
      cells.problem(
        awayFrom === undefined ? "outOfOfficeEnd" : "outOfOfficeStart",
        "needs both an out-of-office start and end",
      );
    return {
      fields: definedFields({
        name: cells.text("name"),
        email: cells.text("email"),
        roles: readRoles(cells),
        timeZone: cells.text("timeZone"),
        locale: cells.read("locale", readLocale),
        active: cells.read("active", readYesNo),
        dailyCap: cells.read("dailyCap", readCount),
        outOfOffice: awayFrom && awayUntil ? { start: awayFrom, end: awayUntil } : undefined,
      }),
      key: [],
    };
  },
  identify: (read, own) => {
    const email = read.fields.email;
    if (typeof email === "string") {
      const found = own.withEmail(email);
      if (found.length > 0)
        return found.length === 1 && found[0] ? { found: found[0] } : { ambiguous: found };
    }
    const found = own.withName(String(read.fields.name ?? ""));
    if (found.length === 0) return { missing: true };
    return found.length === 1 && found[0] ? { found: found[0] } : { ambiguous: found };
  },
  link: (_cells, l, env) =>
    definedFields({
      teamId: l.one("team", env.lookups.teams),
      managerId: l.one("manager", env.lookups.users),
    }),
  defaults: () => ({}),
  indexed: (entity, id, _externalId, line) => ({
    id,
    externalId: null,
    line,
    name: String(entity.name ?? ""),
    email: typeof entity.email === "string" ? entity.email : null,
  }),
  loadExisting: async (db, ids) => {
    const rows = await inChunks(ids, 1000, (chunk) =>
      db.selectFrom("users").selectAll().where("id", "in", chunk).execute(),
    );
    return new Map(rows.map((row) => [row.id, userFromRow(row)]));
  },
  insert: async (tx, creates, env) => {
    if (creates.length === 0) return new Set();
    const rows = await tx
      .insertInto("users")
      .values(creates.map((c) => userToRow(c.entity, env.now)))
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    return new Set(rows.map((r) => r.id));
  },
  update: async (tx, _before, after, env) => {
    const { id, created_at, ...row } = userToRow(after, env.now);
    await tx.updateTable("users").set(row).where("id", "=", id).execute();
  },
  nameOf: (user) => user.name,
  fieldOf: { teamId: "team", managerId: "manager", outOfOffice: "outOfOfficeStart" },
};
