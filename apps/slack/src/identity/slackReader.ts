import { readerOf } from "@baton/chat";
import type { Locale } from "@baton/core";
import type { Crm } from "@baton/crm";
import type { WebClient } from "@slack/web-api";
import { linkByEmail } from "./linkByEmail";

/**
 * Who is acting in Slack, for drawing a form in their language: their Baton
 * user (linked by confirmed email when they are not yet), language and time
 * zone — or English and UTC for someone Baton does not know.
 *
 * @example const { locale } = await slackReader(crm, client, "T1", "U1")
 */
export const slackReader = async (
  crm: Crm,
  client: WebClient,
  teamId: string,
  slackUserId: string,
): Promise<{ userId: string | null; locale: Locale; timeZone: string }> => {
  const userId = await linkByEmail(crm, client, teamId, slackUserId).catch(() => null);
  if (!userId) return { userId: null, locale: "en", timeZone: "UTC" };
  const { locale, timeZone } = await readerOf(crm, userId);
  return { userId, locale, timeZone };
};
