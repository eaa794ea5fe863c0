import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../schema/database";
import { migrateToLatest } from "../schema/migrate";
import { DEFAULT_DATA_DIR, ensureDataFolder, lockDataFolder } from "./dataFolder";
import { pgliteDialect } from "./pgliteDialect";
import { withScopedIntrospection } from "./scopedIntrospector";
import { isUnavailable, StoreError } from "./storeError";

export type StoreOptions = {
  /** A PostgreSQL URL (`postgres://…`). Without one, Baton runs on embedded PGlite. */
  url?: string;
  /** The PGlite folder (default `./.baton/data`); `"memory"` keeps the database in memory. */
  dataDir?: string;
  /** An open PGlite to use instead of a folder (tests share one per file). The caller closes it. */
  pglite?: PGlite;
  /** Keep every table in this schema, created when missing: an isolated test or tenant. Default `public`. */
  schema?: string;
  /** Most PostgreSQL connections this process opens (default 10). */
  poolSize?: number;
  /** Bring the schema up to date on open (default true). Safe when several processes start at once. */
  migrate?: boolean;
  /** On SIGINT/SIGTERM, close an embedded folder cleanly before exiting (default true). */
  closeOnSignal?: boolean;
};

/** An open database: the Kysely handle, which driver it is on, and how to close it. */
export type Store = {
  readonly db: Kysely<Database>;
  readonly driver: "pglite" | "postgres";
  readonly schema: string;
  close(): Promise<void>;
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens Baton's database: PostgreSQL when `url` is given, else embedded PGlite in
 * `dataDir`, migrated to the latest schema. Throws a `StoreError` whose message
 * says what to do when the folder is in use, unreadable, or the server is down.
 *
 * @example const store = await openStore(); // ./.baton/data, embedded
 */
export const openStore = async (options: StoreOptions = {}): Promise<Store> => {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError("unreadable", `'${schema}' is not a usable schema name (a-z, 0-9, _).`);
  }
  const searchPath = schema === "public" ? "public" : `"${schema}",public`;
  const store = options.url
    ? await openPostgres(options.url, searchPath, schema, options.poolSize ?? 10)
    : await openPglite(options, searchPath, schema);
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(store.db, schema);
    } catch (error) {
      await store.close();
      if (isUnavailable(error)) throw unavailable(error);
      throw error instanceof StoreError
        ? error
        : new StoreError(
            "migration_failed",
            `Could not bring the database schema up to date: ${messageOf(error)}`,
            {
              cause: error,
            },
          );
    }
  }
  return store;
};

const openPostgres = async (
  url: string,
  searchPath: string,
  schema: string,
  poolSize: number,
): Promise<Store> => {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    options: `-c search_path=${searchPath}`,
    types: { getTypeParser: typeParser },
  });
  // A server restart or a dropped connection errors clients, idle or checked out; an
  // 'error' event without a listener would end the process. The failed query itself
  // still rejects, and the use case reports `unavailable`.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw isUnavailable(error) ? unavailable(error) : error;
  }
  const db = new Kysely<Database>({
    dialect: withScopedIntrospection(new PostgresDialect({ pool }), schema),
  });
  return { db, driver: "postgres", schema, close: () => db.destroy() };
};

/** bigint (money in minor units, counts) as a JS number; everything else as `pg` reads it. */
const typeParser = ((oid: number, format?: string) =>
  oid === 20
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser;

const EXTENSIONS = { pg_trgm };

const openPglite = async (
  options: StoreOptions,
  searchPath: string,
  schema: string,
): Promise<Store> => {
  if (options.pglite) {
    const db = new Kysely<Database>({
      dialect: withScopedIntrospection(pgliteDialect(options.pglite, searchPath), schema),
    });
    return { db, driver: "pglite", schema, close: () => db.destroy() };
  }
  const folder = options.dataDir ?? DEFAULT_DATA_DIR;
  if (folder === "memory") {
    const pglite = await PGlite.create({ extensions: EXTENSIONS });
    const db = new Kysely<Database>({
      dialect: withScopedIntrospection(pgliteDialect(pglite, searchPath), schema),
    });
    return {
      db,
      driver: "pglite",
      schema,
      close: async () => {
        await db.destroy();
        await pglite.close();
      },
    };
  }
  const release = lockDataFolder(folder);
  let pglite: PGlite;
  try {
    await ensureDataFolder(folder, async (temporary) => {
      const fresh = await PGlite.create(temporary, { extensions: EXTENSIONS });
      await fresh.close();
    });
    pglite = await PGlite.create(folder, { extensions: EXTENSIONS });
  } catch (error) {
    release();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      "unreadable",
      `Could not open the Baton database in ${folder}: ${messageOf(error)}. ` +
        `Nothing was deleted. If a Baton process was killed while writing, move the folder aside ` +
        `and start again to get a new one, or restore it from a backup.`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({
    dialect: withScopedIntrospection(pgliteDialect(pglite, searchPath), schema),
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      process.off("exit", release);
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        release();
      }
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void close().finally(() => process.kill(process.pid, signal));
  };
  process.on("exit", release);
  if (options.closeOnSignal ?? true) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  return { db, driver: "pglite", schema, close };
};

const unavailable = (error: unknown): StoreError =>
  new StoreError(
    "unavailable",
    `The database cannot be reached (${messageOf(error)}). Check that it is running and DATABASE_URL is right.`,
    { cause: error },
  );

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
