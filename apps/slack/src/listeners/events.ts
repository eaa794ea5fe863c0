import { replyText } from "@baton/chat";
import type { App } from "@slack/bolt";
import { fallbackText, renderBlocks } from "../blockKit/renderBlocks";
import { linkByEmail } from "../identity/linkByEmail";
import { messageInbound } from "../slackInbound";
import type { ListenerDeps } from "./deps";

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
  ) => {
    if (!event.user || event.bot_id || event.subtype) return;
    const teamId = body.team_id ?? "";
    const userId = event.user;
    const reply = await deps.queue.run(async () => {
      try {
        await linkByEmail(deps.crm, client, teamId, userId);
      } catch (error) {
        deps.onError(error);
      }
      return deps.chat.handle(
        messageInbound({
          teamId,
          userId,
          channelId: event.channel,
          text: event.text ?? "",
          eventId: body.event_id ?? "",
        }),
      );
    });
    await client.chat.postMessage({
      channel: event.channel,
      text: fallbackText(reply, replyText),
      blocks: renderBlocks(reply),
    });
  };
  app.event("message", async ({ event, body, client }) => {
    const message = event as MessageLike & { channel_type?: string };
    if (message.channel_type !== "im") return;
    await answer(message, body, client);
  });
  app.event("app_mention", async ({ event, body, client }) => {
    await answer(event as MessageLike, body, client);
  });
};
