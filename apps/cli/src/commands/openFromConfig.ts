import { type Crm, openCrm } from "@baton/crm";
import type { CliConfig } from "../config";
import { DEFAULT_DATA_DIR } from "./start";

/** The CRM the configuration names: PostgreSQL with DATABASE_URL, else the embedded folder. */
export const openFromConfig = (config: CliConfig, dataDir?: string): Promise<Crm> =>
  config.DATABASE_URL
    ? openCrm({ url: config.DATABASE_URL })
    : openCrm({ dataDir: dataDir ?? config.BATON_DATA_DIR ?? DEFAULT_DATA_DIR });

/** The user an import or export acts as: the one given, or the first admin. */
export const actingUser = async (crm: Crm, as: string | undefined): Promise<string | null> => {
  const rows = await crm.context.store.db
    .selectFrom("users")
    .select(["id", "email", "roles"])
    .where("active", "=", true)
    .orderBy("id")
    .execute();
  const user = as
    ? rows.find((row) => row.id === as || row.email === as.toLowerCase())
    : rows.find((row) => (row.roles as string[]).includes("admin"));
  return user?.id ?? null;
};
