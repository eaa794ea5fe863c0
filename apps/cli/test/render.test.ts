import type { Reply } from "@baton/chat";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { configChecks } from "../src/commands/doctor";
import { readConfig } from "../src/config";
import { renderReply } from "../src/terminal/renderReply";
import { styleFor } from "../src/terminal/style";
import { fit, renderTable } from "../src/terminal/table";

const plain = styleFor(false);

describe("the terminal renderer", () => {
  it("numbers every button and choice, in order, so typing the number presses it", () => {
    const reply: Reply = {
      locale: "en",
      blocks: [
        { type: "heading", text: "Acme" },
        {
          type: "facts",
          facts: [
            { label: "Owner", value: "Ada" },
            { label: "Stage", value: "Proposal" },
          ],
        },
        {
          type: "choices",
          prompt: "Which?",
          choices: [
            { label: "A", actionId: "a", value: "1" },
            { label: "B", actionId: "a", value: "2" },
          ],
        },
        {
          type: "confirm",
          prompt: "Sure?",
          confirm: { label: "Yes", actionId: "c", value: "y" },
          cancel: { label: "No", actionId: "c", value: "n" },
        },
        { type: "buttons", buttons: [{ label: "Move", actionId: "m", value: "/deal x move y" }] },
        { type: "image", url: "https://example.com/chart.png", alt: "chart" },
      ],
    };
    const rendered = renderReply(reply, plain);
    expect(rendered.buttons.map((b) => b.label)).toEqual(["A", "B", "Yes", "No", "Move"]);
    expect(rendered.text).toContain("[1] A");
    expect(rendered.text).toContain("[5] Move");
    expect(rendered.text).toContain("Owner  Ada");
    expect(rendered.text).toContain("[chart] https://example.com/chart.png");
  });

  it("colours only when asked", () => {
    const reply: Reply = {
      locale: "en",
      blocks: [{ type: "text", text: "Done.", tone: "success" }],
    };
    expect(renderReply(reply, plain).text).toBe("Done.");
    expect(renderReply(reply, styleFor(true)).text).toContain("\u001b[32m");
  });

  it("lines up Chinese and English cells in terminal columns", () => {
    const lines = renderTable(
      ["商机", "金额"],
      [
        ["华为续约", "€1"],
        ["Acme renewal", "€2"],
      ],
    );
    const at = (line: string) => stringWidth(line.slice(0, line.search(/€|金额/)));
    expect(new Set(lines.filter((l) => !l.startsWith("─")).map(at)).size).toBe(1);
  });

  it("never makes a cut cell wider than asked", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 80 }),
        fc.integer({ min: 2, max: 60 }),
        (text, width) => {
          expect(stringWidth(fit(text, width))).toBeLessThanOrEqual(
            Math.max(width, stringWidth(text) <= width ? 0 : width),
          );
        },
      ),
    );
  });
});

describe("the configuration", () => {
  it("reads an empty environment as the embedded defaults", () => {
    const read = readConfig({});
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(configChecks(read.value).map((c) => c.status)).toEqual(["warn", "warn", "warn"]);
  });

  it("names each bad variable and what it must be", () => {
    const read = readConfig({
      DATABASE_URL: "mysql://x",
      SLACK_BOT_TOKEN: "xapp-1",
      OPENAI_BASE_URL: "not a url",
    });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems.map((p) => p.variable).sort()).toEqual([
        "DATABASE_URL",
        "OPENAI_BASE_URL",
        "SLACK_BOT_TOKEN",
      ]);
  });

  it("treats an empty variable as unset", () => {
    const read = readConfig({ DATABASE_URL: "", OPENAI_API_KEY: "  " });
    expect(read).toMatchObject({
      ok: true,
      value: { DATABASE_URL: undefined, OPENAI_API_KEY: undefined },
    });
  });

  it("says when Slack, Teams and free text are set up", () => {
    const read = readConfig({
      OPENAI_API_KEY: "k",
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
      MICROSOFT_APP_ID: "id",
      MICROSOFT_APP_PASSWORD: "pw",
    });
    if (!read.ok) throw new Error("valid config refused");
    expect(configChecks(read.value).map((c) => c.status)).toEqual(["ok", "ok", "ok"]);
  });
});
