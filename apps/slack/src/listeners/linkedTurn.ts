import type { Inbound, Reply } from "@baton/chat";
import type { WebClient } from "@slack/web-api";
import { linkByEmail } from "../identity/linkByEmail";
import type { ListenerDeps } from "./deps";

/**
 * Runs one chat turn for a Slack user, linking them to their Baton user by the
 * email Slack confirmed first. A failed lookup is reported and the turn goes on:
 * chat then tells an unlinked person how to link.
 *
 * @example const reply = await linkedTurn(deps, client, "T1", "U1", commandInbound(body))
 */
export const linkedTurn = async (
  deps: ListenerDeps,
  client: WebClient,
  teamId: string,
  slackUserId: string,
  inbound: Inbound,
): Promise<Reply> => {
  try {
    await linkByEmail(deps.crm, client, teamId, slackUserId);
  } catch (error) {
    deps.onError(error);
  }
  return deps.chat.handle(inbound);
};
