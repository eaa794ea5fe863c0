import type { Locale } from "@baton/core";
import type { Crm } from "@baton/crm";
import { userPrefs } from "@baton/store";
import { pickLocale } from "../i18n/pickLocale";

/**
 * A person as something Baton sends unasked needs them: name, language and
 * time zone (their preferences first, then their user record).
 *
 * @example await readerOf(crm, "user-eve") // { name: "Eve Chen", locale: "zh-CN", timeZone: "Asia/Shanghai" }
 */
export const readerOf = async (
  crm: Crm,
  userId: string,
): Promise<{ name: string; locale: Locale; timeZone: string }> => {
  const user = await crm.context.store.db
    .selectFrom("users")
    .select(["name", "locale", "time_zone"])
    .where("id", "=", userId)
    .executeTakeFirst();
  const prefs = await userPrefs(crm.context.store.db, userId);
  const locale = pickLocale(prefs.locale, user?.locale);
  return {
    name: user?.name ?? userId,
    locale,
    timeZone: prefs.timeZone ?? user?.time_zone ?? "UTC",
  };
};
