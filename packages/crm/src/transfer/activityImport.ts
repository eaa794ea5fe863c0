import { Activity } from "@baton/core";
import { activityFromRow, activityToRow } from "@baton/store";
import { definedFields } from "./definedFields";
import { readActivityKind, readDate, readDirection } from "./domainValues";
import type { ImportSpec } from "./importSpec";
import { inChunks } from "./inChunks";
import { readYesNo } from "./readChoice";
import { recordIndex } from "./recordIndex";

/** Activities: matched by id column or their kind, time, author, subject and records; linked to all of those. */
export const activityImport: ImportSpec<Activity> = {
  recordKind: "activity",
  schema: Activity,
  needs: ["accounts", "contacts", "deals", "leads", "users"],
  createOnly: [],
  idColumn: "external",
  // Activities are many; only those the file's ids and keys could be are loaded.
  ownIndex: async (db, _env, probes) => {
    const byId = await inChunks(probes.ids, 1000, (chunk) =>
      db
        .selectFrom("activities")
        .select(["id", "external_id", "kind", "subject"])
        .where("id", "in", chunk)
        .execute(),
    );
    const byExternal = await inChunks(probes.externalIds, 1000, (chunk) =>
      db
        .selectFrom("activities")
        .select(["id", "external_id", "kind", "subject"])
        .where("external_id", "in", chunk)
        .execute(),
    );
    return recordIndex(
      [...byId, ...byExternal].map((r) => ({
        id: r.id,
        externalId: r.external_id,
        name: r.subject ?? r.kind,
      })),
    );
  },
  read: (cells, env) => {
    const date = readDate(env.mapping.dateFormat);
    const stepText = cells.text("nextStep");
    const stepDue = cells.read("nextStepDueAt", date);
    if (stepText !== undefined && cells.text("nextStepDueAt") === undefined)
      cells.problem("nextStep", "has no due date; map a column to nextStepDueAt");
    if (stepText === undefined && stepDue !== undefined)
      cells.problem("nextStepDueAt", "is the due date of no next step; map a column to nextStep");
    const occurredAt = cells.read("occurredAt", date);
    const kind = cells.read("kind", readActivityKind);
    const lower = (field: string) => (cells.text(field) ?? "").toLowerCase();
    return {
      fields: definedFields({
        kind,
        direction: cells.read("direction", readDirection),
        outcome: cells.text("outcome"),
        subject: cells.text("subject"),
        body: cells.text("body"),
        occurredAt,
        nextStep:
          stepText !== undefined && stepDue !== undefined
            ? { text: stepText, dueAt: stepDue }
            : undefined,
        private: cells.read("private", readYesNo),
      }),
      key: [
        kind ?? "",
        occurredAt?.toISOString() ?? "",
        lower("actor"),
        lower("subject"),
        lower("account"),
        lower("contact"),
        lower("deal"),
        lower("lead"),
      ],
      extras: definedFields({
        dueAt: cells.read("dueAt", date),
        completedAt: cells.read("completedAt", date),
      }),
    };
  },
  link: (_cells, l, env) =>
    definedFields({
      actorId: l.one("actor", env.lookups.users),
      accountId: l.one("account", env.lookups.accounts),
      contactId: l.one("contact", env.lookups.contacts),
      leadId: l.one("lead", env.lookups.leads),
      dealId: l.one("deal", env.lookups.deals),
    }),
  defaults: () => ({}),
  indexed: (entity, id, externalId, line) => ({
    id,
    externalId,
    line,
    name: String(entity.subject ?? entity.kind ?? ""),
  }),
  loadExisting: async (db, ids) => {
    const rows = await inChunks(ids, 1000, (chunk) =>
      db.selectFrom("activities").selectAll().where("id", "in", chunk).execute(),
    );
    return new Map(rows.map((row) => [row.id, activityFromRow(row)]));
  },
  insert: async (tx, creates) => {
    if (creates.length === 0) return new Set();
    const rows = await tx
      .insertInto("activities")
      .values(
        creates.map((c) => ({
          ...activityToRow(c.entity, c.externalId),
          due_at: (c.extras.dueAt as Date | undefined) ?? null,
          completed_at: (c.extras.completedAt as Date | undefined) ?? null,
        })),
      )
      .onConflict((oc) => oc.column("external_id").where("external_id", "is not", null).doNothing())
      .returning("id")
      .execute();
    return new Set(rows.map((r) => r.id));
  },
  update: async (tx, _before, after) => {
    const { id, external_id, created_at, ...row } = activityToRow(after);
    await tx.updateTable("activities").set(row).where("id", "=", id).execute();
  },
  nameOf: (activity) => activity.subject ?? activity.kind,
  fieldOf: {
    actorId: "actor",
    accountId: "account",
    contactId: "contact",
    leadId: "lead",
    dealId: "deal",
    input: "account",
  },
};
