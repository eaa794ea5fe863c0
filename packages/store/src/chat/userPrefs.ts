import { Locale, TimeZone } from "@baton/core";
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../schema/database";

type Db = Kysely<Database> | Transaction<Database>;

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time such as '18:30'");

/** How a user wants Baton to reach them. `null` fields fall back to their user record. */
export const UserPrefs = z.object({
  channel: z.enum(["slack", "teams", "cli"]).nullable().default(null),
  locale: Locale.nullable().default(null),
  timeZone: TimeZone.nullable().default(null),
  /** Quiet hours in the user's zone; both set or both null. */
  quietHours: z.object({ start: ClockTime, end: ClockTime }).nullable().default(null),
  digestEnabled: z.boolean().default(true),
});
export type UserPrefs = z.infer<typeof UserPrefs>;
export type UserPrefsInput = z.input<typeof UserPrefs>;

/** The user's preferences, or the defaults when they never set any. */
export const userPrefs = async (db: Db, userId: string): Promise<UserPrefs> => {
  const row = await db
    .selectFrom("user_prefs")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return UserPrefs.parse({});
  return {
    channel: row.channel as UserPrefs["channel"],
    locale: row.locale as UserPrefs["locale"],
    timeZone: row.time_zone,
    quietHours:
      row.quiet_hours_start && row.quiet_hours_end
        ? { start: row.quiet_hours_start, end: row.quiet_hours_end }
        : null,
    digestEnabled: row.digest_enabled,
  };
};

/**
 * Changes some preferences, keeping the rest. Invalid values are refused with
 * zod's issues (naming the field), and nothing is saved.
 *
 * @example await saveUserPrefs(db, "user-ada", { locale: "zh-CN" })
 */
export const saveUserPrefs = async (
  db: Db,
  userId: string,
  changes: Partial<UserPrefsInput>,
  now: Date = new Date(),
): Promise<{ ok: true; value: UserPrefs } | { ok: false; error: z.ZodError }> => {
  const current = await userPrefs(db, userId);
  const parsed = UserPrefs.safeParse({ ...current, ...changes });
  if (!parsed.success) return { ok: false, error: parsed.error };
  const prefs = parsed.data;
  const row = {
    channel: prefs.channel,
    locale: prefs.locale,
    time_zone: prefs.timeZone,
    quiet_hours_start: prefs.quietHours?.start ?? null,
    quiet_hours_end: prefs.quietHours?.end ?? null,
    digest_enabled: prefs.digestEnabled,
    updated_at: now,
  };
  await db
    .insertInto("user_prefs")
    .values({ user_id: userId, ...row })
    .onConflict((c) => c.column("user_id").doUpdateSet(row))
    .execute();
  return { ok: true, value: prefs };
};
