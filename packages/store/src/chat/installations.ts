import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

/** Which installation: platform plus the workspace (and enterprise, for Slack Enterprise Grid). */
export type InstallationKey = {
  readonly platform: string;
  readonly enterpriseId?: string | null;
  readonly teamId?: string | null;
};

const keyOf = (key: InstallationKey) => ({
  platform: key.platform,
  enterprise_id: key.enterpriseId ?? "",
  team_id: key.teamId ?? "",
});

/** Saves an OAuth installation (e.g. Bolt's `Installation` object), replacing an earlier one. */
export const saveInstallation = async (
  db: Db,
  key: InstallationKey,
  installation: unknown,
  now: Date = new Date(),
): Promise<void> => {
  const value = JSON.stringify(installation);
  await db
    .insertInto("installations")
    .values({ ...keyOf(key), installation: value, updated_at: now })
    .onConflict((c) =>
      c
        .columns(["platform", "enterprise_id", "team_id"])
        .doUpdateSet({ installation: value, updated_at: now }),
    )
    .execute();
};

/** The stored installation, or `null`. */
export const findInstallation = async (db: Db, key: InstallationKey): Promise<unknown | null> => {
  const k = keyOf(key);
  const row = await db
    .selectFrom("installations")
    .select("installation")
    .where("platform", "=", k.platform)
    .where("enterprise_id", "=", k.enterprise_id)
    .where("team_id", "=", k.team_id)
    .executeTakeFirst();
  return row?.installation ?? null;
};

/** Forgets an installation (the app was uninstalled); true when there was one. */
export const deleteInstallation = async (db: Db, key: InstallationKey): Promise<boolean> => {
  const k = keyOf(key);
  const result = await db
    .deleteFrom("installations")
    .where("platform", "=", k.platform)
    .where("enterprise_id", "=", k.enterprise_id)
    .where("team_id", "=", k.team_id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};
