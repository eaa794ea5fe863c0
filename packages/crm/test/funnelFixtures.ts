import {
  Account,
  type AccountInput,
  Activity,
  type ActivityInput,
  type Config,
  Contact,
  type ContactInput,
  Deal,
  type DealInput,
  Lead,
  type LeadInput,
  parseConfig,
} from "@baton/core";
import {
  accountToRow,
  activityToRow,
  contactToRow,
  dealToRow,
  leadToRow,
  type OutboxRow,
} from "@baton/store";
import type { Crm } from "../src";
import { T0 } from "./crmTestKit";

// Test data goes straight into the tables through the store's row mappers, so these
// tests depend on the funnel use cases only, not on the records area's create use cases.

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

/**
 * The test company's routing: sales hand-offs go round-robin to Ada and Bob's
 * team, service hand-offs to Sue; everything else waits in a queue.
 */
export const routedConfig = (more: Record<string, unknown> = {}): Config => {
  const parsed = parseConfig({
    assignment: {
      rules: [
        {
          id: "sales",
          name: "Sales team",
          forTeam: "sales",
          target: { type: "round_robin", userIds: ["user-ada", "user-bob"] },
        },
        {
          id: "service",
          name: "Service",
          forTeam: "service",
          target: { type: "user", userId: "user-sue" },
        },
      ],
    },
    ...more,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

/** Stores a lead (default: an MQL owned by Mona in marketing) and returns it. */
export const aLead = async (crm: Crm, fields: Partial<LeadInput> = {}): Promise<Lead> => {
  const lead = Lead.parse({
    id: nextId("lead"),
    name: "Nordwind Energie",
    lifecycleStage: "mql",
    ownerId: "user-mona",
    createdAt: T0,
    ...fields,
  });
  await crm.context.store.db.insertInto("leads").values(leadToRow(lead, T0)).execute();
  return lead;
};

/** Stores an account (default: an opportunity owned by Ada). */
export const anAccount = async (crm: Crm, fields: Partial<AccountInput> = {}): Promise<Account> => {
  const account = Account.parse({
    id: nextId("acct"),
    name: "Acme GmbH",
    lifecycleStage: "opportunity",
    ownerId: "user-ada",
    teamId: "team-sales",
    createdAt: T0,
    ...fields,
  });
  await crm.context.store.db.insertInto("accounts").values(accountToRow(account, T0)).execute();
  return account;
};

/** Stores a contact at `accountId` (default: an opportunity owned by Ada). */
export const aContact = async (
  crm: Crm,
  accountId: string,
  fields: Partial<ContactInput> = {},
): Promise<Contact> => {
  const contact = Contact.parse({
    id: nextId("contact"),
    accountId,
    name: "Jana Schulz",
    lifecycleStage: "opportunity",
    ownerId: "user-ada",
    createdAt: T0,
    ...fields,
  });
  await crm.context.store.db.insertInto("contacts").values(contactToRow(contact, T0)).execute();
  return contact;
};

/** Stores a deal at `accountId` (default: Ada's, €48,000 in qualification) with its first stage-history entry. */
export const aDeal = async (
  crm: Crm,
  accountId: string,
  fields: Partial<DealInput> = {},
): Promise<Deal> => {
  const deal = Deal.parse({
    id: nextId("deal"),
    name: "Turbine monitoring",
    accountId,
    ownerId: "user-ada",
    stage: "qualification",
    amount: { amountMinor: 4_800_000, currency: "EUR" },
    closeDate: new Date("2026-06-30T00:00:00Z"),
    createdAt: T0,
    ...fields,
  });
  const db = crm.context.store.db;
  await db.insertInto("deals").values(dealToRow(deal, T0)).execute();
  await db
    .insertInto("deal_stage_history")
    .values({ deal_id: deal.id, stage: deal.stage, at: deal.createdAt, by_user_id: deal.ownerId })
    .execute();
  return deal;
};

/** An account with two contacts and an open deal they are on: the usual thing to close. */
export const aDealWithContacts = async (crm: Crm, fields: Partial<DealInput> = {}) => {
  const account = await anAccount(crm);
  const contacts = [
    await aContact(crm, account.id, { name: "Jana Schulz" }),
    await aContact(crm, account.id, { name: "Felix Braun" }),
  ];
  const deal = await aDeal(crm, account.id, { contactIds: contacts.map((c) => c.id), ...fields });
  return { account, contacts, deal };
};

/** Stores an activity (a call by Ada unless told otherwise). */
export const anActivity = async (crm: Crm, fields: Partial<ActivityInput>): Promise<Activity> => {
  const activity = Activity.parse({
    id: nextId("act"),
    kind: "call",
    occurredAt: T0,
    actorId: "user-ada",
    ...fields,
  });
  await crm.context.store.db.insertInto("activities").values(activityToRow(activity)).execute();
  return activity;
};

/** Every history row of one record, oldest first. */
export const historyOf = (crm: Crm, type: string, id: string) =>
  crm.context.store.db
    .selectFrom("history")
    .selectAll()
    .where("entity_type", "=", type)
    .where("entity_id", "=", id)
    .orderBy("id")
    .execute();

/** Every outbox event's type, oldest first. */
export const outboxTypes = async (crm: Crm): Promise<string[]> =>
  (
    await crm.context.store.db.selectFrom("outbox").select("event_type").orderBy("id").execute()
  ).map((row: Pick<OutboxRow, "event_type">) => row.event_type);

/** How many rows a table has: to show a refused change wrote nothing. */
export const countRows = async (
  crm: Crm,
  table:
    | "history"
    | "outbox"
    | "deal_stage_history"
    | "receivables"
    | "approval_events"
    | "payments",
): Promise<number> => {
  const row = await crm.context.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};
