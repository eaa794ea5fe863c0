import { type Kysely, Migrator, sql } from "kysely";
import { MIGRATIONS } from "./migrations";

/**
 * Brings `schema` up to the latest migration. A session advisory lock makes a
 * second process that starts at the same moment wait and then find nothing to do,
 * instead of racing to create the same tables.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run on any database type
export const migrateToLatest = async (db: Kysely<any>, schema: string): Promise<void> => {
  await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext(${`baton.migrate.${schema}`}))`.execute(connection);
    try {
      await sql`create extension if not exists pg_trgm with schema public`.execute(connection);
      await sql`create schema if not exists ${sql.id(schema)}`.execute(connection);
      const migrator = new Migrator({
        db: connection,
        provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
        migrationTableSchema: schema,
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
        throw new Error(
          `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
          {
            cause: error,
          },
        );
      }
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${`baton.migrate.${schema}`}))`.execute(
        connection,
      );
    }
  });
};
