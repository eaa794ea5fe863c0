import { Account } from "@baton/core";
import { accountFromRow, accountToRow } from "@baton/store";
import { sql } from "kysely";
import { definedFields } from "./definedFields";
import { readDate, readDomain, readLifecycleStage } from "./domainValues";
import { accountDuplicates } from "./importDuplicates";
import { companyKey } from "./importLookups";
import type { ImportSpec } from "./importSpec";
import { inChunks } from "./inChunks";
import { ownerChange } from "./ownerChange";
import { readCountry } from "./readCountry";
import { readSizeBand } from "./readSizeBand";

/** Accounts: matched by id column or name + domain, linked to owner, team and parent, checked for duplicates. */
export const accountImport: ImportSpec<Account> = {
  recordKind: "account",
  schema: Account,
  needs: ["accounts", "users", "teams"],
  createOnly: ["createdAt"],
  idColumn: "external",
  ownIndex: async (_db, env) => {
    if (!env.lookups.accounts) throw new Error("accounts are not loaded");
    return env.lookups.accounts;
  },
  read: (cells, env) => {
    const name = cells.text("name");
    const domain = cells.read("domain", readDomain(env.config));
    return {
      fields: definedFields({
        name,
        domain,
        industry: cells.text("industry"),
        region: cells.text("region"),
        country: cells.read("country", readCountry),
        sizeBand: cells.read("sizeBand", readSizeBand),
        lifecycleStage: cells.read("lifecycleStage", readLifecycleStage),
        ownerQueue: cells.text("ownerQueue"),
        createdAt: cells.read("createdAt", readDate(env.mapping.dateFormat)),
      }),
      key: [companyKey(env.config)(name ?? "") || (name ?? "").toLowerCase(), domain ?? ""],
    };
  },
  link: (_cells, l, env) =>
    definedFields({
      ownerId: l.one("owner", env.lookups.users),
      teamId: l.one("team", env.lookups.teams),
      parentId: l.one("parent", env.lookups.accounts),
      previousOwnerIds: l.manyOrAsWritten("previousOwners", env.lookups.users),
    }),
  defaults: (given, env) => ({
    createdAt: env.now,
    ...(given.ownerId ? {} : { ownerQueue: env.config.assignment.fallbackQueue }),
  }),
  adjust: ownerChange,
  indexed: (entity, id, externalId, line) => ({
    id,
    externalId,
    line,
    name: String(entity.name ?? ""),
    domain: typeof entity.domain === "string" ? entity.domain : null,
    country: typeof entity.country === "string" ? entity.country : null,
  }),
  loadExisting: async (db, ids) => {
    const rows = await inChunks(ids, 1000, (chunk) =>
      db.selectFrom("accounts").selectAll().where("id", "in", chunk).execute(),
    );
    return new Map(rows.map((row) => [row.id, accountFromRow(row)]));
  },
  duplicates: accountDuplicates,
  insert: async (tx, creates, env) => {
    if (creates.length === 0) return new Set();
    const rows = await tx
      .insertInto("accounts")
      .values(creates.map((c) => accountToRow(c.entity, env.now, c.externalId)))
      .onConflict((oc) => oc.column("external_id").where("external_id", "is not", null).doNothing())
      .returning("id")
      .execute();
    return new Set(rows.map((r) => r.id));
  },
  update: async (tx, _before, after, env) => {
    const { id, created_at, external_id, ...row } = accountToRow(after, env.now);
    await tx
      .updateTable("accounts")
      .set({ ...row, version: sql`version + 1` })
      .where("id", "=", id)
      .execute();
  },
  nameOf: (account) => account.name,
  fieldOf: {
    ownerId: "owner",
    teamId: "team",
    parentId: "parent",
    previousOwnerIds: "previousOwners",
  },
};
