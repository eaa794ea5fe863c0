import { testDrivers } from "@baton/store/testing";
import { afterEach, describe, expect, it } from "vitest";
import { replyText } from "../src";
import { ADA, openTestChat } from "./chatTestKit";

describe.each(testDrivers())("chat engine on $name", (driver) => {
  let kit: Awaited<ReturnType<typeof openTestChat>> | undefined;
  afterEach(async () => {
    await kit?.close();
    kit = undefined;
  });

  it("tells a chat account Baton does not know to link, and shows nothing else", async () => {
    kit = await openTestChat(driver);
    const reply = await kit.chat.handle({
      identity: { platform: "slack", tenantId: "T1", externalUserId: "U404" },
      channel: "slack",
      conversationId: "D1",
      message: { type: "text", text: "/account Acme" },
      idempotencyKey: "e1",
    });
    expect(reply.problem).toBe("not_linked");
    expect(replyText(reply)).toContain("/link");
  });

  it("answers a malformed inbound politely instead of throwing", async () => {
    kit = await openTestChat(driver);
    const reply = await kit.chat.handle({ nonsense: true });
    expect(reply.problem).toBe("invalid_input");
  });

  it("refuses oversized text with the limit in the user's language", async () => {
    kit = await openTestChat(driver);
    const reply = await kit.say(ADA.userId, "x".repeat(9_000), { locale: "zh-CN" });
    expect(reply.problem).toBe("too_long");
    expect(reply.locale).toBe("zh-CN");
  });

  it("answers free text with a hint to use a command when no model is set", async () => {
    kit = await openTestChat(driver);
    const reply = await kit.say(ADA.userId, "called Acme about pricing");
    expect(reply.problem).toBe("usage");
    expect(replyText(reply)).toContain("/help");
  });
});
