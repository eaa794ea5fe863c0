import { testDrivers } from "@baton/store/testing";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, BOB, MONA, openTestCrm, T0 } from "./crmTestKit";
import { aLead, countRows, historyOf, outboxTypes, routedConfig } from "./funnelFixtures";

const HOUR = 3_600_000;
const BANT = {
  budget: { met: true, note: "€40k approved for H2" },
  authority: { met: true },
  need: { met: true },
  timeline: { met: false },
};

describe.each(testDrivers())("lead qualification on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { config: routedConfig() });
  });
  afterEach(async () => {
    await crm.close();
  });

  describe("marking a lead marketing-qualified", () => {
    it("makes a lead who asked for a demo an MQL, keeping who decided and why", async () => {
      const lead = await aLead(crm, { lifecycleStage: "lead" });
      const result = await crm.qualifyLead(MONA, {
        leadId: lead.id,
        touches: [{ kind: "demo_request", at: T0 }],
      });
      expect(result).toMatchObject({
        ok: true,
        value: {
          lead: { id: lead.id, lifecycleStage: "mql", ownerId: "user-mona" },
          decision: { kind: "mql", via: "high_intent", by: "user-mona" },
          handOff: null,
        },
      });
      const fields = (await historyOf(crm, "lead", lead.id)).map((h) => h.field);
      expect(fields).toEqual(["lifecycleStage", "qualificationDecision"]);
      expect(await outboxTypes(crm)).toEqual(["lead_qualified", "stage_changed"]);
    });

    it("refuses a lead that meets no MQL rule, and writes nothing", async () => {
      const lead = await aLead(crm, { lifecycleStage: "lead" });
      const result = await crm.qualifyLead(MONA, { leadId: lead.id });
      expect(result).toMatchObject({ ok: false, error: { code: "not_qualified" } });
      expect(await countRows(crm, "history")).toBe(0);
      expect(await countRows(crm, "outbox")).toBe(0);
    });

    it("no longer counts a demo request made before sales handed the lead back", async () => {
      const lead = await aLead(crm, { lifecycleStage: "sql", ownerId: "user-ada" });
      crm.clock.advance(HOUR);
      expect((await crm.recycleLead(ADA, { leadId: lead.id, reasonCode: "bad_timing" })).ok).toBe(
        true,
      );
      crm.clock.advance(HOUR);
      const stale = await crm.qualifyLead(MONA, {
        leadId: lead.id,
        touches: [{ kind: "demo_request", at: T0 }],
      });
      expect(stale).toMatchObject({ ok: false, error: { code: "not_qualified" } });
      const fresh = await crm.qualifyLead(MONA, {
        leadId: lead.id,
        touches: [{ kind: "demo_request", at: crm.clock() }],
      });
      expect(fresh).toMatchObject({ ok: true, value: { lead: { lifecycleStage: "mql" } } });
    });
  });

  describe("sales accepting an MQL", () => {
    it("hands the lead to sales with a first-touch deadline, and marketing keeps read access", async () => {
      const lead = await aLead(crm);
      const result = await crm.acceptLead(ADA, { leadId: lead.id, criteria: BANT });
      expect(result).toMatchObject({
        ok: true,
        value: {
          lead: { lifecycleStage: "sql", ownerId: "user-ada", previousOwnerIds: ["user-mona"] },
          decision: { kind: "sql_accepted", by: "user-ada" },
          handOff: {
            fromTeam: "marketing",
            toTeam: "sales",
            owner: { type: "user", userId: "user-ada" },
            // Monday 09:00 UTC + 4 business hours in Ada's zone (UTC).
            slaDueAt: new Date("2026-03-02T13:00:00Z"),
          },
        },
      });
      expect(await outboxTypes(crm)).toEqual(["lead_accepted", "stage_changed", "handed_off"]);
      const changed = (await historyOf(crm, "lead", lead.id)).map((h) => h.field);
      expect(changed).toEqual(
        expect.arrayContaining([
          "lifecycleStage",
          "ownerId",
          "previousOwnerIds",
          "qualificationDecision",
        ]),
      );
    });

    it("shares hand-offs round-robin between the sales reps", async () => {
      const owners: unknown[] = [];
      for (let i = 0; i < 3; i++) {
        const lead = await aLead(crm);
        const result = await crm.acceptLead(BOB, { leadId: lead.id, criteria: BANT });
        owners.push(result.ok && result.value.handOff?.owner);
      }
      expect(owners).toEqual([
        { type: "user", userId: "user-ada" },
        { type: "user", userId: "user-bob" },
        { type: "user", userId: "user-ada" },
      ]);
    });

    it("refuses marketing accepting its own MQL, and writes nothing", async () => {
      const lead = await aLead(crm);
      const result = await crm.acceptLead(MONA, { leadId: lead.id, criteria: BANT });
      expect(result).toMatchObject({ ok: false, error: { code: "not_allowed" } });
      expect(await countRows(crm, "history")).toBe(0);
      expect(await countRows(crm, "outbox")).toBe(0);
    });

    it("refuses too few criteria with what is missing", async () => {
      const lead = await aLead(crm);
      const result = await crm.acceptLead(ADA, {
        leadId: lead.id,
        criteria: { need: { met: true } },
      });
      expect(result).toMatchObject({ ok: false, error: { code: "criteria_not_met" } });
    });

    it("does the work once when the same chat message arrives twice", async () => {
      const lead = await aLead(crm);
      const key = { idempotencyKey: "slack:T1:1700000000.000200" };
      const first = await crm.acceptLead(ADA, { leadId: lead.id, criteria: BANT }, key);
      const retry = await crm.acceptLead(ADA, { leadId: lead.id, criteria: BANT }, key);
      expect(retry).toEqual(first);
      expect(await outboxTypes(crm)).toEqual(["lead_accepted", "stage_changed", "handed_off"]);
    });
  });

  describe("recycling and disqualifying", () => {
    it("hands a recycled SQL back to marketing's queue, with the reason", async () => {
      const lead = await aLead(crm, { lifecycleStage: "sql", ownerId: "user-ada" });
      const result = await crm.recycleLead(ADA, {
        leadId: lead.id,
        reasonCode: "bad_timing",
        note: "budget opens in Q3",
      });
      expect(result).toMatchObject({
        ok: true,
        value: {
          lead: { lifecycleStage: "recycled", ownerId: null, ownerQueue: "unassigned" },
          decision: { kind: "recycled", reasonCode: "bad_timing", note: "budget opens in Q3" },
          handOff: { fromTeam: "sales", toTeam: "marketing", slaDueAt: null },
        },
      });
      expect(await outboxTypes(crm)).toEqual(["lead_recycled", "stage_changed", "handed_off"]);
    });

    it("refuses a rep recycling a teammate's lead, and writes nothing", async () => {
      const lead = await aLead(crm, { lifecycleStage: "sql", ownerId: "user-ada" });
      const result = await crm.recycleLead(BOB, { leadId: lead.id, reasonCode: "bad_timing" });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await countRows(crm, "outbox")).toBe(0);
    });

    it("takes a spam lead out of the funnel without a hand-off", async () => {
      const lead = await aLead(crm);
      const result = await crm.disqualifyLead(MONA, { leadId: lead.id, reasonCode: "spam" });
      expect(result).toMatchObject({
        ok: true,
        value: { lead: { lifecycleStage: "disqualified" }, handOff: null },
      });
      expect(await outboxTypes(crm)).toEqual(["lead_disqualified", "stage_changed"]);
    });

    it("writes a decision and its events, or nothing at all, whatever reason code is given", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constantFrom("bad_timing", "nurture", "no_response"),
            fc.string({ maxLength: 12 }),
          ),
          async (reasonCode) => {
            const lead = await aLead(crm, { lifecycleStage: "sql", ownerId: "user-ada" });
            const before = {
              history: await countRows(crm, "history"),
              outbox: await countRows(crm, "outbox"),
            };
            const result = await crm.recycleLead(ADA, { leadId: lead.id, reasonCode });
            const grew = {
              history: (await countRows(crm, "history")) - before.history,
              outbox: (await countRows(crm, "outbox")) - before.outbox,
            };
            if (result.ok) expect(grew).toEqual({ history: 5, outbox: 3 });
            else expect(grew).toEqual({ history: 0, outbox: 0 });
          },
        ),
        { numRuns: 12 },
      );
    });
  });

  it("answers a lead that does not exist with not_found", async () => {
    const result = await crm.disqualifyLead(MONA, { leadId: "lead-nope", reasonCode: "spam" });
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
