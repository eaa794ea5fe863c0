import { messages, replyText, VERBS } from "@baton/chat";
import type { App } from "@slack/bolt";
import { fallbackText } from "../blockKit/renderBlocks";
import { slackReader } from "../identity/slackReader";
import { firstPage } from "../paging/pagedReply";
import { commandInbound } from "../slackInbound";
import { logModal } from "../views/logModal";
import type { ListenerDeps } from "./deps";
import { linkedTurn } from "./linkedTurn";

/** Every chat command as a slash command, and `/baton <command>` for all of them. */
export const SLASH_COMMANDS = [...VERBS.map((verb) => `/${verb}`), "/baton"] as const;

/**
 * Registers the slash commands: acknowledged at once (Slack allows three
 * seconds), then answered through the command's `response_url`.
 */
export const registerCommands = (app: App, deps: ListenerDeps): void => {
  for (const command of SLASH_COMMANDS)
    app.command(command, async ({ ack, body, respond, client }) => {
      await ack();
      // A bare /log opens the form; everything else is read as typed.
      if (command === "/log" && body.text.trim().length === 0) {
        const { locale } = await slackReader(deps.crm, client, body.team_id, body.user_id);
        await client.views.open({
          trigger_id: body.trigger_id,
          view: logModal(messages(locale), { channel: body.channel_id }) as never,
        });
        return;
      }
      const inbound = commandInbound(body);
      const { team_id: teamId, user_id: userId } = body;
      deps.queue.later(async () => {
        const reply = await linkedTurn(deps, client, teamId, userId, inbound);
        await respond({
          response_type: reply.visibility === "public" ? "in_channel" : "ephemeral",
          text: fallbackText(reply, replyText),
          blocks: await firstPage(deps, reply, {
            teamId,
            slackUserId: userId,
            shared: reply.visibility === "public",
          }),
        });
      });
    });
};
