import type { Button, Reply, ReplyBlock } from "@baton/chat";
import { clip, escapeMrkdwn, LIMITS } from "./limits";
import { textTable } from "./textTable";

/** A Block Kit block, as Slack's API takes it (JSON). */
export type SlackBlock = Record<string, unknown> & { readonly type: string };

/** Where the blocks go: a message (50 blocks) or a modal / the home tab (100). */
export type Surface = "message" | "modal" | "home";

const mrkdwn = (text: string, max: number = LIMITS.sectionText) => ({
  type: "mrkdwn",
  text: clip(escapeMrkdwn(text), max),
});

const plain = (text: string, max: number) => ({
  type: "plain_text",
  text: clip(text, max),
  emoji: true,
});

const button = (b: Button): SlackBlock => ({
  type: "button",
  text: plain(b.label, LIMITS.buttonText),
  action_id: clip(b.actionId, LIMITS.actionId),
  // A value is a command or a question's id: cutting it would change what the button does.
  value: b.value.length <= LIMITS.buttonValue ? b.value : "",
  ...(b.style ? { style: b.style } : {}),
});

/** Buttons in actions blocks of at most 25; the action ids stay unique within each block. */
const actions = (buttons: readonly Button[]): SlackBlock[] => {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.elementsPerActions) {
    const chunk = buttons.slice(i, i + LIMITS.elementsPerActions);
    blocks.push({
      type: "actions",
      elements: chunk.map((b, j) => {
        const rendered = button(b);
        // Slack refuses two elements with one action_id in a block; the suffix is read back off.
        return { ...rendered, action_id: `${rendered.action_id as string}#${i + j}` };
      }),
    });
  }
  return blocks;
};

const section = (text: string): SlackBlock => ({ type: "section", text: mrkdwn(text) });

/** The note that says how many rows or blocks could not be shown: "… +212". */
export const leftOut = (count: number): SlackBlock => ({
  type: "context",
  elements: [mrkdwn(`… +${count}`, LIMITS.fieldText)],
});

const blockOf = (block: ReplyBlock): SlackBlock[] => {
  switch (block.type) {
    case "heading":
      return [{ type: "header", text: plain(block.text, LIMITS.headerText) }];
    case "text":
      return [section(block.text)];
    case "facts": {
      const out: SlackBlock[] = [];
      for (let i = 0; i < block.facts.length; i += LIMITS.fieldsPerSection)
        out.push({
          type: "section",
          fields: block.facts
            .slice(i, i + LIMITS.fieldsPerSection)
            .map((f) => mrkdwn(`*${f.label}*\n${f.value}`, LIMITS.fieldText)),
        });
      return out;
    }
    case "table": {
      // As many sections as the rows need, each with the header: a long list is paged, not cut.
      const out: SlackBlock[] = [];
      let rows = block.rows;
      do {
        const { text, shown } = textTable(block.columns, rows, LIMITS.sectionText);
        out.push({ type: "section", text: { type: "mrkdwn", text } });
        if (shown === 0) break;
        rows = rows.slice(shown);
      } while (rows.length > 0);
      const left = rows.length + (block.omitted ?? 0);
      if (left > 0) out.push(leftOut(left));
      return out;
    }
    case "choices":
      return [section(block.prompt), ...actions(block.choices)];
    case "confirm":
      return [section(block.prompt), ...actions([block.confirm, block.cancel])];
    case "buttons":
      return actions(block.buttons);
    case "image":
      return [
        {
          type: "image",
          image_url: block.url,
          alt_text: clip(block.alt || "image", LIMITS.altText),
        },
      ];
  }
};

/** Every block of a reply, each within Slack's limits, however many there are. */
export const allBlocks = (reply: Reply): SlackBlock[] => reply.blocks.flatMap(blockOf);

/** The most blocks `surface` takes. */
export const maxBlocks = (surface: Surface): number =>
  surface === "message" ? LIMITS.messageBlocks : LIMITS.surfaceBlocks;

/**
 * A reply as Block Kit blocks for `surface`, always within Slack's limits:
 * long text is cut on a whole character, a table takes as many sections as
 * its rows need, and blocks past the surface's maximum are replaced by a note
 * saying how many were left out — the message is never refused. Messages are
 * paged instead (`renderPages`); this is for the home tab and modals.
 *
 * @example renderBlocks({ locale: "en", blocks: [{ type: "heading", text: "Acme" }] }) // [{ type: "header", text: { type: "plain_text", text: "Acme", emoji: true } }]
 */
export const renderBlocks = (reply: Reply, surface: Surface = "message"): SlackBlock[] => {
  const max = maxBlocks(surface);
  const all = allBlocks(reply);
  if (all.length <= max) return all;
  const kept = all.slice(0, max - 1);
  return [...kept, leftOut(all.length - kept.length)];
};

/** The plain text Slack shows in notifications and where blocks cannot be shown. */
export const fallbackText = (reply: Reply, text: (r: Reply) => string): string =>
  clip(text(reply), LIMITS.fallbackText);

/** The action id as the reply gave it, without the suffix that keeps ids unique in a block. */
export const baseActionId = (actionId: string): string => actionId.replace(/#\d+$/, "");
