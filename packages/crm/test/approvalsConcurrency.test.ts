import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, ADM, BOB, EVE, LEO, MIA, openTestCrm } from "./crmTestKit";
import { aDealWithContacts } from "./funnelFixtures";

describe.each(testDrivers())("concurrent decisions on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  const aPendingRequest = async () => {
    const { deal } = await aDealWithContacts(crm);
    const requested = await crm.requestApproval(ADA, {
      dealId: deal.id,
      terms: { discountPercent: 20 },
    });
    if (!requested.ok) throw new Error(requested.error.message);
    return requested.value.id;
  };

  const decisionsOf = async (approvalId: string) =>
    crm.context.store.db
      .selectFrom("approval_events")
      .select("event_type")
      .where("request_id", "=", approvalId)
      .where("event_type", "=", "approval_decided")
      .execute();

  it("records exactly one decision when the approver's 50 clicks arrive at once", async () => {
    const approvalId = await aPendingRequest();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        crm.decideApproval(MIA, {
          approvalId,
          decision: i % 2 === 0 ? "approve" : "reject",
          comment: `click ${i}`,
        }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ ok: false, error: { code: "not_pending" } });
    }
    expect(await decisionsOf(approvalId)).toHaveLength(1);
    const stored = await crm.approval(MIA, approvalId);
    const winner = won[0];
    expect(stored.ok && stored.value.status).toBe(winner?.ok ? winner.value.status : "none");
  });

  it("records exactly one decision when 50 people answer at once, and tells everyone else why not", async () => {
    const approvalId = await aPendingRequest();
    const people = [MIA, BOB, EVE, LEO, ADM, ADA];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        crm.decideApproval(people[i % people.length] ?? MIA, { approvalId, decision: "approve" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const codes = new Set(results.flatMap((r) => (r.ok ? [] : [r.error.code])));
    for (const code of codes) {
      expect(["not_pending", "not_an_approver", "self_approval"]).toContain(code);
    }
    expect(await decisionsOf(approvalId)).toHaveLength(1);
  });
});
