import { parseConfig } from "@baton/core";
import { jobWorker } from "@baton/store";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvalJobHandlers } from "../src";
import { ADA, MIA, openTestCrm, T0 } from "./crmTestKit";
import { aDealWithContacts, outboxTypes } from "./funnelFixtures";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const after = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testDrivers())("approval jobs on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  /** Runs the jobs due at `at`, with the CRM's clock set there too. */
  const runJobsAt = (at: Date) => {
    crm.clock.set(at);
    return jobWorker(crm.context.store, approvalJobHandlers(crm.context)).runDue(at);
  };

  const aPendingRequest = async () => {
    const { deal } = await aDealWithContacts(crm);
    const requested = await crm.requestApproval(ADA, {
      dealId: deal.id,
      terms: { discountPercent: 20 },
    });
    if (!requested.ok) throw new Error(requested.error.message);
    return requested.value.id;
  };

  const stateOf = async (approvalId: string) => {
    const seen = await crm.approval(ADA, approvalId);
    if (!seen.ok) throw new Error(seen.error.message);
    return seen.value;
  };

  it("escalates a silent manager's seat after the configured 24 hours, and not before", async () => {
    const requestId = await aPendingRequest();
    expect(await runJobsAt(after(23 * HOUR))).toBe(0);
    expect((await stateOf(requestId)).waitingFor).toEqual(["user-mia"]);

    expect(await runJobsAt(after(DAY))).toBe(1);
    expect((await stateOf(requestId)).waitingFor).toEqual(["user-leo"]);
    expect(await outboxTypes(crm)).toEqual(["approval_requested", "approval_escalated"]);
  });

  it("follows the configured escalation time", async () => {
    await crm.close();
    const config = parseConfig({ approvals: { escalateAfterHours: 2 } });
    if (!config.ok) throw new Error(config.error.message);
    crm = await openTestCrm(driver, { config: config.value });
    const requestId = await aPendingRequest();
    expect(await runJobsAt(after(HOUR))).toBe(0);
    expect(await runJobsAt(after(2 * HOUR))).toBe(1);
    expect((await stateOf(requestId)).waitingFor).toEqual(["user-leo"]);
  });

  it("leaves a request alone that was decided meanwhile", async () => {
    const requestId = await aPendingRequest();
    crm.clock.advance(HOUR);
    await crm.decideApproval(MIA, { approvalId: requestId, decision: "approve" });
    expect(await runJobsAt(after(DAY))).toBe(1);
    expect(await stateOf(requestId)).toMatchObject({ status: "approved", waitingFor: [] });
    expect(await outboxTypes(crm)).toEqual(["approval_requested", "approval_decided"]);
  });

  it("expires a request still pending after 30 days", async () => {
    const requestId = await aPendingRequest();
    await runJobsAt(after(29 * DAY));
    expect((await stateOf(requestId)).status).toBe("pending");
    await runJobsAt(after(30 * DAY));
    expect((await stateOf(requestId)).status).toBe("expired");
  });
});
