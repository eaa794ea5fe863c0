import { replyText } from "@baton/chat";
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { fallbackText, renderBlocks } from "../blockKit/renderBlocks";
import { linkByEmail } from "../identity/linkByEmail";
import { actionInbound } from "../slackInbound";
import type { ListenerDeps } from "./deps";

/**
 * Registers Baton's buttons (choices, confirmations, commands). The answer
 * replaces the message whose button was pressed, so nobody presses a stale one.
 */
export const registerActions = (app: App, deps: ListenerDeps): void => {
  app.action<BlockAction<ButtonAction>>(
    /^baton\./,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const teamId = body.team?.id ?? body.user.team_id ?? "";
      try {
        await linkByEmail(deps.crm, client, teamId, body.user.id);
      } catch (error) {
        deps.onError(error);
      }
      const reply = await deps.chat.handle(
        actionInbound({
          teamId,
          userId: body.user.id,
          channelId: body.channel?.id ?? body.container?.channel_id ?? "",
          actionId: action.action_id,
          value: action.value ?? "",
          actionTs: action.action_ts,
        }),
      );
      await respond({
        replace_original: true,
        text: fallbackText(reply, replyText),
        blocks: renderBlocks(reply),
      });
    },
  );
};
