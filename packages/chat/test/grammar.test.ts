import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Command, messages, parseCommand, VERBS } from "../src";
import { usageReply } from "../src/grammar/usageReply";

const command = (text: string) => {
  const parsed = parseCommand(text);
  if (parsed.kind !== "command") throw new Error(`not a command: ${JSON.stringify(parsed)}`);
  return parsed.command;
};
const problem = (text: string) => {
  const parsed = parseCommand(text);
  if (parsed.kind !== "usage") throw new Error(`not a usage problem: ${JSON.stringify(parsed)}`);
  return parsed.problem.code;
};

describe("the command grammar", () => {
  describe("/log", () => {
    it("reads the headline example: kind, account, quoted text, next step and when", () => {
      expect(command('/log call Acme "pricing call, wants 15% off" next: proposal fri')).toEqual({
        verb: "log",
        kind: "call",
        account: "Acme",
        text: "pricing call, wants 15% off",
        next: { step: "proposal", when: "fri" },
      });
    });

    it("takes a quoted account name with spaces, and an account before a colon", () => {
      expect(command('/log meeting "Acme Corp" kick-off')).toMatchObject({
        account: "Acme Corp",
        text: "kick-off",
      });
      expect(command("/log email Acme Corp: sent the contract")).toMatchObject({
        account: "Acme Corp",
        text: "sent the contract",
      });
    });

    it("reads the Chinese form: 电话, full-width punctuation and 下一步", () => {
      expect(command("/log 电话 华为 讨论价格 下一步：发报价 明天下午3点")).toEqual({
        verb: "log",
        kind: "call",
        account: "华为",
        text: "讨论价格",
        next: { step: "发报价", when: "明天下午3点" },
      });
    });

    it("marks a private note", () => {
      expect(command("/log note private Acme thinks we are expensive")).toMatchObject({
        kind: "note",
        private: true,
        account: "Acme",
      });
    });

    it("says what is missing or wrong instead of guessing", () => {
      expect(problem("/log")).toBe("missing_kind");
      expect(problem("/log lunch Acme")).toBe("bad_kind");
      expect(problem("/log task Acme")).toBe("task_kind");
      expect(problem("/log call")).toBe("missing_account");
      expect(problem("/log call Acme next:")).toBe("missing_next");
      expect(problem("/log call Acme next: proposal someday")).toBe("missing_when");
    });
  });

  describe("the other commands", () => {
    it.each([
      ["/account Acme GmbH", { verb: "account", name: "Acme GmbH" }],
      ['/account "Acme GmbH"', { verb: "account", name: "Acme GmbH" }],
      ["/deal Acme renewal", { verb: "deal", name: "Acme renewal" }],
      [
        "/deal Acme renewal move proposal",
        { verb: "deal", name: "Acme renewal", action: { type: "move", stage: "proposal" } },
      ],
      [
        "/deal Acme renewal discount 15% three-year commitment",
        {
          verb: "deal",
          name: "Acme renewal",
          action: { type: "discount", percent: 15, reason: "three-year commitment" },
        },
      ],
      [
        "/deal 华为续约 折扣 10 % 三年合同",
        {
          verb: "deal",
          name: "华为续约",
          action: { type: "discount", percent: 10, reason: "三年合同" },
        },
      ],
      ["/lead Jane Doe", { verb: "lead", name: "Jane Doe" }],
      [
        "/lead Jane Doe recycle bad_timing call in Q3",
        { verb: "lead", name: "Jane Doe", action: "recycle", reason: "bad_timing call in Q3" },
      ],
      [
        "/lead 李伟 接受 预算 需求 决策权",
        { verb: "lead", name: "李伟", action: "accept", reason: "预算 需求 决策权" },
      ],
      ["/approvals", { verb: "approvals" }],
      [
        "/approvals approve 3f2a9c looks fine",
        {
          verb: "approvals",
          decision: { approval: "3f2a9c", decision: "approve", comment: "looks fine" },
        },
      ],
      [
        "/approvals 拒绝 3f2a9c 折扣太大",
        {
          verb: "approvals",
          decision: { approval: "3f2a9c", decision: "reject", comment: "折扣太大" },
        },
      ],
      ["/pipeline", { verb: "pipeline", scope: "me" }],
      ["/pipeline team", { verb: "pipeline", scope: "team" }],
      ["/pipeline 团队", { verb: "pipeline", scope: "team" }],
      ["/kpi", { verb: "kpi" }],
      ["/kpi win rate last quarter", { verb: "kpi", name: "win rate", period: "last_quarter" }],
      ["/kpi 赢单率 本月", { verb: "kpi", name: "赢单率", period: "this_month" }],
      ["/kpi 2026-q1", { verb: "kpi", period: "2026-Q1" }],
      ["/health", { verb: "health" }],
      ["/lang zh-CN", { verb: "lang", locale: "zh-CN" }],
      ["/lang 中文", { verb: "lang", locale: "zh-CN" }],
      ["/lang", { verb: "lang" }],
      ["/link new", { verb: "link", code: "new" }],
      ["/help log", { verb: "help", topic: "log" }],
      ["/baton log call Acme", { verb: "log", kind: "call", account: "Acme" }],
      ["/baton", { verb: "help" }],
      ["／ACCOUNT Acme", { verb: "account", name: "Acme" }],
    ])("%s", (text, expected) => {
      expect(command(text)).toEqual(expected);
    });

    it("names the problem of a command it cannot read", () => {
      expect(problem("/frobnicate")).toBe("unknown_verb");
      expect(problem("/account")).toBe("missing_name");
      expect(problem("/deal Acme discount lots please")).toBe("bad_percent");
      expect(problem("/deal Acme discount 150% why not")).toBe("bad_percent");
      expect(problem("/deal Acme discount 15%")).toBe("missing_reason");
      expect(problem("/deal Acme move")).toBe("missing_stage");
      expect(problem("/approvals maybe 3f2a9c")).toBe("bad_decision");
      expect(problem("/approvals approve")).toBe("missing_ref");
      expect(problem("/pipeline everyone")).toBe("bad_scope");
      expect(problem("/lang klingon")).toBe("bad_locale");
    });

    it("reads words that name Object's own properties as the plain words they are", () => {
      expect(problem("/__proto__")).toBe("unknown_verb");
      expect(problem("/constructor")).toBe("unknown_verb");
      expect(problem("/log __proto__ Acme")).toBe("bad_kind");
      expect(problem("/pipeline toString")).toBe("bad_scope");
      expect(problem("/lang hasOwnProperty")).toBe("bad_locale");
      expect(problem("/approvals constructor x")).toBe("bad_decision");
      expect(command("/kpi win rate constructor")).toEqual({
        verb: "kpi",
        name: "win rate constructor",
      });
      expect(command("/deal Acme constructor")).toEqual({ verb: "deal", name: "Acme constructor" });
      expect(command("/help __proto__")).toEqual({ verb: "help", topic: "__proto__" });
    });

    it("leaves text without a slash to the language model", () => {
      expect(parseCommand("called Acme about pricing, follow up Friday")).toEqual({
        kind: "free_text",
        text: "called Acme about pricing, follow up Friday",
      });
    });
  });

  describe("usage hints", () => {
    it("say what was wrong and how to write it, in both languages", () => {
      for (const locale of ["en", "zh-CN"] as const) {
        const t = messages(locale);
        const hint = usageReply(locale, t, "log", { code: "missing_account" });
        const text = hint.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
        expect(hint.problem).toBe("usage");
        expect(text).toContain(t.grammar.problem.missing_account());
        expect(text).toContain(t.grammar.usage.log());
      }
    });

    it("have a usage line and an example for every verb in both catalogs, and the example parses", () => {
      for (const locale of ["en", "zh-CN"] as const) {
        const t = messages(locale);
        for (const verb of VERBS) {
          expect(t.grammar.usage[verb]().length).toBeGreaterThan(0);
          const example = parseCommand(t.grammar.example[verb]());
          expect(example.kind, `${locale} example of ${verb}`).toBe("command");
          if (example.kind === "command") expect(example.command.verb).toBe(verb);
        }
      }
    });
  });

  describe("laws", () => {
    it("never throws: any string is a command, free text or a usage problem", () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: "binary" }),
            fc.string({ unit: "grapheme" }).map((s) => `/${s}`),
          ),
          (text) => {
            const parsed = parseCommand(text);
            expect(["command", "free_text", "usage"]).toContain(parsed.kind);
            if (parsed.kind === "command")
              expect(Command.safeParse(parsed.command).success).toBe(true);
          },
        ),
        { numRuns: 2_000 },
      );
    });

    it("reads back any log it could have been given: kind, quoted account and text survive", () => {
      const word = fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5]{0,11}$/);
      fc.assert(
        fc.property(
          fc.constantFrom("call", "email", "meeting", "demo", "note"),
          fc.array(word, { minLength: 1, maxLength: 3 }),
          fc.array(word, { minLength: 0, maxLength: 6 }),
          (kind, nameWords, textWords) => {
            const account = nameWords.join(" ");
            const text = textWords
              .filter((w) => !/^(next|private|私密|私人|下一步)$/i.test(w))
              .join(" ");
            const parsed = command(`/log ${kind} "${account}" ${text}`);
            expect(parsed).toMatchObject({ verb: "log", kind, account });
            if (parsed.verb === "log") expect(parsed.text ?? "").toBe(text);
          },
        ),
        { numRuns: 500 },
      );
    });

    it("reads any discount between 0 and 100 as that percentage", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 100 }), fc.boolean(), (percent, spaced) => {
          const parsed = command(`/deal Acme discount ${percent}${spaced ? " %" : "%"} volume`);
          expect(parsed).toMatchObject({ action: { type: "discount", percent, reason: "volume" } });
        }),
      );
    });
  });
});

describe("docs/commands.md", () => {
  it("shows only examples the grammar reads as the command they illustrate", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync(new URL("../../../docs/commands.md", import.meta.url), "utf8");
    const examples = doc
      .split("\n")
      .filter((line) => line.startsWith("| `/") || line.startsWith("`/"))
      .flatMap((line) => [...line.matchAll(/`(\/[^`]+)`/g)].map((m) => m[1] ?? ""));
    expect(examples.length).toBeGreaterThan(30);
    for (const example of examples) {
      const parsed = parseCommand(example);
      expect(parsed.kind, example).toBe("command");
    }
  });
});
