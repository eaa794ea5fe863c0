import { parseConfig } from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../src";
import { ADA, ADM, BOB, EVE, MIA, openTestCrm, T0 } from "./crmTestKit";
import type { TestCrm } from "./recordsTestKit";

const HOUR = 3_600_000;

/** Reps see deals without their amount here, so field visibility shows in the summary. */
const amountHiddenFromReps = () => {
  const config = parseConfig({ access: { hiddenFields: { rep: { deal: ["amount"] } } } });
  if (!config.ok) throw new Error(config.error.message);
  return config.value;
};

describe.each(testDrivers())("account summary on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { config: amountHiddenFromReps() });
  });
  afterEach(async () => {
    await crm.close();
  });

  const acme = async () => {
    const created = await crm.createAccount(ADA, {
      name: "Acme GmbH",
      domain: "acme.de",
      industry: "software",
      lifecycleStage: "opportunity",
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.record.id;
  };

  it("shows owner, stage, open deals, recent activities and next steps", async () => {
    const accountId = await acme();
    await crm.createDeal(ADA, {
      name: "Acme renewal",
      accountId,
      amount: { amountMinor: 5_000_000, currency: "EUR" },
      closeDate: "2026-06-30T00:00:00Z",
      stage: "proposal",
    });
    for (let i = 1; i <= 12; i++) {
      crm.clock.advance(HOUR);
      await crm.logActivity(ADA, { kind: "call", account: accountId, subject: `call ${i}` });
    }
    await crm.logActivity(ADA, {
      kind: "meeting",
      account: accountId,
      subject: "kick-off",
      nextStep: { text: "Send proposal", dueAt: new Date(T0.getTime() + 48 * HOUR) },
    });
    const summary = await crm.accountSummary(MIA, { account: "acme" });
    expect(summary).toMatchObject({
      ok: true,
      value: {
        account: { id: accountId, name: "Acme GmbH" },
        matchedBy: "exact name (apart from the legal form)",
        owner: { type: "user", id: "user-ada", name: "Ada Lovelace" },
        lifecycleStage: "opportunity",
        openDeals: [
          {
            name: "Acme renewal",
            stage: "proposal",
            amount: { amountMinor: 5_000_000, currency: "EUR" },
          },
        ],
        nextSteps: [{ text: "Send proposal", assigneeId: "user-ada" }],
        assessments: [],
      },
    });
    const recent = summary.ok ? summary.value.recentActivities : [];
    expect(recent.map((a) => a.subject)).toEqual([
      "kick-off",
      ...Array.from({ length: 9 }, (_, i) => `call ${12 - i}`),
    ]);
    expect(summary.ok && summary.value.health).toMatchObject({
      missing: ["country", "sizeBand"],
      fresh: true,
      lastActivityAt: crm.clock(),
    });
    expect(summary.ok && summary.value.health?.problems).not.toContain("no_next_step");
  });

  it("shows the judgements teams recorded on the account", async () => {
    const accountId = await acme();
    const graded = await crm.recordAssessment(ADA, {
      record: { kind: "account", id: accountId },
      kind: "customer_grade",
      value: "A",
    });
    expect(graded.ok).toBe(true);
    const summary = await crm.accountSummary(BOB, { account: accountId });
    expect(summary.ok && summary.value.assessments).toEqual([
      expect.objectContaining({ kind: "customer_grade", value: "A", authorId: "user-ada" }),
    ]);
  });

  it("never shows someone else's private note, not even to their manager or an admin", async () => {
    const accountId = await acme();
    await crm.logActivity(ADA, { kind: "note", account: accountId, body: "shared" });
    await crm.logActivity(ADA, {
      kind: "note",
      account: accountId,
      body: "their CFO is leaving",
      private: true,
    });
    const bodies = async (actor: Actor) => {
      const summary = await crm.accountSummary(actor, { account: accountId });
      return summary.ok ? summary.value.recentActivities.map((a) => a.body) : summary.error.code;
    };
    expect(await bodies(ADA)).toEqual(expect.arrayContaining(["shared", "their CFO is leaving"]));
    for (const reader of [BOB, MIA, ADM]) expect(await bodies(reader)).toEqual(["shared"]);
  });

  it("keeps a private next step off others' summaries", async () => {
    const accountId = await acme();
    await crm.logActivity(ADA, {
      kind: "note",
      account: accountId,
      private: true,
      nextStep: { text: "Ask about the CFO", dueAt: new Date(T0.getTime() + HOUR) },
    });
    const mine = await crm.accountSummary(ADA, { account: accountId });
    expect(mine.ok && mine.value.nextSteps.map((t) => t.text)).toEqual(["Ask about the CFO"]);
    const bobs = await crm.accountSummary(BOB, { account: accountId });
    expect(bobs.ok && bobs.value.nextSteps).toEqual([]);
  });

  it("shows each role only the fields it may see", async () => {
    const accountId = await acme();
    await crm.createDeal(ADA, {
      name: "Acme renewal",
      accountId,
      amount: { amountMinor: 5_000_000, currency: "EUR" },
      closeDate: "2026-06-30T00:00:00Z",
    });
    const bob = await crm.accountSummary(BOB, { account: "Acme" });
    expect(bob.ok && bob.value.openDeals).toEqual([
      expect.objectContaining({ name: "Acme renewal", amount: undefined }),
    ]);
    const mia = await crm.accountSummary(MIA, { account: "Acme" });
    expect(mia.ok && mia.value.openDeals[0]?.amount).toEqual({
      amountMinor: 5_000_000,
      currency: "EUR",
    });
  });

  it("does not show an account outside the actor's teams", async () => {
    await acme();
    const eve = await crm.accountSummary(EVE, { account: "Acme GmbH" });
    expect(eve).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("asks which account is meant when the name is ambiguous", async () => {
    await acme();
    await crm.createAccount(ADA, { name: "Acme Inc" });
    const summary = await crm.accountSummary(ADA, { account: "Acme" });
    expect(summary).toMatchObject({
      ok: false,
      error: { code: "ambiguous", details: { field: "account" } },
    });
    const candidates = summary.ok ? [] : (summary.error.details?.candidates as unknown[]);
    expect(candidates).toHaveLength(2);
  });
});
