import { testDrivers } from "@baton/store/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_ACTION, COMMAND_ACTION, type Reply, VERBS } from "../src";
import { ADA, EVE, MIA, openTestChat } from "./chatTestKit";

const [firstDriver] = testDrivers();

/** Text people might type: any characters, Chinese, and pieces of the grammar mixed in. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "Acme",
          "华为",
          "next:",
          "下一步：",
          "fri",
          "明天下午3点",
          "15%",
          "move",
          "discount",
          "approve",
          "reject",
          "private",
          '"',
          "「",
          "%",
          "_",
          "'; drop table accounts; --",
          "\u0000",
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 8 },
    )
    .map((words) => words.join(" ")),
);

const anyMessage = fc.oneof(
  fc
    .tuple(fc.constantFrom(...VERBS, "baton", "unknown"), anyText)
    .map(([verb, rest]) => ({ type: "text" as const, text: `/${verb} ${rest}` })),
  anyText.map((text) => ({ type: "text" as const, text })),
  fc
    .tuple(fc.constantFrom(ANSWER_ACTION, COMMAND_ACTION, "other"), anyText)
    .map(([actionId, value]) => ({ type: "action" as const, actionId, value })),
);

describe.runIf(firstDriver)("any message to any command", () => {
  let kit: Awaited<ReturnType<typeof openTestChat>>;
  beforeAll(async () => {
    if (!firstDriver) return;
    kit = await openTestChat(firstDriver);
    for (const name of ["Acme GmbH", "Acme Inc", "华为技术有限公司"])
      await kit.crm.createAccount(ADA, { name });
  });
  afterAll(async () => {
    await kit?.close();
  });

  it("never throws and always gets a polite Reply in a supported language", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(ADA.userId, EVE.userId, MIA.userId),
        anyMessage,
        async (userId, message) => {
          const reply: Reply = await kit.chat.handle(kit.inbound(userId, message));
          expect(["en", "zh-CN"]).toContain(reply.locale);
          expect(reply.blocks.length).toBeGreaterThan(0);
          // "internal" means something threw inside: that is the bug this test hunts.
          expect(reply.problem).not.toBe("internal");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers anything at all handed to it as an inbound", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (raw) => {
        const reply = await kit.chat.handle(raw);
        expect(reply.blocks.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
