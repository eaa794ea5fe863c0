import { type Kysely, sql } from "kysely";

/**
 * The first schema: people, funnel records, activities, history, the outbox,
 * idempotency keys and the chat-facing tables. Tables are created in the first
 * schema of the connection's `search_path`, so the same migration builds an
 * isolated schema for a test or a tenant.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("teams")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("function", "text", (c) => c.notNull())
    .addColumn("manager_id", "text")
    .addColumn("parent_team_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("roles", sql`text[]`, (c) => c.notNull())
    .addColumn("team_id", "text")
    .addColumn("manager_id", "text")
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("out_of_office_start", "timestamptz")
    .addColumn("out_of_office_end", "timestamptz")
    .addColumn("daily_cap", "integer")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("users_email").on("users").expression(sql`lower(email)`).execute();

  const territory = ["industry", "region", "country", "size_band"] as const;

  let accounts = db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("domain", "text")
    .addColumn("parent_id", "text")
    .addColumn("team_id", "text");
  for (const column of territory) accounts = accounts.addColumn(column, "text");
  await ownedColumns(accounts).execute();

  await ownedColumns(
    db.schema
      .createTable("contacts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("account_id", "text")
      .addColumn("email", "text")
      .addColumn("phone", "text")
      .addColumn("title", "text")
      .addColumn("seniority", "text")
      .addColumn("department", "text"),
  ).execute();

  let leads = db.schema
    .createTable("leads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("company", "text")
    .addColumn("title", "text")
    .addColumn("seniority", "text")
    .addColumn("department", "text")
    .addColumn("source", "text")
    .addColumn("campaign_id", "text");
  for (const column of territory) leads = leads.addColumn(column, "text");
  await ownedColumns(leads).execute();

  await db.schema
    .createTable("deals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull().check(sql`amount_minor >= 0`))
    .addColumn("currency", sql`char(3)`, (c) => c.notNull())
    .addColumn("close_date", "timestamptz", (c) => c.notNull())
    .addColumn("closed_at", "timestamptz")
    .addColumn("lost_reason", "text")
    .addColumn("contact_ids", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("external_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("deal_stage_history")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("deal_id", "text", (c) => c.notNull().references("deals.id").onDelete("cascade"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("by_user_id", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("activities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("direction", "text")
    .addColumn("outcome", "text")
    .addColumn("subject", "text")
    .addColumn("body", "text")
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("account_id", "text")
    .addColumn("contact_id", "text")
    .addColumn("lead_id", "text")
    .addColumn("deal_id", "text")
    .addColumn("next_step_text", "text")
    .addColumn("next_step_due_at", "timestamptz")
    .addColumn("private", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("due_at", "timestamptz")
    .addColumn("completed_at", "timestamptz")
    .addColumn("follows_activity_id", "text")
    .addColumn("external_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("history")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("old_value", "jsonb")
    .addColumn("new_value", "jsonb")
    .addColumn("actor_id", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("change_id", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_at", "timestamptz")
    .execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("operation", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("result", "jsonb")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("chat_identities")
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("external_user_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("verified_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("chat_identities_pk", ["platform", "tenant_id", "external_user_id"])
    .execute();

  await db.schema
    .createTable("conversation_refs")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("reference", "jsonb", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("conversation_refs_pk", ["user_id", "platform", "tenant_id"])
    .execute();

  await db.schema
    .createTable("user_prefs")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id"))
    .addColumn("channel", "text")
    .addColumn("locale", "text")
    .addColumn("time_zone", "text")
    .addColumn("quiet_hours_start", "text")
    .addColumn("quiet_hours_end", "text")
    .addColumn("digest_enabled", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("installations")
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("enterprise_id", "text", (c) => c.notNull())
    .addColumn("team_id", "text", (c) => c.notNull())
    .addColumn("installation", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("installations_pk", ["platform", "enterprise_id", "team_id"])
    .execute();

  await createIndexes(db);
}

type Buildable = ReturnType<Kysely<unknown>["schema"]["createTable"]>;

/** The columns every owned funnel record (account, contact, lead) shares. */
const ownedColumns = (table: Buildable): Buildable =>
  table
    .addColumn("lifecycle_stage", "text", (c) => c.notNull().defaultTo("lead"))
    .addColumn("owner_id", "text")
    .addColumn("owner_queue", "text")
    .addColumn("previous_owner_ids", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("external_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1));

async function createIndexes(db: Kysely<unknown>): Promise<void> {
  // Fuzzy search: trigram GIN on the lower-cased name; equality/prefix on the same expression.
  for (const table of ["accounts", "contacts", "deals", "leads"]) {
    await sql`create index ${sql.id(`${table}_name_trgm`)} on ${sql.id(table)} using gin (lower(name) gin_trgm_ops)`.execute(
      db,
    );
    await sql`create index ${sql.id(`${table}_name_lower`)} on ${sql.id(table)} (lower(name) text_pattern_ops)`.execute(
      db,
    );
  }
  for (const table of ["accounts", "contacts", "leads", "deals", "activities"]) {
    await sql`create unique index ${sql.id(`${table}_external_id`)} on ${sql.id(table)} (external_id) where external_id is not null`.execute(
      db,
    );
  }
  await db.schema.createIndex("accounts_owner").on("accounts").column("owner_id").execute();
  await db.schema.createIndex("accounts_domain").on("accounts").column("domain").execute();
  await db.schema.createIndex("contacts_account").on("contacts").column("account_id").execute();
  await db.schema
    .createIndex("contacts_email")
    .on("contacts")
    .expression(sql`lower(email)`)
    .execute();
  await db.schema.createIndex("leads_owner").on("leads").column("owner_id").execute();
  await db.schema.createIndex("deals_account").on("deals").column("account_id").execute();
  await db.schema
    .createIndex("deals_owner_stage")
    .on("deals")
    .columns(["owner_id", "stage"])
    .execute();
  await db.schema
    .createIndex("deal_stage_history_deal")
    .on("deal_stage_history")
    .columns(["deal_id", "at"])
    .execute();
  for (const column of ["account_id", "deal_id", "contact_id", "lead_id"]) {
    await db.schema
      .createIndex(`activities_${column}`)
      .on("activities")
      .columns([column, "occurred_at"])
      .execute();
  }
  await db.schema
    .createIndex("activities_actor")
    .on("activities")
    .columns(["actor_id", "occurred_at"])
    .execute();
  await sql`create index activities_open_tasks on activities (due_at) where kind = 'task' and completed_at is null`.execute(
    db,
  );
  await db.schema
    .createIndex("history_entity")
    .on("history")
    .columns(["entity_type", "entity_id", "at"])
    .execute();
  await sql`create index outbox_unpublished on outbox (id) where published_at is null`.execute(db);
  await db.schema
    .createIndex("chat_identities_user")
    .on("chat_identities")
    .column("user_id")
    .execute();
}
