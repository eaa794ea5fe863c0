import {
  type Account,
  type Config,
  type Contact,
  type DataHealthInput,
  type DuplicatesError,
  findDuplicateAccounts,
  findDuplicateContacts,
  type Lead,
  ok,
  type Result,
  type User,
} from "@baton/core";
import { accountFromRow, contactFromRow, type Database, leadFromRow } from "@baton/store";
import type { Kysely } from "kysely";
import { loadHealthActivities } from "./healthActivities";
import { accountToMatch, contactToMatch } from "./matchSubjects";
import type { Organisation } from "./organisation";
import { canActorRead, mayReadOwned, readsAll } from "./recordReach";

/** The accounts, contacts and leads the actor may read (all of them for company-wide readers). */
export const loadReadableRecords = async (
  db: Kysely<Database>,
  actor: User,
  org: Organisation,
  config: Config,
): Promise<{ accounts: Account[]; contacts: Contact[]; leads: Lead[] }> => {
  const accountsQuery = db.selectFrom("accounts").selectAll().orderBy("id");
  const contactsQuery = db.selectFrom("contacts").selectAll().orderBy("id");
  const leadsQuery = db.selectFrom("leads").selectAll().orderBy("id");
  const [accountRows, contactRows, leadRows] = await Promise.all([
    (readsAll(actor, "account", config)
      ? accountsQuery
      : accountsQuery.where(mayReadOwned(actor, org, config, true))
    ).execute(),
    (readsAll(actor, "contact", config)
      ? contactsQuery
      : contactsQuery.where(mayReadOwned(actor, org, config, false))
    ).execute(),
    (readsAll(actor, "lead", config)
      ? leadsQuery
      : leadsQuery.where(mayReadOwned(actor, org, config, false))
    ).execute(),
  ]);
  const accounts = accountRows
    .map(accountFromRow)
    .filter((record) => canActorRead(actor, { kind: "account", record }, org, config));
  const contacts = contactRows
    .map(contactFromRow)
    .filter((record) => canActorRead(actor, { kind: "contact", record }, org, config));
  const leads = leadRows
    .map(leadFromRow)
    .filter((record) => canActorRead(actor, { kind: "lead", record }, org, config));
  return { accounts, contacts, leads };
};

/**
 * Everything core's data-health report reads for the records the actor may see: the
 * records, the activities that decide their freshness (see `loadHealthActivities`), the
 * deals tying activities to accounts, the last edit of each record from the history, the
 * people and teams, and how many duplicate pairs are open among them.
 */
export const loadHealthData = async (
  db: Kysely<Database>,
  actor: User,
  org: Organisation,
  config: Config,
  asOf: Date,
): Promise<Result<DataHealthInput, DuplicatesError>> => {
  const { accounts, contacts, leads } = await loadReadableRecords(db, actor, org, config);
  const [activities, deals, edits] = await Promise.all([
    loadHealthActivities(db, asOf),
    db.selectFrom("deals").select(["id", "account_id"]).orderBy("id").execute(),
    db
      .selectFrom("history")
      .select(["entity_type", "entity_id"])
      .select((eb) => eb.fn.max("at").as("at"))
      .where("entity_type", "in", ["account", "contact", "lead"])
      .where("at", "<=", asOf)
      .groupBy(["entity_type", "entity_id"])
      .execute(),
  ]);
  const shown = new Set([
    ...accounts.map((r) => `account:${r.id}`),
    ...contacts.map((r) => `contact:${r.id}`),
    ...leads.map((r) => `lead:${r.id}`),
  ]);
  const countryOf = new Map(accounts.map((a) => [a.id, a.country]));
  const accountPairs = findDuplicateAccounts(accounts.map(accountToMatch), config);
  const contactPairs = findDuplicateContacts(
    contacts.map((c) => contactToMatch(c, countryOf)),
    config,
  );
  if (!accountPairs.ok) return accountPairs;
  if (!contactPairs.ok) return contactPairs;
  return ok({
    accounts,
    contacts,
    leads,
    deals: deals.map((d) => ({ id: d.id, accountId: d.account_id })),
    activities,
    users: org.users.map((u) => ({ id: u.id, teamId: u.teamId })),
    teams: org.teams.map((t) => ({ id: t.id, name: t.name })),
    edits: edits
      .filter((e) => shown.has(`${e.entity_type}:${e.entity_id}`))
      .map((e) => ({
        kind: e.entity_type as "account" | "contact" | "lead",
        recordId: e.entity_id,
        at: e.at,
      })),
    openDuplicates: accountPairs.value.candidates.length + contactPairs.value.candidates.length,
  });
};
