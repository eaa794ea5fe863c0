import type { Reply } from "@baton/chat";
import { clip, LIMITS } from "./limits";
import { allBlocks, maxBlocks, type SlackBlock } from "./renderBlocks";

/** The action id of a "show more" button; its value is `<pages id>:<page index>`. */
export const MORE_ACTION = "slack.more";

/**
 * A reply as messages: one page if it fits in one, else pages that each leave
 * room for a "show more" button (`withMore`) under them.
 *
 * @example renderPages({ locale: "en", blocks }).length // 3 for 120 text blocks
 */
export const renderPages = (reply: Reply): SlackBlock[][] => pageBlocks(allBlocks(reply));

/** Blocks already drawn (`allBlocks`), as message pages the way `renderPages` makes them. */
export const pageBlocks = (all: readonly SlackBlock[]): SlackBlock[][] => {
  const max = maxBlocks("message");
  if (all.length <= max) return [[...all]];
  const pages: SlackBlock[][] = [];
  for (let i = 0; i < all.length; i += max - 1) pages.push(all.slice(i, i + max - 1));
  return pages;
};

/** `page` with a "show more" button under it that asks for page `next` of `id`. */
export const withMore = (
  page: readonly SlackBlock[],
  button: { readonly label: string; readonly id: string; readonly next: number },
): SlackBlock[] => [
  ...page,
  {
    type: "actions",
    elements: [
      {
        type: "button",
        text: { type: "plain_text", text: clip(button.label, LIMITS.buttonText), emoji: true },
        action_id: MORE_ACTION,
        value: `${button.id}:${button.next}`,
      },
    ],
  },
];
