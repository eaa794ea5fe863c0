import type { Activity, ActivityKind } from "@baton/core";
import type { Database } from "@baton/store";
import { type Kysely, sql } from "kysely";

type Row = {
  id: string;
  kind: string;
  occurred_at: Date;
  actor_id: string;
  account_id: string | null;
  contact_id: string | null;
  lead_id: string | null;
  deal_id: string | null;
  next_step_text: string | null;
  next_step_due_at: Date | null;
};

const latestPer = (column: "account_id" | "contact_id" | "lead_id" | "deal_id", asOf: Date) =>
  sql`(select distinct on (${sql.ref(column)}) id from activities
        where ${sql.ref(column)} is not null and private = false and occurred_at <= ${asOf}
        order by ${sql.ref(column)}, occurred_at desc, id)`;

/**
 * The activities data health needs, and no more: a record's health reads only its latest
 * activity up to `asOf` and whether anything is planned after it, so the latest activity
 * per account, contact, lead and deal, and every activity booked (or with a next step
 * due) after `asOf` give exactly the report all activities would. Private notes are their
 * author's alone and do not count. Subjects and bodies are not read.
 */
export const loadHealthActivities = async (
  db: Kysely<Database>,
  asOf: Date,
): Promise<Activity[]> => {
  const { rows } = await sql<Row>`
    select id, kind, occurred_at, actor_id, account_id, contact_id, lead_id, deal_id,
           next_step_text, next_step_due_at
      from activities
     where private = false
       and coalesce(account_id, contact_id, lead_id, deal_id) is not null
       and (occurred_at > ${asOf}
            or next_step_due_at > ${asOf}
            or id in (${latestPer("account_id", asOf)} union ${latestPer("contact_id", asOf)}
                      union ${latestPer("lead_id", asOf)} union ${latestPer("deal_id", asOf)}))
     order by id`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ActivityKind,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    accountId: row.account_id,
    contactId: row.contact_id,
    leadId: row.lead_id,
    dealId: row.deal_id,
    nextStep:
      row.next_step_text !== null && row.next_step_due_at !== null
        ? { text: row.next_step_text, dueAt: row.next_step_due_at }
        : null,
    private: false,
  }));
};
