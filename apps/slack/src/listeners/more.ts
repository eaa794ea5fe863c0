import { messages } from "@baton/chat";
import { findReplyPages } from "@baton/store";
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import type { SlackBlock } from "../blockKit/renderBlocks";
import { MORE_ACTION, withMore } from "../blockKit/renderPages";
import { slackReader } from "../identity/slackReader";
import type { ListenerDeps } from "./deps";

/**
 * "Show more" under a long reply: the pressed message keeps its page without
 * the button, and the next page is posted under it, seen by whom the reply was
 * for — only its asker, unless it was shared in the conversation. Pressed on
 * the home tab, the pages are posted in a DM from the first.
 */
export const registerMore = (app: App, deps: ListenerDeps): void => {
  app.action<BlockAction<ButtonAction>>(
    MORE_ACTION,
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const teamId = body.team?.id ?? body.user.team_id ?? "";
      const slackUserId = body.user.id;
      const fromHome = body.container?.type === "view";
      const [id = "", next = ""] = (action.value ?? "").split(":");
      const index = Number(next);
      deps.queue.later(async () => {
        const { locale } = await slackReader(deps.crm, client, teamId, slackUserId);
        const t = messages(locale);
        const tell = (text: string) =>
          fromHome
            ? client.chat.postMessage({ channel: slackUserId, text })
            : respond({ response_type: "ephemeral", replace_original: false, text });
        const kept = await findReplyPages(deps.crm.context.store.db, id, deps.crm.context.clock());
        const pages = (kept?.pages ?? []) as SlackBlock[][];
        const page = Number.isInteger(index) && index >= 0 ? pages[index] : undefined;
        if (!kept || !page || (index === 0 && !fromHome)) {
          await tell(t.common.moreExpired());
          return;
        }
        if (!kept.public && (kept.tenantId !== teamId || kept.externalUserId !== slackUserId)) {
          await tell(t.common.moreNotYours());
          return;
        }
        const of = { pages: pages.length };
        const text = t.common.morePage({ page: index + 1, ...of });
        const blocks =
          index + 1 < pages.length
            ? withMore(page, {
                label: t.common.showMore({ page: index + 2, ...of }),
                id,
                next: index + 1,
              })
            : page;
        if (fromHome) {
          await client.chat.postMessage({ channel: slackUserId, text, blocks });
          return;
        }
        await respond({
          replace_original: true,
          text: t.common.morePage({ page: index, ...of }),
          blocks: pages[index - 1] ?? [],
        });
        await respond({
          response_type: kept.public ? "in_channel" : "ephemeral",
          replace_original: false,
          text,
          blocks,
        });
      });
    },
  );
};
