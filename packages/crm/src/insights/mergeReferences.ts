import type { MergeReferences } from "@baton/core";
import type { Database } from "@baton/store";
import { sql, type Transaction } from "kysely";
import type { DuplicateKind } from "./duplicateReview";

/**
 * Everything that points at the record being merged away, as core's `planMerge` reads it:
 * for an account its activities, deals, contacts and child accounts; for a contact its
 * activities and the deals it is on. Private notes are included: they move with the
 * record even though no one but their author will see them.
 */
export const loadMergeReferences = async (
  tx: Transaction<Database>,
  kind: DuplicateKind,
  duplicateId: string,
): Promise<MergeReferences> => {
  if (kind === "account") {
    const [activities, deals, contacts, accounts] = await Promise.all([
      tx
        .selectFrom("activities")
        .select(["id", "account_id", "contact_id"])
        .where("account_id", "=", duplicateId)
        .orderBy("id")
        .execute(),
      tx
        .selectFrom("deals")
        .select(["id", "account_id", "contact_ids"])
        .where("account_id", "=", duplicateId)
        .orderBy("id")
        .execute(),
      tx
        .selectFrom("contacts")
        .select(["id", "account_id"])
        .where("account_id", "=", duplicateId)
        .orderBy("id")
        .execute(),
      tx
        .selectFrom("accounts")
        .select(["id", "parent_id"])
        .where("parent_id", "=", duplicateId)
        .orderBy("id")
        .execute(),
    ]);
    return {
      activities: activities.map((a) => ({
        id: a.id,
        accountId: a.account_id,
        contactId: a.contact_id,
      })),
      deals: deals.map((d) => ({ id: d.id, accountId: d.account_id, contactIds: d.contact_ids })),
      contacts: contacts.map((c) => ({ id: c.id, accountId: c.account_id })),
      accounts: accounts.map((a) => ({ id: a.id, parentId: a.parent_id })),
    };
  }
  const [activities, deals] = await Promise.all([
    tx
      .selectFrom("activities")
      .select(["id", "account_id", "contact_id"])
      .where("contact_id", "=", duplicateId)
      .orderBy("id")
      .execute(),
    tx
      .selectFrom("deals")
      .select(["id", "account_id", "contact_ids"])
      .where(sql<boolean>`${duplicateId} = any(contact_ids)`)
      .orderBy("id")
      .execute(),
  ]);
  return {
    activities: activities.map((a) => ({
      id: a.id,
      accountId: a.account_id,
      contactId: a.contact_id,
    })),
    deals: deals.map((d) => ({ id: d.id, accountId: d.account_id, contactIds: d.contact_ids })),
  };
};
