import { messages, replyText } from "@baton/chat";
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { fallbackText } from "../blockKit/renderBlocks";
import { slackReader } from "../identity/slackReader";
import { firstPage } from "../paging/pagedReply";
import { actionInbound } from "../slackInbound";
import { rejectModal } from "../views/rejectModal";
import type { ListenerDeps } from "./deps";
import { publishHome } from "./home";
import { linkedTurn } from "./linkedTurn";

/**
 * Registers Baton's buttons (choices, confirmations, commands). The answer
 * replaces the message whose button was pressed, so nobody presses a stale one;
 * a press on the home tab is answered in a DM and the tab is drawn again.
 */
export const registerActions = (app: App, deps: ListenerDeps): void => {
  app.action<BlockAction<ButtonAction>>(
    /^baton\./,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const teamId = body.team?.id ?? body.user.team_id ?? "";
      // Reject without a reason opens a form for it: the requester should know what to change.
      const reject = /^\/approvals reject (\S+)$/.exec(action.value ?? "");
      if (reject?.[1]) {
        const { locale } = await slackReader(deps.crm, client, teamId, body.user.id);
        await client.views.open({
          trigger_id: body.trigger_id,
          view: rejectModal(messages(locale), reject[1], body.channel?.id ?? body.user.id) as never,
        });
        return;
      }
      const slackUserId = body.user.id;
      const fromHome = body.container?.type === "view";
      const inbound = actionInbound({
        teamId,
        userId: slackUserId,
        channelId: body.channel?.id ?? body.container?.channel_id ?? slackUserId,
        actionId: action.action_id,
        value: action.value ?? "",
        actionTs: action.action_ts,
      });
      deps.queue.later(async () => {
        const reply = await linkedTurn(deps, client, teamId, slackUserId, inbound);
        const answer = {
          text: fallbackText(reply, replyText),
          blocks: await firstPage(deps, reply, {
            teamId,
            slackUserId,
            shared: !fromHome && reply.visibility === "public",
          }),
        };
        if (fromHome) {
          await client.chat.postMessage({ channel: slackUserId, ...answer });
          await publishHome(deps, client, teamId, slackUserId);
          return;
        }
        await respond({ replace_original: true, ...answer });
      });
    },
  );
};
