import {
  Account,
  type AccountInput,
  Activity,
  type ActivityInput,
  Contact,
  type ContactInput,
  Deal,
  type DealInput,
  Lead,
  type LeadInput,
  type LifecycleStage,
} from "@baton/core";
import { accountToRow, activityToRow, contactToRow, dealToRow, leadToRow } from "@baton/store";
import type { Crm } from "../src";

/** Builders for the records insight tests read, written straight to the store with its row mappers. */

export const T = (iso: string): Date => new Date(iso);

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export const anAccount = (over: Partial<AccountInput> = {}): Account =>
  Account.parse({
    id: nextId("acct"),
    name: "Acme GmbH",
    createdAt: T("2026-01-05T09:00:00Z"),
    ...over,
  });

export const aContact = (over: Partial<ContactInput> = {}): Contact =>
  Contact.parse({
    id: nextId("contact"),
    name: "Grace Buyer",
    createdAt: T("2026-01-05T09:00:00Z"),
    ...over,
  });

export const aDeal = (over: Partial<DealInput> = {}): Deal =>
  Deal.parse({
    id: nextId("deal"),
    name: "Acme renewal",
    accountId: "acct-acme",
    ownerId: "user-ada",
    stage: "prospecting",
    amount: { amountMinor: 1_000_000, currency: "EUR" },
    closeDate: T("2026-06-30T00:00:00Z"),
    createdAt: T("2026-02-01T09:00:00Z"),
    ...over,
  });

export const anActivity = (over: Partial<ActivityInput> = {}): Activity =>
  Activity.parse({
    id: nextId("act"),
    kind: "call",
    occurredAt: T("2026-03-03T10:00:00Z"),
    actorId: "user-ada",
    accountId: "acct-acme",
    ...over,
  });

export const aLead = (over: Partial<LeadInput> = {}): Lead =>
  Lead.parse({
    id: nextId("lead"),
    name: "Linus Lead",
    createdAt: T("2026-03-02T09:00:00Z"),
    ...over,
  });

/** A lead's moves through the funnel after it was created at its first stage. */
export type StageMove = { readonly stage: LifecycleStage; readonly at: Date };

const db = (crm: Crm) => crm.context.store.db;

export const insertAccounts = async (crm: Crm, ...accounts: Account[]): Promise<void> => {
  if (accounts.length === 0) return;
  await db(crm)
    .insertInto("accounts")
    .values(accounts.map((a) => accountToRow(a, a.createdAt)))
    .execute();
};

export const insertContacts = async (crm: Crm, ...contacts: Contact[]): Promise<void> => {
  if (contacts.length === 0) return;
  await db(crm)
    .insertInto("contacts")
    .values(contacts.map((c) => contactToRow(c, c.createdAt)))
    .execute();
};

/** Deals with their stage history rows. */
export const insertDeals = async (crm: Crm, ...deals: Deal[]): Promise<void> => {
  if (deals.length === 0) return;
  await db(crm)
    .insertInto("deals")
    .values(deals.map((d) => dealToRow(d, d.closedAt ?? d.createdAt)))
    .execute();
  const history = deals.flatMap((d) =>
    d.stageHistory.map((h) => ({ deal_id: d.id, stage: h.stage, at: h.at, by_user_id: h.by })),
  );
  if (history.length > 0) await db(crm).insertInto("deal_stage_history").values(history).execute();
};

export const insertActivities = async (crm: Crm, ...activities: Activity[]): Promise<void> => {
  if (activities.length === 0) return;
  await db(crm)
    .insertInto("activities")
    .values(activities.map((a) => activityToRow(a)))
    .execute();
};

/**
 * A lead as the funnel leaves it: its row at its last stage, and a history row for its
 * first stage at creation and for each move, as the use cases that move leads record them.
 */
export const insertLead = async (
  crm: Crm,
  lead: Lead,
  moves: readonly StageMove[] = [],
): Promise<void> => {
  const last = moves.at(-1);
  const current = { ...lead, lifecycleStage: last?.stage ?? lead.lifecycleStage };
  await db(crm)
    .insertInto("leads")
    .values(leadToRow(current, last?.at ?? lead.createdAt))
    .execute();
  const changes = [
    { from: null as string | null, to: lead.lifecycleStage as string, at: lead.createdAt },
  ];
  let from: string = lead.lifecycleStage;
  for (const move of moves) {
    changes.push({ from, to: move.stage, at: move.at });
    from = move.stage;
  }
  await db(crm)
    .insertInto("history")
    .values(
      changes.map((c, i) => ({
        entity_type: "lead",
        entity_id: lead.id,
        field: "lifecycleStage",
        old_value: c.from === null ? null : JSON.stringify(c.from),
        new_value: JSON.stringify(c.to),
        actor_id: lead.ownerId,
        at: c.at,
        change_id: `${lead.id}-change-${i}`,
      })),
    )
    .execute();
};

/** How many rows a table holds, for "nothing was written" checks. */
export const countRows = async (
  crm: Crm,
  table: "history" | "outbox" | "accounts" | "contacts" | "deals" | "activities" | "assessments",
): Promise<number> => {
  const row = await db(crm)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};
