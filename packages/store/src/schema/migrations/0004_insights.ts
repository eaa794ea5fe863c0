import { type Kysely, sql } from "kysely";

/** Assessments (judgements kept side by side), team goals per quarter, and rep quotas. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("record_kind", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value_text", "text")
    .addColumn("value_number", "double precision")
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("team", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("confidence", "double precision")
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "assessments_one_value",
      sql`(value_text is null) <> (value_number is null)`,
    )
    .execute();
  await db.schema
    .createIndex("assessments_record")
    .on("assessments")
    .columns(["record_id", "kind", "at"])
    .execute();

  await db.schema
    .createTable("goals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("team_id", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("quarter", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("kpi", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull())
    .addColumn("target_value", "double precision", (c) => c.notNull())
    .addColumn("lower_is_better", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("measure", "text", (c) => c.notNull())
    .addColumn("set_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("goals_team_quarter_kpi", ["team_id", "year", "quarter", "kpi"])
    .execute();

  await db.schema
    .createTable("sales_quotas")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("period_start", "timestamptz", (c) => c.notNull())
    .addColumn("period_end", "timestamptz", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull().check(sql`amount_minor >= 0`))
    .addColumn("currency", sql`char(3)`, (c) => c.notNull())
    .addColumn("set_by", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("sales_quotas_user_period", ["user_id", "period_start", "period_end"])
    .addCheckConstraint("sales_quotas_period", sql`period_start < period_end`)
    .execute();
}
