import { randomUUID } from "node:crypto";
import { messages, type Reply } from "@baton/chat";
import { saveReplyPages } from "@baton/store";
import { renderBlocks, type SlackBlock } from "../blockKit/renderBlocks";
import { renderPages, withMore } from "../blockKit/renderPages";
import type { ListenerDeps } from "../listeners/deps";

/** How long the rest of a long reply stays one click away. */
export const PAGES_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The blocks of a reply's first message. A reply longer than one message keeps
 * its other pages in the database and ends with a "show more" button; if they
 * cannot be kept (the database is down), the message says how much was left out.
 *
 * @example await respond({ blocks: await firstPage(deps, reply, { teamId, slackUserId, shared: false }) })
 */
export const firstPage = async (
  deps: ListenerDeps,
  reply: Reply,
  to: { readonly teamId: string; readonly slackUserId: string; readonly shared: boolean },
): Promise<SlackBlock[]> => {
  const pages = renderPages(reply);
  const [first] = pages;
  if (!first || pages.length === 1) return first ?? [];
  const id = randomUUID();
  const now = deps.crm.context.clock();
  try {
    await saveReplyPages(
      deps.crm.context.store.db,
      {
        id,
        platform: "slack",
        tenantId: to.teamId,
        externalUserId: to.slackUserId,
        public: to.shared,
        pages,
        expiresAt: new Date(now.getTime() + PAGES_KEPT_MS),
      },
      now,
    );
  } catch (error) {
    deps.onError(error);
    return renderBlocks(reply);
  }
  const label = messages(reply.locale).common.showMore({ page: 2, pages: pages.length });
  return withMore(first, { label, id, next: 1 });
};
