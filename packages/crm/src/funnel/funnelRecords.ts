import type { Account, Contact, Deal, Lead } from "@baton/core";
import {
  accountFromRow,
  contactFromRow,
  type Database,
  dealFromRow,
  leadFromRow,
} from "@baton/store";
import { sql, type Transaction } from "kysely";

// Loaders lock the rows they return (`for update`) so a concurrent move of the same
// record waits and then sees this one's result, instead of both moving from the same stage.

type Tx = Transaction<Database>;

/** The lead with this id, locked until the transaction ends; undefined when there is none. */
export const lockLead = async (tx: Tx, id: string): Promise<Lead | undefined> => {
  const row = await tx
    .selectFrom("leads")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row ? leadFromRow(row) : undefined;
};

/** The account with this id, locked. */
export const lockAccount = async (tx: Tx, id: string): Promise<Account | undefined> => {
  const row = await tx
    .selectFrom("accounts")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row ? accountFromRow(row) : undefined;
};

/** The contacts with these ids that exist, locked, in id order. */
export const lockContacts = async (tx: Tx, ids: readonly string[]): Promise<Contact[]> => {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom("contacts")
    .selectAll()
    .where("id", "in", [...ids])
    .orderBy("id")
    .forUpdate()
    .execute();
  return rows.map(contactFromRow);
};

/** The deal with this id and its stage history, locked. */
export const lockDeal = async (tx: Tx, id: string): Promise<Deal | undefined> => {
  const row = await tx
    .selectFrom("deals")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  const history = await tx
    .selectFrom("deal_stage_history")
    .select(["stage", "at", "by_user_id"])
    .where("deal_id", "=", id)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return dealFromRow(row, history);
};

/** Who owns a lifecycle record and at which stage: what a funnel move changes. */
type Ownership = Pick<
  Lead,
  "id" | "lifecycleStage" | "ownerId" | "ownerQueue" | "previousOwnerIds"
>;

const ownershipColumns = (record: Ownership, now: Date) => ({
  lifecycle_stage: record.lifecycleStage,
  owner_id: record.ownerId,
  owner_queue: record.ownerQueue,
  previous_owner_ids: [...record.previousOwnerIds],
  updated_at: now,
  version: sql<number>`version + 1`,
});

/** Stores a lead's stage and ownership. */
export const saveLead = async (tx: Tx, lead: Lead, now: Date): Promise<void> => {
  await tx
    .updateTable("leads")
    .set(ownershipColumns(lead, now))
    .where("id", "=", lead.id)
    .execute();
};

/** Stores a contact's stage and ownership. */
export const saveContact = async (tx: Tx, contact: Contact, now: Date): Promise<void> => {
  await tx
    .updateTable("contacts")
    .set(ownershipColumns(contact, now))
    .where("id", "=", contact.id)
    .execute();
};

/** Stores an account's stage, ownership and team. */
export const saveAccount = async (tx: Tx, account: Account, now: Date): Promise<void> => {
  await tx
    .updateTable("accounts")
    .set({ ...ownershipColumns(account, now), team_id: account.teamId })
    .where("id", "=", account.id)
    .execute();
};

/**
 * Stores a deal's stage, owner and close time, and the newest stage-history entry
 * when the stage changed. `lostReason` is written only when given.
 */
export const saveDeal = async (
  tx: Tx,
  before: Deal,
  after: Deal,
  now: Date,
  lostReason?: string | null,
): Promise<void> => {
  await tx
    .updateTable("deals")
    .set({
      stage: after.stage,
      owner_id: after.ownerId,
      closed_at: after.closedAt,
      ...(lostReason === undefined ? {} : { lost_reason: lostReason }),
      updated_at: now,
      version: sql<number>`version + 1`,
    })
    .where("id", "=", after.id)
    .execute();
  const added = after.stageHistory.slice(before.stageHistory.length);
  if (added.length > 0) {
    await tx
      .insertInto("deal_stage_history")
      .values(added.map((h) => ({ deal_id: after.id, stage: h.stage, at: h.at, by_user_id: h.by })))
      .execute();
  }
};

/** A deal as history records it: the stage history has its own table. */
export const dealFields = ({ stageHistory: _kept, ...fields }: Deal): Record<string, unknown> =>
  fields;
