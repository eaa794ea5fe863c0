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
import { ownRecordsOnly, type ReadFilter, readFilterSql } from "./readFilter";
import { SEARCH_TABLES, type SearchKind, type SearchTable } from "./searchKinds";
import { domainOf, escapeLike, hasIndexedPiece, looksLikeEmail } from "./searchText";

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
const prefixQuery = (
  req: SearchRequest,
  kind: SearchKind,
  pattern: string,
  textPattern: string,
): RawBuilder<PrefixRow> => {
  const t = SEARCH_TABLES[kind];
  return sql<PrefixRow>`
    select ${kind}::text as kind, p.*, lower(p.name) = ${req.text} as exact, lower(p.name) like ${textPattern} as starts
    from (
      select ${rowColumns(t)} from ${sql.table(t.table)}
      where lower(name) like ${pattern}
        and ${readFilterSql(req.filters[kind], t.ownership)}
        and ${accountClause(t, req.accountId)}
      order by lower(name) using ~<~
      limit ${MAX_PREFIX_CANDIDATES}
    ) p
    order by exact desc, length(p.name), lower(p.name), p.id
    limit ${req.limit}`;
};

type PrefixRow = SearchRow & { kind: SearchKind; exact: boolean; starts: boolean };
type SimilarRow = SearchRow & { kind: SearchKind; score: number; contains: boolean };

/**
 * Runs one query per kind as a single statement (`union all`): a search is a
 * handful of cheap indexed reads, so round trips, not the reads, were most of its time.
 */
const runTogether = async <R>(db: Kysely<Database>, queries: RawBuilder<R>[]): Promise<R[]> => {
  if (queries.length === 0) return [];
  const { rows } = await sql<R>`${sql.join(
    queries.map((query) => sql`(${query})`),
    sql` union all `,
  )}`.execute(db);
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
 * Runs a whole search (every kind) in one transaction with the trigram
 * threshold set and sequential scans off for its statements only
 * (`set_config(…, true)` lasts to the end of the transaction). Without the
 * latter, the candidate `limit` makes the planner expect an early stop and scan
 * the whole table, computing word similarity for every row instead of using the
 * GIN indexes. One transaction for all kinds keeps a search to one set-up.
 */
const withTrigramSearch = async <T>(
  db: Kysely<Database>,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> => {
  const setUp = (tx: Kysely<Database>) =>
    sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SIMILAR_NAME_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`.execute(
      tx,
    );
  if (!db.isTransaction)
    return db.transaction().execute(async (tx) => {
      await setUp(tx);
      return work(tx);
    });
  await setUp(db);
  const result = await work(db);
  // Inside a caller's write, give its later statements the planner back as it was.
  await sql`select set_config('enable_seqscan', 'on', true)`.execute(db);
  return result;
};

/**
 * Names similar to the query by trigram word similarity (`<%`, the `_name_trgm`
 * index), and for queries beyond ASCII also names containing it; prefix
 * matches are left to `prefixRows`. `text` is the query, for companies without
 * its legal form (a "GmbH" shared by thousands of names says nothing about which).
 */
const similarQuery = (
  req: SearchRequest,
  kind: SearchKind,
  text: string,
  textPattern: string,
): RawBuilder<SimilarRow> | null => {
  const t = SEARCH_TABLES[kind];
  const probe = similarityProbe(text);
  const trigrams = probe.length >= MIN_TRIGRAM_QUERY;
  // A single character beyond ASCII has no indexed piece and says too little: it is left to the prefix search.
  const containsPattern = hasIndexedPiece(text) ? `%${escapeLike(text)}%` : null;
  if (!trigrams && containsPattern === null) return null;
  const contains = (column: RawBuilder<unknown>) =>
    containsPattern === null ? sql`false` : sql`lower(${column}) like ${containsPattern}`;
  const filter = req.filters[kind];
  const candidates =
    containsPattern !== null && ownRecordsOnly(filter)
      ? // Someone who reads only their own records has a few hundred: reading those first
        // (the ownership indexes) and checking `like` in memory beats the piece index,
        // whose common pieces ("集团", "股份") match tens of thousands of names.
        sql`
        with readable as materialized (
          select ${rowColumns(t)} from ${sql.table(t.table)}
          where ${readFilterSql(filter, t.ownership)} and ${accountClause(t, req.accountId)}
        )
        select * from readable
        where ${contains(sql`name`)} and not (lower(name) like ${textPattern})
        limit ${MAX_SIMILAR_CANDIDATES}`
      : sql`
        select ${rowColumns(t)} from ${sql.table(t.table)}
        where (${trigrams ? sql`${probe} <% lower(name)` : sql`false`} or ${
          containsPattern === null
            ? sql`false`
            : sql`(baton_name_bigrams(lower(name)) @> baton_name_bigrams(${text}) and ${contains(sql`name`)})`
        })
          and not (lower(name) like ${textPattern})
          and ${readFilterSql(filter, t.ownership)}
          and ${accountClause(t, req.accountId)}
        limit ${MAX_SIMILAR_CANDIDATES}`;
  return sql<SimilarRow>`
    select ${kind}::text as kind, c.*, word_similarity(${probe}, lower(c.name)) as score, ${contains(sql`c.name`)} as contains
    from (${candidates}) c
    order by contains desc, score desc, lower(c.name), c.id
    limit ${req.limit}`;
};

/** Words of a query compared by trigram similarity; see `similarityProbe`. */
const SIMILARITY_PROBE_WORDS = 3;

/**
 * The part of a query compared by trigram similarity: its first three words.
 * A whole company name has dozens of trigrams, each a posting list the index
 * must merge (18 ms for one name at 100,000 accounts, 5 ms for three words);
 * three words already single out a name, and a longer query that matches
 * exactly or by prefix is found before this step.
 *
 * @example similarityProbe("tianjin huifeng huaxin manufacturing group") // "tianjin huifeng huaxin"
 */
export const similarityProbe = (text: string): string =>
  text.split(" ").slice(0, SIMILARITY_PROBE_WORDS).join(" ");

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

/** What one kind's search has found so far, best reason first. */
type KindFindings = {
  readonly kind: SearchKind;
  readonly found: Map<string, Candidate>;
  /** The query compared for this kind: for companies, without its legal form. */
  readonly key: string | null;
  readonly shown: (field: string) => boolean;
  prefixRowCount: number;
};

const addFinding = (
  findings: KindFindings,
  row: SearchRow,
  tier: MatchTier,
  score: number,
  why: string,
): void => {
  // The first (best) reason a record matched is the one kept.
  if (findings.found.has(row.id)) return;
  findings.found.set(row.id, {
    kind: findings.kind,
    id: row.id,
    name: row.name,
    accountId: row.account_id,
    tier,
    score: round2(score),
    why,
    target: accessTarget(findings.kind, row),
  });
};

/**
 * Searches every kind in at most two statements (names by prefix, then by
 * trigram for the kinds that still need it), plus one per kind for an email or
 * domain query.
 */
const searchKinds = async (req: SearchRequest): Promise<Candidate[]> => {
  const textPattern = `${escapeLike(req.text)}%`;
  const all = req.kinds.map(
    (kind): KindFindings => ({
      kind,
      found: new Map(),
      key: kind === "account" ? companyKey(req.text, req.config) : null,
      // A field hidden from the actor must not be searchable either, or a match would reveal it.
      shown: (field) => canSeeField(req.actor, kind, field, req.config),
      prefixRowCount: 0,
    }),
  );
  const byKind = new Map(all.map((findings) => [findings.kind, findings]));

  const named = all.filter((findings) => findings.shown("name"));
  const prefixRows = await runTogether(
    req.db,
    named.map(({ kind, key }) => {
      const base = key !== null && req.text.startsWith(key) ? key : req.text;
      return prefixQuery(req, kind, `${escapeLike(base)}%`, textPattern);
    }),
  );
  for (const row of prefixRows) {
    const findings = byKind.get(row.kind);
    if (!findings) continue;
    findings.prefixRowCount += 1;
    if (row.exact) addFinding(findings, row, "exact", 1, "exact name");
    else if (findings.key !== null && companyKey(row.name, req.config) === findings.key)
      addFinding(findings, row, "exact", 1, "exact name (apart from the legal form)");
    else if (row.starts)
      addFinding(
        findings,
        row,
        "prefix",
        req.text.length / Math.max(row.name.length, 1),
        "name starts with",
      );
  }

  const similar: RawBuilder<SimilarRow>[] = [];
  for (const findings of all) {
    const t = SEARCH_TABLES[findings.kind];
    const identifier =
      t.identifier && findings.shown(t.identifier.field) ? identifierQuery(t, req.text) : null;
    const exactFound = [...findings.found.values()].some((c) => c.tier === "exact");
    if (identifier !== null && t.identifier) {
      for (const row of await identifierRows(req, findings.kind, identifier))
        addFinding(findings, row, "identifier", 1, t.identifier.column);
    } else if (findings.shown("name") && findings.prefixRowCount < req.limit && !exactFound) {
      // An exact name, or a list full of names starting with the query, outranks every
      // similar name; the trigram search (the expensive query) is then not run at all.
      const query = similarQuery(req, findings.kind, findings.key ?? req.text, textPattern);
      if (query) similar.push(query);
    }
  }
  for (const row of await runTogether(req.db, similar)) {
    const findings = byKind.get(row.kind);
    if (!findings) continue;
    if (row.contains)
      addFinding(
        findings,
        row,
        "contains",
        req.text.length / Math.max(row.name.length, 1),
        "name contains",
      );
    else addFinding(findings, row, "similar", row.score, `similar name (${row.score.toFixed(2)})`);
  }
  return all.flatMap((findings) => [...findings.found.values()]);
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
  const found = await withTrigramSearch(req.db, (db) => searchKinds({ ...req, db }));
  return found
    .filter(
      ({ target }) => accessDecision("read", req.actor, target, req.directory, req.config).allowed,
    )
    .sort(byRelevance);
};
