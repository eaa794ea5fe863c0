import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { myDay, replyText } from "../src";
import { ADA, EVE, MIA, openTestChat, T0 } from "./chatTestKit";

const [driver] = testDrivers();

describe.runIf(driver)("my day", () => {
  let kit: Awaited<ReturnType<typeof openTestChat>>;
  beforeEach(async () => {
    if (driver) kit = await openTestChat(driver);
  });
  afterEach(async () => {
    await kit?.close();
  });

  it("shows tasks due today, the pipeline, and the pace against this quarter's quota", async () => {
    const acme = await kit.crm.createAccount(ADA, { name: "Acme GmbH" });
    if (!acme.ok) throw new Error(acme.error.message);
    await kit.crm.createDeal(ADA, {
      name: "Acme renewal",
      accountId: acme.value.record.id,
      amount: { amountMinor: 2_000_000, currency: "EUR" },
      closeDate: new Date(T0.getTime() + 20 * 86_400_000).toISOString(),
    });
    await kit.crm.logActivity(ADA, {
      kind: "call",
      account: "Acme GmbH",
      nextStep: {
        text: "send the proposal",
        dueAt: new Date(T0.getTime() + 3_600_000).toISOString(),
      },
    });
    const quota = await kit.crm.setQuota(MIA, {
      userId: ADA.userId,
      period: "this_quarter",
      amount: { amountMinor: 10_000_000, currency: "EUR" },
    });
    expect(quota.ok).toBe(true);
    const text = replyText(await myDay(kit.crm, ADA.userId));
    expect(text).toContain("My day — Ada Lovelace");
    expect(text).toContain("send the proposal");
    expect(text).toContain("Your open pipeline: 1 deal, €20,000.00");
    expect(text).toMatch(/Quota this quarter: 0% attained, on pace for 0%\./);
  });

  it("speaks the reader's language and leaves out a pace without a quota", async () => {
    const page = await myDay(kit.crm, EVE.userId);
    expect(page.locale).toBe("zh-CN");
    expect(replyText(page)).toContain("今天没有到期的事项");
    expect(replyText(page)).not.toContain("配额");
  });
});
