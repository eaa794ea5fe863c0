import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "kysely";
import { openStore, type Store } from "../database/openStore";

/** A database a test suite runs against; `open()` gives each test its own fresh schema. */
export type TestDriver = {
  readonly name: "pglite" | "postgres";
  /** A new, migrated, empty schema; closing the store drops it. */
  open(): Promise<Store>;
};

/**
 * The drivers to run an integration suite on: PGlite always, and the PostgreSQL
 * server too when `DATABASE_URL` is set (CI sets it).
 *
 * @example describe.each(testDrivers())("on $name", (driver) => { ... })
 */
export const testDrivers = (env: { DATABASE_URL?: string } = process.env): TestDriver[] => {
  const url = env.DATABASE_URL;
  return url ? [pgliteDriver, postgresDriver(url)] : [pgliteDriver];
};

const schemaName = (): string => `t_${randomBytes(6).toString("hex")}`;

const withDroppedSchema = (store: Store): Store => ({
  ...store,
  close: async () => {
    try {
      await sql`drop schema if exists ${sql.id(store.schema)} cascade`.execute(store.db);
    } finally {
      await store.close();
    }
  },
});

const postgresDriver = (url: string): TestDriver => ({
  name: "postgres",
  open: async () => withDroppedSchema(await openStore({ url, schema: schemaName(), poolSize: 12 })),
});

let shared: Promise<PGlite> | undefined;

/** One in-memory PGlite per test file, started from a cached initdb image (~1.7 s instead of ~5 s). */
const sharedPglite = (): Promise<PGlite> => {
  shared ??= (async () => {
    const image = await templateImage();
    return PGlite.create({ loadDataDir: new Blob([image]), extensions: { pg_trgm } });
  })();
  return shared;
};

const pgliteDriver: TestDriver = {
  name: "pglite",
  open: async () =>
    withDroppedSchema(await openStore({ pglite: await sharedPglite(), schema: schemaName() })),
};

const templateImage = async (): Promise<Uint8Array> => {
  const { version } = JSON.parse(
    await readFile(
      join(
        dirname(fileURLToPath(import.meta.resolve("@electric-sql/pglite"))),
        "..",
        "package.json",
      ),
      "utf8",
    ),
  ) as { version: string };
  const path = join(tmpdir(), `baton-pglite-template-${version}.tar`);
  if (existsSync(path)) return new Uint8Array(await readFile(path));
  const fresh = await PGlite.create({ extensions: { pg_trgm } });
  await fresh.exec("create extension if not exists pg_trgm");
  const dump = await fresh.dumpDataDir("none");
  await fresh.close();
  const bytes = new Uint8Array(await dump.arrayBuffer());
  // Write then rename, so a parallel test file never reads half an image.
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, path);
  return bytes;
};
