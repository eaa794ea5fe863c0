import { testDrivers } from "@baton/store/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createChat, openAiModel, replyText } from "../src";
import { ADA, buttonsOf, openTestChat } from "./chatTestKit";
import { startFakeOpenAi } from "./support/fakeOpenAi";

type Fake = Awaited<ReturnType<typeof startFakeOpenAi>>;

describe("the openai model against a local OpenAI-compatible server", () => {
  let fake: Fake;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake.close();
  });
  const model = (timeoutMs = 2_000) =>
    openAiModel({ apiKey: "test-key", baseURL: fake.baseURL, model: "fake-model", timeoutMs });
  const context = {
    locale: "en" as const,
    timeZone: "Europe/Berlin",
    now: new Date("2026-03-02T09:00:00Z"),
  };

  it("sends the text with the schema and reads a good answer into a command", async () => {
    fake.answer({ verb: "account", name: "Acme" });
    const understood = await model().understand("show me Acme", context);
    expect(understood).toEqual({ ok: true, command: { verb: "account", name: "Acme" } });
    const sent = fake.received.at(-1);
    expect(sent?.path).toBe("/v1/chat/completions");
    expect(sent?.body.model).toBe("fake-model");
    expect(JSON.stringify(sent?.body.messages)).toContain("show me Acme");
    expect(sent?.body.response_format).toMatchObject({ type: "json_schema" });
  });

  it("calls output that fails the schema invalid, never a command", async () => {
    fake.answer({ verb: "log", kind: "lunch", account: "Acme" });
    expect(await model().understand("had lunch", context)).toEqual({
      ok: false,
      reason: "invalid_output",
    });
    fake.script({ type: "answer", content: "Sure! I logged it." });
    expect(await model().understand("log it", context)).toEqual({
      ok: false,
      reason: "invalid_output",
    });
  });

  it("gives up on a slow server at the timeout, and reports a failing one", async () => {
    fake.script({ type: "slow", ms: 1_500, content: '{"command":null}' });
    expect(await model(300).understand("hello?", context)).toEqual({
      ok: false,
      reason: "timeout",
    });
    fake.script({ type: "status", status: 500 });
    expect(await model().understand("hello?", context)).toEqual({ ok: false, reason: "failed" });
  });

  it("calls a null command unclear", async () => {
    fake.answer(null);
    expect(await model().understand("what a day", context)).toEqual({
      ok: false,
      reason: "unclear",
    });
  });
});

describe.each(testDrivers())("free text in a conversation on $name", (driver) => {
  let fake: Fake;
  let kit: Awaited<ReturnType<typeof openTestChat>>;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(async () => {
    await kit.close();
  });
  const open = async () => {
    kit = await openTestChat(driver, {
      model: openAiModel({ apiKey: "k", baseURL: fake.baseURL, timeoutMs: 1_000 }),
    });
    const acme = await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    if (!acme.ok) throw new Error(acme.error.message);
    return acme.value.record;
  };
  const activities = () =>
    kit.crm.context.store.db.selectFrom("activities").select(["kind", "body"]).execute();

  it("previews a write the model parsed, and writes once when confirmed — also from another replica, twice", async () => {
    await open();
    fake.answer({
      verb: "log",
      kind: "call",
      account: "Acme GmbH",
      text: "about pricing, they want 15% off",
      next: { step: "follow up", when: "friday" },
    });
    const preview = await kit.say(
      ADA.userId,
      "called Acme about pricing, they want 15% off, follow up Friday",
    );
    expect(replyText(preview)).toContain(
      'log a call on Acme GmbH: "about pricing, they want 15% off"',
    );
    expect(await activities()).toEqual([]);
    const [confirm] = buttonsOf(preview);
    if (!confirm) throw new Error("no confirm button");
    // The answer arrives later on another replica: a second chat over the same database.
    const replica = createChat({ crm: kit.crm, model: null });
    const inbound = kit.inbound(ADA.userId, {
      type: "action",
      actionId: confirm.actionId,
      value: confirm.value,
    });
    const done = await replica.handle(inbound);
    expect(replyText(done)).toContain("Logged a call on Acme GmbH");
    const again = await replica.handle({ ...inbound, idempotencyKey: "another-click" });
    expect(again.problem ?? "none").not.toBe("internal");
    expect((await activities()).filter((a) => a.kind === "call")).toHaveLength(1);
  });

  it("runs a read the model parsed at once", async () => {
    await open();
    fake.answer({ verb: "account", name: "Acme GmbH" });
    const shown = await kit.say(ADA.userId, "what's up with acme?");
    expect(shown.blocks[0]).toEqual({ type: "heading", text: "Acme GmbH" });
  });

  it("answers with the grammar's hint when the model fails or talks nonsense, writing nothing", async () => {
    await open();
    fake.script({ type: "status", status: 503 }, { type: "answer", content: "{not json" });
    for (const text of ["log a call with acme", "log a call with acme"]) {
      const reply = await kit.say(ADA.userId, text);
      expect(reply.problem).toBe("usage");
      expect(replyText(reply)).toContain("/log call");
    }
    expect(await activities()).toEqual([]);
  });

  it("cancels a preview with 'no' and writes nothing", async () => {
    await open();
    fake.answer({ verb: "log", kind: "note", account: "Acme GmbH", text: "hm" });
    await kit.say(ADA.userId, "note on acme: hm");
    const cancelled = await kit.say(ADA.userId, "no");
    expect(replyText(cancelled)).toContain("Cancelled");
    expect(await activities()).toEqual([]);
  });
});
