import { type AccessTargetInput, Account, Contact, Deal, Lead } from "@baton/core";
import {
  accountFromRow,
  accountToRow,
  contactFromRow,
  contactToRow,
  type Database,
  dealFromRow,
  dealToRow,
  leadFromRow,
  leadToRow,
} from "@baton/store";
import { sql, type Transaction } from "kysely";
import type { z } from "zod";
import type { SearchKind } from "./searchKinds";

type Tx = Transaction<Database>;

/**
 * How records of one kind are kept: load one locked for a change, insert a new
 * one, save the fields a person may edit (never ownership or stage: those move
 * through the funnel), and what access and history read of it.
 */
export type RecordStore<E extends { readonly id: string; readonly name: string }> = {
  readonly kind: SearchKind;
  /** Core's schema for the entity; every change is checked against it. */
  readonly schema: z.ZodType<E>;
  /** The record and its version, locked until the transaction ends. */
  lock(tx: Tx, id: string): Promise<{ entity: E; version: number } | undefined>;
  insert(tx: Tx, entity: E, now: Date): Promise<void>;
  /** Saves the editable fields and bumps the version; returns the new version. */
  save(tx: Tx, entity: E, now: Date): Promise<number>;
  target(entity: E): AccessTargetInput;
  /** The fields history keeps for the record (a deal's stage history has its own table). */
  historyFields(entity: E): Readonly<Record<string, unknown>>;
};

const bump = sql<number>`version + 1`;

export const accountStore: RecordStore<Account> = {
  kind: "account",
  schema: Account,
  lock: async (tx, id) => {
    const row = await tx
      .selectFrom("accounts")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    return row ? { entity: accountFromRow(row), version: row.version } : undefined;
  },
  insert: async (tx, entity, now) => {
    await tx.insertInto("accounts").values(accountToRow(entity, now)).execute();
  },
  save: async (tx, entity, now) => {
    const row = accountToRow(entity, now);
    const saved = await tx
      .updateTable("accounts")
      .set({
        name: row.name,
        domain: row.domain,
        parent_id: row.parent_id,
        industry: row.industry,
        region: row.region,
        country: row.country,
        size_band: row.size_band,
        updated_at: now,
        version: bump,
      })
      .where("id", "=", entity.id)
      .returning("version")
      .executeTakeFirstOrThrow();
    return saved.version;
  },
  target: (record) => ({ kind: "account", record }),
  historyFields: (entity) => entity,
};

export const contactStore: RecordStore<Contact> = {
  kind: "contact",
  schema: Contact,
  lock: async (tx, id) => {
    const row = await tx
      .selectFrom("contacts")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    return row ? { entity: contactFromRow(row), version: row.version } : undefined;
  },
  insert: async (tx, entity, now) => {
    await tx.insertInto("contacts").values(contactToRow(entity, now)).execute();
  },
  save: async (tx, entity, now) => {
    const row = contactToRow(entity, now);
    const saved = await tx
      .updateTable("contacts")
      .set({
        name: row.name,
        account_id: row.account_id,
        email: row.email,
        phone: row.phone,
        title: row.title,
        seniority: row.seniority,
        department: row.department,
        updated_at: now,
        version: bump,
      })
      .where("id", "=", entity.id)
      .returning("version")
      .executeTakeFirstOrThrow();
    return saved.version;
  },
  target: (record) => ({ kind: "contact", record }),
  historyFields: (entity) => entity,
};

export const leadStore: RecordStore<Lead> = {
  kind: "lead",
  schema: Lead,
  lock: async (tx, id) => {
    const row = await tx
      .selectFrom("leads")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    return row ? { entity: leadFromRow(row), version: row.version } : undefined;
  },
  insert: async (tx, entity, now) => {
    await tx.insertInto("leads").values(leadToRow(entity, now)).execute();
  },
  save: async (tx, entity, now) => {
    const row = leadToRow(entity, now);
    const saved = await tx
      .updateTable("leads")
      .set({
        name: row.name,
        email: row.email,
        company: row.company,
        title: row.title,
        seniority: row.seniority,
        department: row.department,
        source: row.source,
        campaign_id: row.campaign_id,
        industry: row.industry,
        region: row.region,
        country: row.country,
        size_band: row.size_band,
        updated_at: now,
        version: bump,
      })
      .where("id", "=", entity.id)
      .returning("version")
      .executeTakeFirstOrThrow();
    return saved.version;
  },
  target: (record) => ({ kind: "lead", record }),
  historyFields: (entity) => entity,
};

export const dealStore: RecordStore<Deal> = {
  kind: "deal",
  schema: Deal,
  lock: async (tx, id) => {
    const row = await tx
      .selectFrom("deals")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return undefined;
    const stages = await tx
      .selectFrom("deal_stage_history")
      .select(["stage", "at", "by_user_id"])
      .where("deal_id", "=", id)
      .orderBy("at")
      .orderBy("id")
      .execute();
    return { entity: dealFromRow(row, stages), version: row.version };
  },
  insert: async (tx, entity, now) => {
    await tx.insertInto("deals").values(dealToRow(entity, now)).execute();
    if (entity.stageHistory.length > 0)
      await tx
        .insertInto("deal_stage_history")
        .values(
          entity.stageHistory.map((change) => ({
            deal_id: entity.id,
            stage: change.stage,
            at: change.at,
            by_user_id: change.by,
          })),
        )
        .execute();
  },
  save: async (tx, entity, now) => {
    const saved = await tx
      .updateTable("deals")
      .set({
        name: entity.name,
        amount_minor: entity.amount.amountMinor,
        currency: entity.amount.currency,
        close_date: entity.closeDate,
        updated_at: now,
        version: bump,
      })
      .where("id", "=", entity.id)
      .returning("version")
      .executeTakeFirstOrThrow();
    return saved.version;
  },
  target: (record) => ({ kind: "deal", record }),
  historyFields: ({ stageHistory: _kept, ...fields }) => fields,
};
