import { randomUUID } from "node:crypto";
import { messages, type Reply } from "@baton/chat";
import { saveReplyPages } from "@baton/store";
import { LIMITS } from "../blockKit/limits";
import { allBlocks, leftOut, renderBlocks, type SlackBlock } from "../blockKit/renderBlocks";
import { pageBlocks, renderPages, withMore } from "../blockKit/renderPages";
import type { ListenerDeps } from "../listeners/deps";

/** How long the rest of a long reply stays one click away. */
export const PAGES_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/** What keeping pages needs from the listeners' dependencies. */
type Keeper = Pick<ListenerDeps, "crm" | "onError">;

type Reader = { readonly teamId: string; readonly slackUserId: string; readonly shared: boolean };

/** Keeps message pages for "show more"; their id, or null when the database cannot keep them. */
const keepPages = async (
  deps: Keeper,
  pages: readonly SlackBlock[][],
  to: Reader,
): Promise<string | null> => {
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
    return id;
  } catch (error) {
    deps.onError(error);
    return null;
  }
};

/**
 * The blocks of a reply's first message. A reply longer than one message keeps
 * its other pages in the database and ends with a "show more" button; if they
 * cannot be kept (the database is down), the message says how much was left out.
 *
 * @example await respond({ blocks: await firstPage(deps, reply, { teamId, slackUserId, shared: false }) })
 */
export const firstPage = async (deps: Keeper, reply: Reply, to: Reader): Promise<SlackBlock[]> => {
  const pages = renderPages(reply);
  const [first] = pages;
  if (!first || pages.length === 1) return first ?? [];
  const id = await keepPages(deps, pages, to);
  if (!id) return renderBlocks(reply);
  const label = messages(reply.locale).common.showMore({ page: 2, pages: pages.length });
  return withMore(first, { label, id, next: 1 });
};

/**
 * The blocks of a home tab. One too long for the tab shows what fits, how much
 * was left out, and a button that posts all of it, page by page, in a DM.
 */
export const homePage = async (deps: Keeper, reply: Reply, to: Reader): Promise<SlackBlock[]> => {
  const all = allBlocks(reply);
  if (all.length <= LIMITS.surfaceBlocks) return all;
  const id = await keepPages(deps, pageBlocks(all), to);
  if (!id) return renderBlocks(reply, "home");
  // Room under what is shown for the note and the button.
  const shown = all.slice(0, LIMITS.surfaceBlocks - 2);
  return withMore([...shown, leftOut(all.length - shown.length)], {
    label: messages(reply.locale).common.showAllInDm(),
    id,
    next: 0,
  });
};
