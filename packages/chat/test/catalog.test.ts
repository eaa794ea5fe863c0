import { describe, expect, it } from "vitest";
import { type Command, describeCommand, messages } from "../src";

const NUMBERS = new Set([
  "count",
  "max",
  "minutes",
  "deals",
  "records",
  "fit",
  "percent",
  "minimum",
]);

/** Sample values for any message parameter: numbers where a message counts, text elsewhere. */
const params = new Proxy({} as Record<string, unknown>, {
  get: (_, key) => (typeof key === "string" && NUMBERS.has(key) ? 2 : `«${String(key)}»`),
});

/** Every message function of a catalog with its path, e.g. ["records.facts.owner", fn]. */
const messageFunctions = (
  node: unknown,
  path: string[] = [],
): [string, (p: unknown) => unknown][] =>
  typeof node === "function"
    ? [[path.join("."), node as (p: unknown) => unknown]]
    : Object.entries(node as object).flatMap(([key, child]) =>
        messageFunctions(child, [...path, key]),
      );

describe("the message catalogs", () => {
  const en = messageFunctions(messages("en"));
  const zh = messageFunctions(messages("zh-CN"));

  it("have the same messages in English and Chinese", () => {
    expect(zh.map(([path]) => path).sort()).toEqual(en.map(([path]) => path).sort());
  });

  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)(
    "say something for every message in %s, with every value they are given",
    (_, all) => {
      for (const [path, message] of all) {
        const said = message(params) as unknown;
        if (typeof said === "string") {
          expect(said.trim().length, path).toBeGreaterThan(0);
          expect(said, path).not.toMatch(/undefined|\[object Object\]|NaN/);
        } else expect(said, path).toBeTypeOf("object");
      }
    },
  );

  it("speak Chinese in the Chinese catalog: every sentence has Han characters or is code", () => {
    for (const [path, message] of zh) {
      const said = message(params) as unknown;
      if (typeof said !== "string" || said.startsWith("/")) continue;
      // What is left once the values and code are taken out must be Chinese.
      const words = said
        .replace(/«[^»]*»|`[^`]*`|\b[A-Z0-9]{2,}\b/g, "")
        .replace(/[\s\p{P}\p{S}\d]/gu, "");
      if (words.length < 2) continue;
      expect(said, path).toMatch(/[\u4e00-\u9fff]/u);
    }
  });
});

describe("previews of commands the model parsed", () => {
  const commands: [Command, string, string][] = [
    [
      {
        verb: "log",
        kind: "call",
        account: "Acme",
        text: "pricing",
        next: { step: "proposal", when: "fri" },
        private: true,
      },
      'log a call on Acme: "pricing", next step "proposal" fri (private)',
      "在 Acme 记录一条电话：“pricing”，下一步 “proposal” fri（私密）",
    ],
    [
      { verb: "deal", name: "Acme renewal", action: { type: "move", stage: "proposal" } },
      "move Acme renewal to proposal",
      "将 Acme renewal 推进到 proposal",
    ],
    [
      {
        verb: "deal",
        name: "Acme renewal",
        action: { type: "discount", percent: 15, reason: "volume" },
      },
      "ask for approval of 15% off on Acme renewal (volume)",
      "为 Acme renewal 申请 15% 的折扣（volume）",
    ],
    [{ verb: "deal", name: "Acme renewal" }, "/deal Acme renewal", "/deal Acme renewal"],
    [
      { verb: "lead", name: "Li Wei", action: "disqualify", reason: "spam" },
      "Disqualify the lead Li Wei (spam)",
      "不合格线索 Li Wei（spam）",
    ],
    [
      {
        verb: "approvals",
        decision: { approval: "3f2a9c", decision: "reject", comment: "too deep" },
      },
      'Reject request 3f2a9c: "too deep"',
      "拒绝申请 3f2a9c：“too deep”",
    ],
    [{ verb: "approvals" }, "/approvals", "/approvals"],
    [{ verb: "lang", locale: "zh-CN" }, "switch my language to zh-CN", "将语言切换为 zh-CN"],
    [
      { verb: "link", code: "ABCD2345" },
      "link this chat account with code ABCD2345",
      "用关联码 ABCD2345 关联此聊天账号",
    ],
    [{ verb: "health" }, "/health", "/health"],
  ];

  it.each(commands)("%j", (command, english, chinese) => {
    expect(describeCommand(messages("en"), command)).toBe(english);
    expect(describeCommand(messages("zh-CN"), command)).toBe(chinese);
  });
});
