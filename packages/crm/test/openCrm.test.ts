import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openCrm } from "../src";

const run = promisify(execFile);
const script = join(import.meta.dirname, "support", "openDefaultCrm.mjs");

describe("opening a CRM", () => {
  const folder = mkdtempSync(join(tmpdir(), "baton-open-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("with no arguments keeps an embedded database in ./.baton/data and finds it again next time", async () => {
    const first = await run(process.execPath, [script], { cwd: folder });
    expect(JSON.parse(first.stdout)).toEqual({ driver: "pglite", ok: true, names: ["Ada"] });
    expect(existsSync(join(folder, ".baton", "data", "PG_VERSION"))).toBe(true);
    expect(existsSync(join(folder, ".baton", "data.lock"))).toBe(false);

    const second = await run(process.execPath, [script], { cwd: folder });
    expect(JSON.parse(second.stdout)).toEqual({ driver: "pglite", ok: true, names: ["Ada"] });
  }, 60_000);

  it.runIf(process.env.DATABASE_URL)(
    "with a PostgreSQL URL works the same on the server",
    async () => {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      const crm = await openCrm({ url: process.env.DATABASE_URL as string, schema });
      try {
        expect(crm.context.store.driver).toBe("postgres");
        expect((await crm.upsertUsers([{ id: "u1", name: "Ada", roles: ["rep"] }])).ok).toBe(true);
      } finally {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(crm.context.store.db);
        await crm.close();
      }
    },
  );
});
