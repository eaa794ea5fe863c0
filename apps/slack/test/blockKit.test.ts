import type { Reply, ReplyBlock } from "@baton/chat";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baseActionId, clip, escapeMrkdwn, LIMITS, renderBlocks, type SlackBlock } from "../src";

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

  it("shows a table of 500 deals as many rows as fit, and says how many more there are", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [
      `Deal ${i} 华为续约`,
      "Proposal",
      "€1,000.00",
    ]);
    const blocks = renderBlocks({
      locale: "en",
      blocks: [{ type: "table", columns: ["Deal", "Stage", "Amount"], rows }],
    });
    const [table, more] = blocks as Record<string, Json>[];
    expect(table?.text.text.startsWith("```Deal")).toBe(true);
    const shown = (table?.text.text.match(/\n/g) ?? []).length;
    expect(more?.elements[0].text).toBe(`… +${500 - shown}`);
  });

  it("keeps a long account page to 50 blocks with a note of what was left out", () => {
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
