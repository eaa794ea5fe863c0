import { type Kysely, sql } from "kysely";

/**
 * Approval requests (state + events), contracts, receivables, payments, and the
 * shared round-robin state of assignment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("approval_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("deal_id", "text", (c) => c.notNull())
    .addColumn("requester_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("current_step", "integer")
    .addColumn("approver_ids", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("state", "jsonb", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("approval_requests_requester")
    .on("approval_requests")
    .columns(["requester_id", "status"])
    .execute();
  await sql`create index approval_requests_approvers on approval_requests using gin (approver_ids) where status = 'pending'`.execute(
    db,
  );
  await db.schema
    .createIndex("approval_requests_deal")
    .on("approval_requests")
    .column("deal_id")
    .execute();

  await db.schema
    .createTable("approval_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) =>
      c.notNull().references("approval_requests.id").onDelete("cascade"),
    )
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("approval_events_request_seq", ["request_id", "seq"])
    .execute();

  await db.schema
    .createTable("contracts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("deal_id", "text", (c) => c.notNull())
    .addColumn("signed_at", "timestamptz", (c) => c.notNull())
    .addColumn("value_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", sql`char(3)`, (c) => c.notNull())
    .addColumn("net_days", "integer")
    .addColumn("schedule", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("contracts_deal").on("contracts").column("deal_id").execute();

  await db.schema
    .createTable("receivables")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("deal_id", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("contract_id", "text", (c) => c.notNull().references("contracts.id"))
    .addColumn("instalment", "integer", (c) => c.notNull())
    .addColumn("instalments", "integer", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull().check(sql`amount_minor > 0`))
    .addColumn("currency", sql`char(3)`, (c) => c.notNull())
    .addColumn("paid_minor", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("invoice_date", "timestamptz", (c) => c.notNull())
    .addColumn("due_date", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      "receivables_paid_in_range",
      sql`paid_minor >= 0 and paid_minor <= amount_minor`,
    )
    .execute();
  await db.schema.createIndex("receivables_deal").on("receivables").column("deal_id").execute();
  await db.schema
    .createIndex("receivables_account")
    .on("receivables")
    .column("account_id")
    .execute();

  await db.schema
    .createTable("payments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull().check(sql`amount_minor > 0`))
    .addColumn("currency", sql`char(3)`, (c) => c.notNull())
    .addColumn("received_at", "timestamptz", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("reference", "text")
    .addColumn("allocations", "jsonb", (c) => c.notNull())
    .addColumn("credit_minor", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("payments_account").on("payments").column("account_id").execute();

  await db.schema
    .createTable("assignment_rotation")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("rotation", "jsonb", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
}
