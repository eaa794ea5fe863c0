import { type Kysely, sql } from "kysely";

/**
 * Search indexes for what the first ones left slow (figures in docs/benchmarks.md).
 *
 * Finding a part of a Chinese name. pg_trgm needs three characters, but a
 * Chinese brand is usually two (`星辰` in `北京星辰科技有限公司`); without an
 * index, "names containing 星辰" read every row. `baton_name_bigrams` lists the
 * two-character pieces of a name that hold a character beyond ASCII (none for
 * an English name, so the index stays small), and a GIN index over it answers
 * "contains these pieces" before the exact `like` check.
 *
 * Searching as a rep or a manager: their read filter is "owned by me, owned by
 * me before, or owned in my teams". With an index on each of those columns
 * PostgreSQL reads the few hundred records the person may see first, instead
 * of every name that matches and then dropping most of them.
 *
 * Every name GIN index is built without a pending list (see below).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function baton_name_bigrams(t text) returns text[]
    language sql immutable strict parallel safe
    as $$
      select coalesce(array_agg(distinct piece), '{}')
      from (select substr(t, i, 2) as piece from generate_series(1, char_length(t) - 1) as i) pieces
      where piece ~ '[^\\x20-\\x7e]'
    $$`.execute(db);
  for (const table of ["accounts", "contacts", "deals", "leads"]) {
    await sql`create index ${sql.id(`${table}_name_bigrams`)} on ${sql.id(table)} using gin (baton_name_bigrams(lower(name))) with (fastupdate = off)`.execute(
      db,
    );
  }
  for (const table of ["accounts", "contacts", "leads"]) {
    await sql`create index ${sql.id(`${table}_previous_owners`)} on ${sql.id(table)} using gin (previous_owner_ids) with (fastupdate = off)`.execute(
      db,
    );
  }
  await sql`create index accounts_team on accounts (team_id)`.execute(db);
  // GIN's fast update parks new entries in a pending list that every lookup reads
  // in full until a vacuum merges it: after an import that was 20 ms a search. A CRM
  // writes a few rows at a time and searches all day, so entries go straight in.
  for (const table of ["accounts", "contacts", "deals", "leads"]) {
    await sql`alter index ${sql.id(`${table}_name_trgm`)} set (fastupdate = off)`.execute(db);
  }
  await sql`create index contacts_owner on contacts (owner_id)`.execute(db);
}
