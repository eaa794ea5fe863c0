import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../src";
import { ADA, BOB, EVE, LEO, MIA, MONA, openTestCrm, T0 } from "./crmTestKit";

const EUR = (euros: number) => ({ amountMinor: euros * 100, currency: "EUR" });
const IN_A_MONTH = new Date(T0.getTime() + 30 * 86_400_000).toISOString();
const IN_A_WEEK = new Date(T0.getTime() + 7 * 86_400_000).toISOString();

describe.each(testDrivers())("deal, lead and pipeline views on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  const aDeal = async (
    actor: Actor,
    account: string,
    name: string,
    euros: number,
    stage = "qualification",
    closeDate = IN_A_MONTH,
  ) => {
    const acct = await crm.createAccount(actor, { name: account });
    if (!acct.ok) throw new Error(acct.error.message);
    const deal = await crm.createDeal(actor, {
      name,
      accountId: acct.value.record.id,
      amount: EUR(euros),
      closeDate,
      stage,
    });
    if (!deal.ok) throw new Error(deal.error.message);
    return deal.value.record;
  };

  describe("a deal by name", () => {
    it("shows its account, owner, stage with probability, and where it may move", async () => {
      await aDeal(ADA, "Acme GmbH", "Acme renewal", 50_000);
      const summary = await crm.dealSummary(ADA, { deal: "acme renewal" });
      expect(summary).toMatchObject({
        ok: true,
        value: {
          deal: { name: "Acme renewal", amount: EUR(50_000) },
          accountName: "Acme GmbH",
          ownerName: "Ada Lovelace",
          stage: { id: "qualification", label: "Qualification", outcome: "open" },
        },
      });
      const stages = summary.ok ? summary.value.openStages.map((s) => s.id) : [];
      expect(stages).toContain("proposal");
      expect(stages).not.toContain("qualification");
    });

    it("asks which deal when two are named alike, and finds none of a colleague's", async () => {
      await aDeal(ADA, "Acme GmbH", "Acme renewal 2026", 1);
      await aDeal(ADA, "Acme Inc", "Acme renewal 2027", 1);
      expect(await crm.dealSummary(ADA, { deal: "Acme renewal" })).toMatchObject({
        ok: false,
        error: { code: "ambiguous" },
      });
      expect(await crm.dealSummary(EVE, { deal: "Acme renewal 2026" })).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
    });
  });

  describe("a name typed in full", () => {
    it("means the record of exactly that name, even when another differs only in legal form", async () => {
      await crm.createAccount(ADA, { name: "Acme GmbH" });
      await crm.createAccount(ADA, { name: "Acme Inc" });
      const summary = await crm.accountSummary(ADA, { account: "acme inc" });
      expect(summary.ok && summary.value.account.name).toBe("Acme Inc");
      expect(await crm.accountSummary(ADA, { account: "Acme" })).toMatchObject({
        ok: false,
        error: { code: "ambiguous" },
      });
    });
  });

  describe("a lead by name", () => {
    it("scores it with the rules that gave its points", async () => {
      const lead = await crm.createLead(MONA, {
        name: "Li Wei",
        company: "Huawei",
        seniority: "vp",
        industry: "software",
        sizeBand: "201-1000",
      });
      expect(lead.ok).toBe(true);
      const summary = await crm.leadSummary(MONA, { lead: "Li Wei" });
      expect(summary.ok).toBe(true);
      if (!summary.ok) return;
      expect(summary.value.lead.name).toBe("Li Wei");
      const fit = summary.value.score?.fit;
      expect(fit?.points).toBeGreaterThan(0);
      expect(fit?.contributions.map((c) => c.field)).toContain("seniority");
      expect(fit?.points).toBe(fit?.contributions.reduce((sum, c) => sum + c.points, 0));
    });
  });

  describe("the open pipeline", () => {
    it("counts and sums a rep's own open deals per stage, closing-soonest first", async () => {
      await aDeal(ADA, "Acme GmbH", "Acme renewal", 50_000, "qualification", IN_A_MONTH);
      await aDeal(ADA, "Beta AG", "Beta pilot", 20_000, "proposal", IN_A_WEEK);
      await aDeal(BOB, "Gamma Ltd", "Gamma expansion", 99_000, "proposal");
      const mine = await crm.pipelineSummary(ADA, { scope: "me" });
      expect(mine.ok).toBe(true);
      if (!mine.ok) return;
      expect(mine.value.deals).toBe(2);
      const proposal = mine.value.stages.find((s) => s.stage === "proposal");
      expect(proposal).toMatchObject({
        deals: 1,
        amounts: [{ currency: "EUR", amountMinor: 2_000_000 }],
      });
      expect(mine.value.closingSoon.map((d) => d.name)).toEqual(["Beta pilot", "Acme renewal"]);
    });

    it("gives a manager the team's deals and refuses a rep the team's", async () => {
      await aDeal(ADA, "Acme GmbH", "Acme renewal", 50_000);
      await aDeal(BOB, "Gamma Ltd", "Gamma expansion", 99_000);
      const team = await crm.pipelineSummary(MIA, { scope: "team" });
      expect(team.ok && team.value.deals).toBe(2);
      expect(await crm.pipelineSummary(ADA, { scope: "company" })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      const company = await crm.pipelineSummary(LEO);
      expect(company.ok && company.value.scope).toBe("company");
    });
  });
});
