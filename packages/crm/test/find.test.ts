import { testDrivers } from "@baton/store/testing";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, EVE, LEO, openTestCrm } from "./crmTestKit";
import type { TestCrm } from "./recordsTestKit";

describe.each(testDrivers())("find on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  const accounts = async (...names: string[]) => {
    const ids: string[] = [];
    for (const name of names) {
      const created = await crm.createAccount(ADA, { name });
      if (!created.ok) throw new Error(created.error.message);
      ids.push(created.value.record.id);
    }
    return ids;
  };

  it("ranks names starting with the query before similar ones, the most similar first, saying why", async () => {
    await accounts("Inittech Partners", "The Initech Group", "Initech Labs", "Umbrella");
    const found = await crm.find(ADA, { query: "initech" });
    expect(found.ok && found.value.map(({ name, why }) => [name, why])).toEqual([
      ["Initech Labs", "name starts with"],
      ["The Initech Group", "similar name (1.00)"],
      ["Inittech Partners", expect.stringMatching(/^similar name \(0\.\d\d\)$/)],
    ]);
  });

  it("puts the exact name first, and then looks no further than names starting with it", async () => {
    await accounts("Initech Labs", "The Initech Group", "Initech");
    const found = await crm.find(ADA, { query: "Initech" });
    expect(found.ok && found.value.map(({ name, why }) => [name, why])).toEqual([
      ["Initech", "exact name"],
      ["Initech Labs", "name starts with"],
    ]);
  });

  it("takes a company's name without its legal form as exact", async () => {
    await accounts("Acme GmbH", "Acme Inc", "Acme Industries");
    const found = await crm.find(ADA, { query: "Acme", kinds: ["account"] });
    expect(found.ok && found.value.map(({ name, tier }) => [name, tier])).toEqual([
      ["Acme Inc", "exact"],
      ["Acme GmbH", "exact"],
      ["Acme Industries", "prefix"],
    ]);
  });

  it("finds a Chinese company by a part of its name", async () => {
    await accounts("北京星辰科技有限公司", "上海明月贸易有限公司");
    const part = await crm.find(ADA, { query: "星辰" });
    expect(part.ok && part.value.map(({ name, why }) => [name, why])).toEqual([
      ["北京星辰科技有限公司", "name contains"],
    ]);
    const whole = await crm.find(ADA, { query: "北京星辰科技有限公司" });
    expect(whole.ok && whole.value[0]).toMatchObject({ why: "exact name" });
    const short = await crm.find(ADA, { query: "北京星辰" });
    expect(short.ok && short.value[0]).toMatchObject({
      name: "北京星辰科技有限公司",
      why: "name starts with",
    });
  });

  it("finds a single Chinese character only where a name starts with it", async () => {
    await accounts("北京星辰科技有限公司", "上海星光贸易有限公司");
    const inside = await crm.find(ADA, { query: "星" });
    expect(inside).toEqual({ ok: true, value: [] });
    const start = await crm.find(ADA, { query: "北" });
    expect(start.ok && start.value.map(({ name, why }) => [name, why])).toEqual([
      ["北京星辰科技有限公司", "name starts with"],
    ]);
  });

  it("finds an account by its domain and a contact by email", async () => {
    const created = await crm.createAccount(ADA, { name: "Acme", domain: "acme.com" });
    if (!created.ok) throw new Error(created.error.message);
    await crm.createContact(ADA, {
      accountId: created.value.record.id,
      name: "Grace Hopper",
      email: "grace@acme.com",
    });
    const byDomain = await crm.find(ADA, { query: "https://www.acme.com/" });
    expect(byDomain.ok && byDomain.value).toEqual([
      expect.objectContaining({ kind: "account", name: "Acme", why: "domain" }),
    ]);
    const byEmail = await crm.find(ADA, { query: "Grace@Acme.com" });
    expect(byEmail.ok && byEmail.value).toEqual([
      expect.objectContaining({ kind: "contact", name: "Grace Hopper", why: "email" }),
    ]);
  });

  it("searches only the kinds asked for", async () => {
    const [accountId = ""] = await accounts("Acme");
    await crm.createDeal(ADA, {
      name: "Acme renewal",
      accountId,
      amount: { amountMinor: 100, currency: "EUR" },
      closeDate: "2026-06-30T00:00:00Z",
    });
    const deals = await crm.find(ADA, { query: "acme", kinds: ["deal"] });
    expect(deals.ok && deals.value.map(({ kind, name }) => [kind, name])).toEqual([
      ["deal", "Acme renewal"],
    ]);
  });

  it("returns only records the actor may read", async () => {
    await accounts("Acme");
    const eve = await crm.find(EVE, { query: "acme" });
    expect(eve).toEqual({ ok: true, value: [] });
    const leo = await crm.find(LEO, { query: "acme" });
    expect(leo.ok && leo.value.map((m) => m.name)).toEqual(["Acme"]);
  });

  it("treats %, _ and backslashes as the characters they are", async () => {
    await accounts(
      "50% Off Ltd",
      "500 Startups",
      "A_B Consulting",
      "AXB Consulting",
      "Back\\slash",
    );
    // Trigrams see "50%" as the word "50", so "500 Startups" may come as similar, never as a prefix.
    const startingWith = async (query: string) => {
      const found = await crm.find(ADA, { query });
      return found.ok ? found.value.filter((m) => m.tier !== "similar").map((m) => m.name) : found;
    };
    expect(await startingWith("50%")).toEqual(["50% Off Ltd"]);
    expect(await startingWith("a_b")).toEqual(["A_B Consulting"]);
    expect(await startingWith("back\\")).toEqual(["Back\\slash"]);
    expect(await crm.find(ADA, { query: "%" })).toEqual({ ok: true, value: [] });
    expect(await crm.find(ADA, { query: "_" })).toEqual({ ok: true, value: [] });
  });

  it("refuses an empty query and a limit out of range, saying what is wrong", async () => {
    expect(await crm.find(ADA, { query: "   " })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    const limit = await crm.find(ADA, { query: "acme", limit: 500 });
    expect(limit.ok || limit.error.message).toContain("at most 50");
  });

  it("answers any input with a result and never throws; SQL in it stays text", async () => {
    await accounts("Acme", "北京星辰科技有限公司", "O'Reilly Media");
    const nasty = fc.constantFrom(
      "'; drop table accounts; --",
      "\\",
      "%_%",
      "O'Reilly",
      "\u0000acme",
      "\uD800",
      "acme\u0000' or 1=1 --",
      "$1",
      "星辰%",
    );
    const query = fc.oneof(
      nasty,
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.string({ maxLength: 250 }),
    );
    await fc.assert(
      fc.asyncProperty(query, async (text) => {
        const found = await crm.find(ADA, { query: text });
        expect(found.ok || found.error.code === "invalid_input").toBe(true);
      }),
      { numRuns: 60 },
    );
    for (const input of [null, 42, { query: 42 }, { query: "acme", kinds: ["nope"] }, "acme"]) {
      const found = await crm.find(ADA, input as never);
      expect(found).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    const still = await crm.find(ADA, { query: "O'Reilly" });
    expect(still.ok && still.value.map((m) => m.name)).toEqual(["O'Reilly Media"]);
  });
});
