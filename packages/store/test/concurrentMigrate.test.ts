import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openStore } from "../src";

const run = promisify(execFile);
const url = process.env.DATABASE_URL;

describe.runIf(url)("two processes starting at once on one PostgreSQL", () => {
  it("migrate one fresh schema without error, each migration once", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const script = join(import.meta.dirname, "support", "migrateSchema.mjs");
    const outputs = await Promise.all(
      [1, 2, 3].map(() => run(process.execPath, [script, url as string, schema])),
    );
    expect(outputs.map((o) => o.stdout.trim())).toEqual(["migrated", "migrated", "migrated"]);
    const store = await openStore({ url: url as string, schema, migrate: false });
    try {
      const rows = await sql<{
        name: string;
      }>`select name from ${sql.id(schema, "kysely_migration")}`.execute(store.db);
      const names = rows.rows.map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain("0001_initial");
    } finally {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    }
  }, 60_000);
});
