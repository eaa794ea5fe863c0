import { replyText } from "@baton/chat";
import type { App } from "@slack/bolt";
import { fallbackText } from "../blockKit/renderBlocks";
import { firstPage } from "../paging/pagedReply";
import { messageInbound } from "../slackInbound";
import type { ListenerDeps } from "./deps";
import { linkedTurn } from "./linkedTurn";

type MessageLike = {
  user?: string;
  text?: string;
  channel: string;
  bot_id?: string;
  subtype?: string;
};

/** Direct messages to Baton and mentions of it, answered in the same conversation. */
export const registerEvents = (app: App, deps: ListenerDeps): void => {
  const answer = async (
    event: MessageLike,
    body: { team_id?: string; event_id?: string },
    client: Parameters<Parameters<App["event"]>[1]>[0]["client"],
    inChannel: boolean,
  ) => {
    if (!event.user || event.bot_id || event.subtype) return;
    const teamId = body.team_id ?? "";
    const userId = event.user;
    const channel = event.channel;
    const inbound = messageInbound({
      teamId,
      userId,
      channelId: channel,
      text: event.text ?? "",
      eventId: body.event_id ?? "",
    });
    deps.queue.later(async () => {
      const reply = await linkedTurn(deps, client, teamId, userId, inbound);
      // In a channel, a private answer (all of them, so far) is shown to the asker alone.
      const seenByAll = !inChannel || reply.visibility === "public";
      const answer = {
        channel,
        text: fallbackText(reply, replyText),
        blocks: await firstPage(deps, reply, {
          teamId,
          slackUserId: userId,
          shared: inChannel && seenByAll,
        }),
      };
      if (seenByAll) await client.chat.postMessage(answer);
      else await client.chat.postEphemeral({ ...answer, user: userId });
    });
  };
  app.event("message", async ({ event, body, client }) => {
    const message = event as MessageLike & { channel_type?: string };
    if (message.channel_type !== "im") return;
    await answer(message, body, client, false);
  });
  app.event("app_mention", async ({ event, body, client }) => {
    await answer(event as MessageLike, body, client, true);
  });
};
