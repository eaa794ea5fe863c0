import { err, ok, type Result } from "@baton/core";
import type { Database } from "@baton/store";
import {
  accountToRow,
  activityToRow,
  contactToRow,
  dealToRow,
  isUnavailable,
  leadToRow,
  teamToRow,
  userToRow,
} from "@baton/store";
import type { Kysely } from "kysely";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import type { DemoData } from "./generateDemoData";

export const DEMO_TABLES = [
  "teams",
  "users",
  "accounts",
  "contacts",
  "leads",
  "deals",
  "deal_stage_history",
  "activities",
] as const;
export type DemoTable = (typeof DEMO_TABLES)[number];

/** How far a load is: rows of `table` written so far, of `total`. */
export type DemoLoadProgress = {
  readonly table: DemoTable;
  readonly written: number;
  readonly total: number;
};

/** What a load wrote and how long it took. */
export type DemoLoadSummary = {
  readonly rows: Readonly<Record<DemoTable, number>>;
  readonly ms: number;
  readonly driver: "pglite" | "postgres";
};

export type LoadDemoOptions = {
  readonly onProgress?: (progress: DemoLoadProgress) => void;
  /** Rows per INSERT statement (default 1,000, at most 2,500; each statement commits on its own). */
  readonly batchSize?: number;
  /** Load only these tables (a search benchmark needs only accounts); default all. */
  readonly tables?: readonly DemoTable[];
};

type Inserted = { readonly ids: ReadonlySet<string>; readonly count: number };

/** Rows per statement at most: PostgreSQL binds at most 65,535 parameters, and a lead row has 22. */
const MAX_ROWS = 2_500;

/** Statements per transaction: one commit per 50,000 rows or so costs a quarter less than one per statement. */
const STATEMENTS_PER_COMMIT = 50;

/**
 * Writes `rows` `size` at a time with `write` (which returns the ids of the
 * rows it wrote), committing every `STATEMENTS_PER_COMMIT` statements.
 */
const inBatches = async <R>(
  db: Kysely<Database>,
  rows: readonly R[],
  size: number,
  progress: (written: number) => void,
  write: (
    exec: Kysely<Database>,
    chunk: R[],
  ) => Promise<readonly { readonly id: string | number }[]>,
): Promise<Inserted> => {
  const ids = new Set<string>();
  const step = size * STATEMENTS_PER_COMMIT;
  for (let from = 0; from < rows.length; from += step) {
    await db.transaction().execute(async (tx) => {
      for (let start = from; start < Math.min(from + step, rows.length); start += size) {
        for (const row of await write(tx, rows.slice(start, start + size))) ids.add(String(row.id));
        progress(Math.min(start + size, rows.length));
      }
    });
  }
  return { ids, count: ids.size };
};

/**
 * Writes generated demo data into a CRM's database through the store's row
 * mappers, in multi-row INSERTs of `batchSize`, table by table (teams and
 * people first, activities last), telling `onProgress` after each statement.
 * It is seed data, as if the CRM had always held it: no history rows and no
 * events (which would wake notification jobs for every record). Loading the
 * same data twice writes it once: rows whose id exists are skipped.
 *
 * @example await loadDemoData(crm, generateDemoData({ seed: 1, now }).value, { onProgress: console.log })
 */
export const loadDemoData = async (
  crm: { readonly context: CrmContext },
  data: DemoData,
  options: LoadDemoOptions = {},
): Promise<Result<DemoLoadSummary, CrmError>> => {
  const started = performance.now();
  const { db, driver } = crm.context.store;
  const size = Math.max(1, Math.min(options.batchSize ?? 1_000, MAX_ROWS));
  const wanted = new Set<DemoTable>(options.tables ?? DEMO_TABLES);
  const only = <T>(table: DemoTable, rows: readonly T[]): readonly T[] =>
    wanted.has(table) ? rows : [];
  const report = (table: DemoTable, total: number) => (written: number) =>
    options.onProgress?.({ table, written, total });
  const now = data.now;
  try {
    const tasks = new Map(data.tasks.map((t) => [t.activityId, t]));
    const teams = await inBatches(
      db,
      only("teams", data.teams).map(teamToRow),
      size,
      report("teams", data.teams.length),
      (exec, chunk) =>
        exec
          .insertInto("teams")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    const users = await inBatches(
      db,
      only("users", data.users).map((u) => userToRow(u, now)),
      size,
      report("users", data.users.length),
      (exec, chunk) =>
        exec
          .insertInto("users")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    const accounts = await inBatches(
      db,
      only("accounts", data.accounts).map((a) => accountToRow(a, now)),
      size,
      report("accounts", data.accounts.length),
      (exec, chunk) =>
        exec
          .insertInto("accounts")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    const contacts = await inBatches(
      db,
      only("contacts", data.contacts).map((c) => contactToRow(c, now)),
      size,
      report("contacts", data.contacts.length),
      (exec, chunk) =>
        exec
          .insertInto("contacts")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    const leads = await inBatches(
      db,
      only("leads", data.leads).map((l) => leadToRow(l, now)),
      size,
      report("leads", data.leads.length),
      (exec, chunk) =>
        exec
          .insertInto("leads")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    const deals = await inBatches(
      db,
      only("deals", data.deals).map((d) => dealToRow(d, now)),
      size,
      report("deals", data.deals.length),
      (exec, chunk) =>
        exec
          .insertInto("deals")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    // History only for deals this load wrote, so loading twice does not double it.
    const stageRows = only("deal_stage_history", data.deals)
      .filter((d) => deals.ids.has(d.id))
      .flatMap((d) =>
        d.stageHistory.map((h) => ({ deal_id: d.id, stage: h.stage, at: h.at, by_user_id: h.by })),
      );
    const history = await inBatches(
      db,
      stageRows,
      size,
      report("deal_stage_history", stageRows.length),
      (exec, chunk) =>
        exec.insertInto("deal_stage_history").values(chunk).returning("id").execute(),
    );
    const activities = await inBatches(
      db,
      only("activities", data.activities).map((a) => {
        const task = tasks.get(a.id);
        return {
          ...activityToRow(a),
          created_at: a.occurredAt,
          due_at: task?.dueAt ?? null,
          completed_at: task?.completedAt ?? null,
          follows_activity_id: task?.followsActivityId ?? null,
        };
      }),
      size,
      report("activities", data.activities.length),
      (exec, chunk) =>
        exec
          .insertInto("activities")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning("id")
          .execute(),
    );
    return ok({
      rows: {
        teams: teams.count,
        users: users.count,
        accounts: accounts.count,
        contacts: contacts.count,
        leads: leads.count,
        deals: deals.count,
        deal_stage_history: history.count,
        activities: activities.count,
      },
      ms: Math.round(performance.now() - started),
      driver,
    });
  } catch (error) {
    if (isUnavailable(error))
      return err(
        crmError(
          "unavailable",
          "The database cannot be reached right now; load the demo data again when it is back.",
        ),
      );
    return err(
      crmError(
        "invalid_input",
        `The demo data could not be written (${error instanceof Error ? error.message : String(error)}); generate it with generateDemoData.`,
      ),
    );
  }
};
