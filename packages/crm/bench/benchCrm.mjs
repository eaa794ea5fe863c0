// Opens a CRM for a benchmark on each driver: PGlite in a temporary folder (the
// default deployment) and, when DATABASE_URL is set, PostgreSQL in a fresh schema.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCrm } from "@baton/crm";
import { sql } from "kysely";

export const benchDrivers = () => {
  const drivers = [
    {
      name: "pglite",
      open: async () => {
        const folder = mkdtempSync(join(tmpdir(), "baton-bench-"));
        const crm = await openCrm({ dataDir: join(folder, "data"), closeOnSignal: false });
        return {
          crm,
          dispose: async () => {
            await crm.close();
            rmSync(folder, { recursive: true, force: true });
          },
        };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    drivers.push({
      name: "postgres",
      open: async () => {
        const schema = `bench_${randomBytes(5).toString("hex")}`;
        const crm = await openCrm({ url, schema, poolSize: 10 });
        return {
          crm,
          dispose: async () => {
            await sql`drop schema ${sql.id(schema)} cascade`.execute(crm.context.store.db);
            await crm.close();
          },
        };
      },
    });
  }
  return drivers;
};

export const machine = async () => {
  const os = await import("node:os");
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
};
