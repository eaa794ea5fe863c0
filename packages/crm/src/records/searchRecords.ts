import {
  type AccessTargetInput,
  accessDecision,
  type Config,
  canSeeField,
  normalizeCompanyName,
  type User,
} from "@baton/core";
import type { Database } from "@baton/store";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { CompanyDirectory } from "../funnel/companyDirectory";
import { type ReadFilter, readFilterSql } from "./readFilter";
import { SEARCH_TABLES, type SearchKind, type SearchTable } from "./searchKinds";
import { domainOf, escapeLike, looksLikeEmail, needsContainsSearch } from "./searchText";

/**
 * How well a record matched, best first. `exact` and `identifier` (email,
 * domain) name one record outright; `prefix` and `contains` are good enough to
 * use when only one record has them; `similar` is only ever a suggestion.
 */
export const MATCH_TIERS = ["exact", "identifier", "prefix", "contains", "similar"] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** One record search found, with why and how well, and what access needs to re-check it. */
export type Candidate = {
  readonly kind: SearchKind;
  readonly id: string;
  readonly name: string;
  readonly accountId: string | null;
  readonly tier: MatchTier;
  /** 0–1 within the tier: 1 for exact and identifier matches, trigram word similarity for similar names. */
  readonly score: number;
  readonly why: string;
  /** The ownership core's read and write rules look at (kept inside crm, never returned to a caller as is). */
  readonly target: AccessTargetInput;
};

/** What one search reads; `text` is already in `searchText` form. */
export type SearchRequest = {
  readonly db: Kysely<Database>;
  readonly actor: User;
  readonly directory: CompanyDirectory;
  readonly config: Config;
  readonly filters: Readonly<Record<SearchKind, ReadFilter>>;
  readonly text: string;
  readonly kinds: readonly SearchKind[];
  /** Most candidates per kind and query. */
  readonly limit: number;
  /** Only records of this account (contacts and deals). */
  readonly accountId?: string;
};

/** Queries shorter than this have too few trigrams to be compared without scanning half the table. */
const MIN_TRIGRAM_QUERY = 3;

type SearchRow = {
  id: string;
  name: string;
  owner_id: string | null;
  team_id: string | null;
  previous_owner_ids: string[];
  account_id: string | null;
};

const rowColumns = (t: SearchTable): RawBuilder<unknown> =>
  sql.join([
    sql`id`,
    sql`name`,
    sql.ref(t.ownership.owner),
    t.ownership.team === null ? sql`null::text as team_id` : sql.ref(t.ownership.team),
    t.ownership.previousOwners === null
      ? sql`'{}'::text[] as previous_owner_ids`
      : sql.ref(t.ownership.previousOwners),
    t.account === null ? sql`null::text as account_id` : sql.ref(t.account),
  ]);

const accountClause = (t: SearchTable, accountId: string | undefined): RawBuilder<unknown> =>
  accountId === undefined || t.account === null
    ? sql`true`
    : sql`${sql.ref(t.account)} = ${accountId}`;

/**
 * How many names starting with the query are ranked at most. Read in index
 * order (`~<~`, the order of the `_name_lower` index), so even a one-letter
 * query reads a bounded slice instead of sorting every name with that letter.
 */
export const MAX_PREFIX_CANDIDATES = 500;

/**
 * Names starting with the query (or, for companies, with the query without its
 * legal form), exact ones first, then the shortest: the `_name_lower` index.
 */
const prefixRows = async (
  req: SearchRequest,
  kind: SearchKind,
  pattern: string,
  textPattern: string,
): Promise<(SearchRow & { exact: boolean; starts: boolean })[]> => {
  const t = SEARCH_TABLES[kind];
  const { rows } = await sql<SearchRow & { exact: boolean; starts: boolean }>`
    select p.*, lower(p.name) = ${req.text} as exact, lower(p.name) like ${textPattern} as starts
    from (
      select ${rowColumns(t)} from ${sql.table(t.table)}
      where lower(name) like ${pattern}
        and ${readFilterSql(req.filters[kind], t.ownership)}
        and ${accountClause(t, req.accountId)}
      order by lower(name) using ~<~
      limit ${MAX_PREFIX_CANDIDATES}
    ) p
    order by exact desc, length(p.name), lower(p.name), p.id
    limit ${req.limit}`.execute(req.db);
  return rows;
};

/**
 * How many names matching by trigram (or containing a non-ASCII query) are
 * ranked at most. GIN cannot return rows best first, so a common word would
 * otherwise make PostgreSQL score thousands of names (PLATFORM-NOTES: plain
 * similarity misses a 20 ms p95 at 100k rows); the best of the first few
 * hundred is a good suggestion, and an exact or prefix match never depends on it.
 */
export const MAX_SIMILAR_CANDIDATES = 200;

/** Word similarity a name needs to be suggested: pg_trgm's default, set explicitly so a server's setting cannot widen the search. */
export const SIMILAR_NAME_THRESHOLD = 0.6;

/**
 * Runs `work` with the trigram threshold set and sequential scans off for its
 * statements only (`set_config(…, true)` lasts to the end of the transaction,
 * so a read gets a transaction of its own). Without the latter, the candidate
 * `limit` makes the planner expect an early stop and scan the whole table,
 * computing word similarity for every row instead of using the GIN index.
 * Only for trigram searches: a two-character "contains" (Chinese names) has no
 * trigram to look up, and a sequential scan that stops at the limit is its best plan.
 */
const withTrigramSearch = async <T>(
  db: Kysely<Database>,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> => {
  const run = async (tx: Kysely<Database>) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SIMILAR_NAME_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`.execute(
      tx,
    );
    const result = await work(tx);
    // Inside a caller's write, give its later statements the planner back as it was.
    await sql`select set_config('enable_seqscan', 'on', true)`.execute(tx);
    return result;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
};

/**
 * Names similar to the query by trigram word similarity (`<%`, the `_name_trgm`
 * index), and for queries beyond ASCII also names containing it; prefix
 * matches are left to `prefixRows`. `text` is the query, for companies without
 * its legal form (a "GmbH" shared by thousands of names says nothing about which).
 */
const similarRows = async (
  req: SearchRequest,
  kind: SearchKind,
  text: string,
  textPattern: string,
): Promise<(SearchRow & { score: number; contains: boolean })[]> => {
  const t = SEARCH_TABLES[kind];
  const trigrams = text.length >= MIN_TRIGRAM_QUERY;
  const containsPattern = needsContainsSearch(text) ? `%${escapeLike(text)}%` : null;
  if (!trigrams && containsPattern === null) return [];
  const similar = trigrams ? sql`${text} <% lower(name)` : sql`false`;
  const contains = (column: RawBuilder<unknown>) =>
    containsPattern === null ? sql`false` : sql`lower(${column}) like ${containsPattern}`;
  const query = async (db: Kysely<Database>) => {
    const { rows } = await sql<SearchRow & { score: number; contains: boolean }>`
      select c.*, word_similarity(${text}, lower(c.name)) as score, ${contains(sql`c.name`)} as contains
      from (
        select ${rowColumns(t)} from ${sql.table(t.table)}
        where (${similar} or ${contains(sql`name`)})
          and not (lower(name) like ${textPattern})
          and ${readFilterSql(req.filters[kind], t.ownership)}
          and ${accountClause(t, req.accountId)}
        limit ${MAX_SIMILAR_CANDIDATES}
      ) c
      order by contains desc, score desc, lower(c.name), c.id
      limit ${req.limit}`.execute(db);
    return rows;
  };
  return trigrams ? withTrigramSearch(req.db, query) : query(req.db);
};

/** Records whose email (contacts, leads) or domain (accounts) is the query. */
const identifierRows = async (
  req: SearchRequest,
  kind: SearchKind,
  value: string,
): Promise<SearchRow[]> => {
  const t = SEARCH_TABLES[kind];
  const match =
    t.identifier?.column === "domain" ? sql`domain = ${value}` : sql`lower(email) = ${value}`;
  const { rows } = await sql<SearchRow>`
    select ${rowColumns(t)}
    from ${sql.table(t.table)}
    where ${match}
      and ${readFilterSql(req.filters[kind], t.ownership)}
      and ${accountClause(t, req.accountId)}
    order by lower(name), id
    limit ${req.limit}`.execute(req.db);
  return rows;
};

/** The value to look up by identifier, when the query is one for this kind. */
const identifierQuery = (t: SearchTable, text: string): string | null => {
  if (t.identifier?.column === "email") return looksLikeEmail(text) ? text : null;
  if (t.identifier?.column === "domain") return looksLikeEmail(text) ? null : domainOf(text);
  return null;
};

const companyKey = (name: string, config: Config): string | null => {
  const key = normalizeCompanyName(name, config);
  return key.ok ? key.value : null;
};

const accessTarget = (kind: SearchKind, row: SearchRow): AccessTargetInput => {
  const owned = { id: row.id, ownerId: row.owner_id };
  if (kind === "account")
    return {
      kind,
      record: { ...owned, teamId: row.team_id, previousOwnerIds: row.previous_owner_ids },
    };
  if (kind === "deal") return { kind, record: { id: row.id, ownerId: row.owner_id ?? "" } };
  return { kind, record: { ...owned, previousOwnerIds: row.previous_owner_ids } };
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * The record of `kind` with this id, when the actor may read it (and it is on
 * `accountId`, if given): a person may name a record by its id as well as its name.
 */
export const recordById = async (
  scope: Omit<SearchRequest, "text" | "kinds" | "limit">,
  kind: SearchKind,
  id: string,
  accountId?: string,
): Promise<Candidate | null> => {
  const t = SEARCH_TABLES[kind];
  const { rows } = await sql<SearchRow>`
    select ${rowColumns(t)} from ${sql.table(t.table)}
    where id = ${id} and ${accountClause(t, accountId)}`.execute(scope.db);
  const row = rows[0];
  if (!row) return null;
  const read = accessDecision(
    "read",
    scope.actor,
    accessTarget(kind, row),
    scope.directory,
    scope.config,
  );
  if (!read.allowed) return null;
  return {
    kind,
    id: row.id,
    name: row.name,
    accountId: row.account_id,
    tier: "exact",
    score: 1,
    why: "id",
    target: accessTarget(kind, row),
  };
};

/** Searches one kind: at most two indexed queries (names by prefix, then by trigram or identifier). */
const searchKind = async (req: SearchRequest, kind: SearchKind): Promise<Candidate[]> => {
  const t = SEARCH_TABLES[kind];
  const shown = (field: string) => canSeeField(req.actor, kind, field, req.config);
  const found = new Map<string, Candidate>();
  const add = (row: SearchRow, tier: MatchTier, score: number, why: string) => {
    // The first (best) reason a record matched is the one kept.
    if (found.has(row.id)) return;
    const candidate: Candidate = {
      kind,
      id: row.id,
      name: row.name,
      accountId: row.account_id,
      tier,
      score: round2(score),
      why,
      target: accessTarget(kind, row),
    };
    found.set(row.id, candidate);
  };
  const textPattern = `${escapeLike(req.text)}%`;
  const exactFound = () => [...found.values()].some((candidate) => candidate.tier === "exact");
  // A field hidden from the actor must not be searchable either, or a match would reveal it.
  const key = kind === "account" ? companyKey(req.text, req.config) : null;
  let prefixRowCount = 0;
  if (shown("name")) {
    const base = key !== null && req.text.startsWith(key) ? key : req.text;
    const rows = await prefixRows(req, kind, `${escapeLike(base)}%`, textPattern);
    prefixRowCount = rows.length;
    for (const row of rows) {
      if (row.exact) add(row, "exact", 1, "exact name");
      else if (key !== null && companyKey(row.name, req.config) === key)
        add(row, "exact", 1, "exact name (apart from the legal form)");
      else if (row.starts)
        add(row, "prefix", req.text.length / Math.max(row.name.length, 1), "name starts with");
    }
  }
  const identifier =
    t.identifier && shown(t.identifier.field) ? identifierQuery(t, req.text) : null;
  if (identifier !== null && t.identifier) {
    for (const row of await identifierRows(req, kind, identifier))
      add(row, "identifier", 1, t.identifier.column);
  } else if (shown("name") && prefixRowCount < req.limit && !exactFound()) {
    // An exact name, or a list full of names starting with the query, outranks every
    // similar name; the trigram search (the expensive query) is then not run at all.
    for (const row of await similarRows(req, kind, key ?? req.text, textPattern)) {
      if (row.contains)
        add(row, "contains", req.text.length / Math.max(row.name.length, 1), "name contains");
      else add(row, "similar", row.score, `similar name (${row.score.toFixed(2)})`);
    }
  }
  return [...found.values()];
};

const tierRank = (tier: MatchTier): number => MATCH_TIERS.indexOf(tier);

/** Best first: tier, then score, then shorter and alphabetically earlier names. */
export const byRelevance = (a: Candidate, b: Candidate): number =>
  tierRank(a.tier) - tierRank(b.tier) ||
  b.score - a.score ||
  a.name.length - b.name.length ||
  a.name.localeCompare(b.name) ||
  a.id.localeCompare(b.id);

/**
 * Finds records of `kinds` matching the query, best first, each re-checked with
 * core's read rule.
 *
 * @example await searchRecords({ db, actor, directory, config, filters, text: "acme", kinds: ["account"], limit: 20 })
 * // [{ kind: "account", name: "Acme", tier: "exact", why: "exact name", ... }, ...]
 */
export const searchRecords = async (req: SearchRequest): Promise<Candidate[]> => {
  const found: Candidate[] = [];
  for (const kind of req.kinds) found.push(...(await searchKind(req, kind)));
  return found
    .filter(
      ({ target }) => accessDecision("read", req.actor, target, req.directory, req.config).allowed,
    )
    .sort(byRelevance);
};
