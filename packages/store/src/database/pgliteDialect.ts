import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";

/**
 * A Kysely dialect over one PGlite instance. PGlite is a single connection, so a
 * transaction must own it from BEGIN to COMMIT: connections are handed out one
 * at a time through a queue shared by every store on the same instance. Each
 * store may live in its own schema; its `search_path` is set when it takes the
 * connection and the previous holder had another one.
 */
export const pgliteDialect = (pglite: PGlite, searchPath: string): Dialect => ({
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => new PGliteDriver(pglite, searchPath),
  createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
  createQueryCompiler: () => new PostgresQueryCompiler(),
});

type Turnstile = { tail: Promise<void>; searchPath: string | null };
const turnstiles = new WeakMap<PGlite, Turnstile>();

const turnstileOf = (pglite: PGlite): Turnstile => {
  let turnstile = turnstiles.get(pglite);
  if (!turnstile) {
    turnstile = { tail: Promise.resolve(), searchPath: null };
    turnstiles.set(pglite, turnstile);
  }
  return turnstile;
};

class PGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  readonly #turnstile: Turnstile;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(
    private readonly pglite: PGlite,
    private readonly searchPath: string,
  ) {
    this.#connection = new PGliteConnection(pglite);
    this.#turnstile = turnstileOf(pglite);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const turnstile = this.#turnstile;
    const previous = turnstile.tail;
    let release = (): void => {};
    turnstile.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    if (turnstile.searchPath !== this.searchPath) {
      try {
        await this.pglite.exec(`set search_path to ${this.searchPath}`);
      } catch (error) {
        release();
        throw error;
      }
      turnstile.searchPath = this.searchPath;
    }
    // One connection object is shared; the turnstile guarantees one holder at a time.
    this.#releases.set(this.#connection, release);
    return this.#connection;
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : "";
    await connection.executeQuery(CompiledQuery.raw(`begin${isolation}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(connection);
    this.#releases.delete(connection);
    release?.();
  }

  /** The PGlite instance belongs to whoever opened it; the store closes it, not Kysely. */
  async destroy(): Promise<void> {}
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiled.sql, compiled.parameters as unknown[], {
      rowMode: "object",
    });
    const affected = result.affectedRows;
    return affected === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors; streaming is refused, not faked.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite does not stream query results; use a paginated query");
  }
}
