import { jobWorker } from "@baton/store";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkHandOffSla, funnelJobHandlers, HAND_OFF_SLA_JOB } from "../src";
import { ADA, openTestCrm, T0 } from "./crmTestKit";
import { aLead, anActivity, routedConfig } from "./funnelFixtures";

const HOUR = 3_600_000;
const BANT = { budget: { met: true }, authority: { met: true }, need: { met: true } };
/** Ada accepts at Monday 09:00 UTC; 4 business hours later her first touch is due. */
const DUE = new Date("2026-03-02T13:00:00Z");

describe.each(testDrivers())("the hand-off SLA on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { config: routedConfig() });
  });
  afterEach(async () => {
    await crm.close();
  });

  /** Runs the jobs due at `at`, with the CRM's clock set there too. */
  const runJobsAt = (at: Date) => {
    crm.clock.set(at);
    return jobWorker(crm.context.store, funnelJobHandlers(crm.context)).runDue(at);
  };

  const anAcceptedLead = async () => {
    const lead = await aLead(crm);
    const accepted = await crm.acceptLead(ADA, { leadId: lead.id, criteria: BANT });
    expect(accepted).toMatchObject({ ok: true, value: { handOff: { slaDueAt: DUE } } });
    return lead;
  };

  const escalations = async () =>
    (
      await crm.context.store.db
        .selectFrom("outbox")
        .select("payload")
        .where("event_type", "=", "handoff_sla_escalated")
        .execute()
    ).map((row) => row.payload as { escalateTo: string | null; record: { id: string } });

  it("escalates to the sales manager once the deadline passes without a touch, and not before", async () => {
    const lead = await anAcceptedLead();
    expect(await runJobsAt(new Date(DUE.getTime() - 60_000))).toBe(0);
    expect(await escalations()).toEqual([]);
    expect(await runJobsAt(DUE)).toBe(1);
    expect(await escalations()).toMatchObject([
      { escalateTo: "user-mia", record: { id: lead.id } },
    ]);
  });

  it("leaves a lead alone that its new owner called in time", async () => {
    const lead = await anAcceptedLead();
    await anActivity(crm, {
      leadId: lead.id,
      actorId: "user-ada",
      occurredAt: new Date(T0.getTime() + HOUR),
    });
    expect(await runJobsAt(DUE)).toBe(1);
    expect(await escalations()).toEqual([]);
  });

  it("does not count someone else's call as the new owner's touch", async () => {
    const lead = await anAcceptedLead();
    await anActivity(crm, {
      leadId: lead.id,
      actorId: "user-bob",
      occurredAt: new Date(T0.getTime() + HOUR),
    });
    await runJobsAt(DUE);
    expect(await escalations()).toHaveLength(1);
  });

  it("does nothing for a lead handed on since", async () => {
    const lead = await anAcceptedLead();
    crm.clock.advance(HOUR);
    expect((await crm.recycleLead(ADA, { leadId: lead.id, reasonCode: "bad_timing" })).ok).toBe(
      true,
    );
    await runJobsAt(DUE);
    expect(await escalations()).toEqual([]);
  });

  it("escalates once, even when a retry runs the check again", async () => {
    await anAcceptedLead();
    const job = await crm.context.store.db
      .selectFrom("jobs")
      .select("payload")
      .where("name", "=", HAND_OFF_SLA_JOB)
      .executeTakeFirstOrThrow();
    await runJobsAt(DUE);
    expect(await checkHandOffSla(crm.context, job.payload)).toEqual({
      outcome: "already_escalated",
    });
    expect(await escalations()).toHaveLength(1);
  });

  it("escalates a lead left waiting in the sales queue to the manager of the receiving team", async () => {
    await crm.close();
    crm = await openTestCrm(driver);
    const lead = await aLead(crm);
    const accepted = await crm.acceptLead(ADA, { leadId: lead.id, criteria: BANT });
    expect(accepted).toMatchObject({
      ok: true,
      value: { handOff: { owner: { type: "queue", queue: "unassigned" }, slaDueAt: DUE } },
    });
    expect(await runJobsAt(DUE)).toBe(1);
    expect(await escalations()).toMatchObject([
      { escalateTo: "user-mia", record: { id: lead.id } },
    ]);
  });
});
