import type { Role } from "@baton/core";
import { type Crm, generateDemoData, loadDemoData } from "@baton/crm";
import { linkChatIdentity } from "@baton/store";
import type { Progress } from "./terminal/progress";

/** The seed of the demo company: everyone who runs `baton start` meets the same people. */
export const DEMO_SEED = 2026;
/** Small enough to load in seconds, big enough to look like a real sales team. */
export const DEMO_ACCOUNTS = 200;

/** True when the database has no users yet: a first run. */
export const isEmpty = async (crm: Crm): Promise<boolean> => {
  const row = await crm.context.store.db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
};

/**
 * Loads the seeded demo company (a quarter of history up to now), reporting progress.
 *
 * @example await loadDemo(crm, progressBar(process.stderr))
 */
export const loadDemo = async (crm: Crm, progress: Progress): Promise<void> => {
  const data = generateDemoData({
    seed: DEMO_SEED,
    accounts: DEMO_ACCOUNTS,
    now: crm.context.clock(),
  });
  if (!data.ok) throw new Error(data.error.message);
  const loaded = await loadDemoData(crm, data.value, {
    onProgress: ({ table, written, total }) => progress.update(table, written, total),
  });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const rows = Object.values(loaded.value.rows).reduce((sum, n) => sum + n, 0);
  progress.finish(
    `Demo company loaded: ${rows.toLocaleString("en")} rows in ${(loaded.value.ms / 1000).toFixed(1)} s.`,
  );
};

/** The person to play: the first active user with the role, by id (the same one every run). */
export const userWithRole = async (
  crm: Crm,
  role: Role,
): Promise<{ id: string; name: string } | null> => {
  const rows = await crm.context.store.db
    .selectFrom("users")
    .select(["id", "name", "roles"])
    .where("active", "=", true)
    .orderBy("id")
    .execute();
  const user = rows.find((row) => (row.roles as string[]).includes(role));
  return user ? { id: user.id, name: user.name } : null;
};

/** Links the terminal's chat account to `userId`: whoever runs the CLI on this machine acts as them. */
export const linkTerminal = (crm: Crm, userId: string) =>
  linkChatIdentity(crm.context.store.db, {
    platform: "cli",
    tenantId: "local",
    externalUserId: userId,
    userId,
    verifiedBy: "local_terminal",
  });

/** A few accounts the user owns, to name in the welcome so the first command works. */
export const ownAccounts = async (crm: Crm, userId: string, count: number): Promise<string[]> => {
  const rows = await crm.context.store.db
    .selectFrom("accounts")
    .select("name")
    .where("owner_id", "=", userId)
    .orderBy("name")
    .limit(count)
    .execute();
  return rows.map((row) => row.name);
};
