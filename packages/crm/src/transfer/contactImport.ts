import { Contact, normalizeEmail } from "@baton/core";
import { contactFromRow, contactToRow } from "@baton/store";
import { sql } from "kysely";
import { definedFields } from "./definedFields";
import { readDate, readLifecycleStage, readSeniority } from "./domainValues";
import { contactDuplicates } from "./importDuplicates";
import type { ImportSpec } from "./importSpec";
import { inChunks } from "./inChunks";
import { ownerChange } from "./ownerChange";
import type { RowCells } from "./rowCells";

const HAN = /\p{Script=Han}/u;

/** A person's name from one column, or from first and last name ("王" + "伟" is "王伟", Chinese order). */
const personName = (cells: RowCells): string | undefined => {
  const full = cells.text("name");
  if (full !== undefined) return full;
  const first = cells.text("firstName") ?? "";
  const last = cells.text("lastName") ?? "";
  if (first === "" && last === "") return undefined;
  return HAN.test(first + last) ? `${last}${first}` : `${first} ${last}`.trim();
};

/** Contacts: matched by id column or email (else name and account), linked to account and owner. */
export const contactImport: ImportSpec<Contact> = {
  recordKind: "contact",
  schema: Contact,
  needs: ["accounts", "contacts", "users"],
  createOnly: ["createdAt"],
  idColumn: "external",
  ownIndex: async (_db, env) => {
    if (!env.lookups.contacts) throw new Error("contacts are not loaded");
    return env.lookups.contacts;
  },
  read: (cells, env) => {
    const name = personName(cells);
    const email = cells.text("email");
    const key = email ? normalizeEmail(email, env.config) : null;
    return {
      fields: definedFields({
        name,
        email,
        phone: cells.text("phone"),
        title: cells.text("title"),
        seniority: cells.read("seniority", readSeniority),
        department: cells.text("department"),
        lifecycleStage: cells.read("lifecycleStage", readLifecycleStage),
        ownerQueue: cells.text("ownerQueue"),
        createdAt: cells.read("createdAt", readDate(env.mapping.dateFormat)),
      }),
      key:
        key?.ok === true
          ? ["email", key.value]
          : ["name", (name ?? "").toLowerCase(), (cells.text("account") ?? "").toLowerCase()],
    };
  },
  link: (_cells, l, env) =>
    definedFields({
      accountId: l.one("account", env.lookups.accounts),
      ownerId: l.one("owner", env.lookups.users),
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
    email: typeof entity.email === "string" ? entity.email : null,
    phone: typeof entity.phone === "string" ? entity.phone : null,
    accountId: typeof entity.accountId === "string" ? entity.accountId : null,
  }),
  loadExisting: async (db, ids) => {
    const rows = await inChunks(ids, 1000, (chunk) =>
      db.selectFrom("contacts").selectAll().where("id", "in", chunk).execute(),
    );
    return new Map(rows.map((row) => [row.id, contactFromRow(row)]));
  },
  duplicates: contactDuplicates,
  insert: async (tx, creates, env) => {
    if (creates.length === 0) return new Set();
    const rows = await tx
      .insertInto("contacts")
      .values(creates.map((c) => contactToRow(c.entity, env.now, c.externalId)))
      .onConflict((oc) => oc.column("external_id").where("external_id", "is not", null).doNothing())
      .returning("id")
      .execute();
    return new Set(rows.map((r) => r.id));
  },
  update: async (tx, _before, after, env) => {
    const { id, created_at, external_id, ...row } = contactToRow(after, env.now);
    await tx
      .updateTable("contacts")
      .set({ ...row, version: sql`version + 1` })
      .where("id", "=", id)
      .execute();
  },
  nameOf: (contact) => contact.name,
  fieldOf: {
    accountId: "account",
    ownerId: "owner",
    previousOwnerIds: "previousOwners",
  },
};
