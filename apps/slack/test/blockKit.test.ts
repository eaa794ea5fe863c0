import type { Reply, ReplyBlock } from "@baton/chat";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  baseActionId,
  clip,
  escapeMrkdwn,
  LIMITS,
  MORE_ACTION,
  renderBlocks,
  renderPages,
  type SlackBlock,
  withMore,
} from "../src";

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON, read loosely in assertions.
type Json = any;

/** Every limit the renderer promises, checked on its output. */
const withinLimits = (blocks: readonly SlackBlock[], max: number) => {
  expect(blocks.length).toBeLessThanOrEqual(max);
  for (const block of blocks) {
    const b = block as Record<string, Json>;
    if (b.type === "header") expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === "section") {
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(LIMITS.fieldsPerSection);
        for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
      }
    }
    if (b.type === "actions") {
      expect(b.elements.length).toBeLessThanOrEqual(LIMITS.elementsPerActions);
      expect(new Set(b.elements.map((e: Json) => e.action_id)).size).toBe(b.elements.length);
      for (const e of b.elements) {
        expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
        expect(e.action_id.length).toBeLessThanOrEqual(LIMITS.actionId + 4);
      }
    }
    if (b.type === "context")
      for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
    if (b.type === "image") expect(b.alt_text.length).toBeLessThanOrEqual(LIMITS.altText);
  }
};

const text = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", minLength: 2_000, maxLength: 8_000 }),
);
const button = fc.record({
  label: text,
  actionId: fc.constantFrom("baton.answer", "baton.command"),
  value: fc.string({ maxLength: 3_000 }),
});
const block: fc.Arbitrary<ReplyBlock> = fc.oneof(
  fc.record({ type: fc.constant("heading" as const), text }),
  fc.record({ type: fc.constant("text" as const), text }),
  fc.record({
    type: fc.constant("facts" as const),
    facts: fc.array(fc.record({ label: text, value: text }), { maxLength: 30 }),
  }),
  fc.record({
    type: fc.constant("table" as const),
    columns: fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 6 }),
    rows: fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 500 }),
  }),
  fc.record({
    type: fc.constant("choices" as const),
    prompt: text,
    choices: fc.array(button, { maxLength: 60 }),
  }),
  fc.record({
    type: fc.constant("buttons" as const),
    buttons: fc.array(button, { maxLength: 60 }),
  }),
  fc.record({ type: fc.constant("image" as const), url: fc.webUrl(), alt: text }),
);

describe("the Block Kit renderer", () => {
  it("stays within Slack's limits for any reply, however large", () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 80 }),
        fc.constantFrom("message", "modal", "home"),
        (blocks, surface) => {
          const reply: Reply = { locale: "en", blocks };
          const max = surface === "message" ? LIMITS.messageBlocks : LIMITS.surfaceBlocks;
          withinLimits(renderBlocks(reply, surface as "message"), max);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("pages any reply into messages within the limits, each but the last with room for its button, losing nothing", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 120 }), (blocks) => {
        const reply: Reply = { locale: "en", blocks };
        const pages = renderPages(reply);
        pages.forEach((page, i) => {
          const shown =
            i < pages.length - 1
              ? withMore(page, { label: "Show more", id: "p", next: i + 1 })
              : page;
          withinLimits(shown, LIMITS.messageBlocks);
        });
        // Each block drawn alone (none needs a hundred) is what the pages hold, in order.
        const each = blocks.flatMap((b) => renderBlocks({ locale: "en", blocks: [b] }, "home"));
        expect(pages.flat()).toEqual(each);
        if (pages.length > 1)
          expect(pages.slice(0, -1).every((p) => p.length === LIMITS.messageBlocks - 1)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("shows every row of a table of 500 deals, in sections that each repeat the header", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      `Deal ${i} 华为续约`,
      "Proposal",
      "€1,000.00",
    ]);
    const blocks = renderBlocks({
      locale: "en",
      blocks: [{ type: "table", columns: ["Deal", "Stage", "Amount"], rows }],
    }) as Record<string, Json>[];
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.type === "section" && b.text.text.startsWith("```Deal"))).toBe(
      true,
    );
    const lines = blocks.flatMap((b) => b.text.text.split("\n").slice(1));
    expect(lines).toHaveLength(500);
    expect(lines[499]).toContain("Deal 499");
  });

  it("says how many rows the reply itself left out", () => {
    const blocks = renderBlocks({
      locale: "en",
      blocks: [{ type: "table", columns: ["Deal"], rows: [["Acme"]], omitted: 7 }],
    }) as Record<string, Json>[];
    expect(blocks[1]?.elements[0].text).toBe("… +7");
  });

  it("puts a show-more button under a page that asks for the next one", () => {
    const many: ReplyBlock[] = Array.from({ length: 120 }, (_, i) => ({
      type: "text",
      text: `note ${i}`,
    }));
    const pages = renderPages({ locale: "en", blocks: many });
    expect(pages.map((p) => p.length)).toEqual([49, 49, 22]);
    const page = withMore(pages[0] ?? [], { label: "Show more (2 of 3)", id: "abc", next: 1 });
    expect(page.at(-1)).toEqual({
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: "Show more (2 of 3)", emoji: true },
          action_id: MORE_ACTION,
          value: "abc:1",
        },
      ],
    });
  });

  it("keeps a long home tab to its maximum with a note of what was left out", () => {
    const many: ReplyBlock[] = Array.from({ length: 120 }, (_, i) => ({
      type: "text",
      text: `note ${i}`,
    }));
    const blocks = renderBlocks({ locale: "en", blocks: many });
    expect(blocks).toHaveLength(50);
    expect((blocks[49] as Record<string, Json>).elements[0].text).toBe("… +71");
  });

  it("escapes mrkdwn and cuts on whole characters", () => {
    expect(escapeMrkdwn("R&D <EU>")).toBe("R&amp;D &lt;EU&gt;");
    expect(clip("华为技术有限公司", 5)).toBe("华为技术…");
    expect(clip("a😀b", 3)).toBe("a…");
    expect(baseActionId("baton.answer#12")).toBe("baton.answer");
  });
});
