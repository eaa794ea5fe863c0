import { parseConfig } from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, BOB, EVE, FAY, LEO, MIA, openTestCrm } from "./crmTestKit";
import { aDealWithContacts, countRows, outboxTypes } from "./funnelFixtures";

const HOUR = 3_600_000;

describe.each(testDrivers())("approvals on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  /** Ada asks for a 20% discount on her €48,000 deal: the sales manager (Mia) must approve. */
  const aDiscountRequest = async (discountPercent = 20) => {
    const { deal } = await aDealWithContacts(crm);
    const requested = await crm.requestApproval(ADA, {
      dealId: deal.id,
      terms: { discountPercent },
    });
    if (!requested.ok) throw new Error(requested.error.message);
    return requested.value;
  };

  describe("asking for approval", () => {
    it("sends a 20% discount to the rep's sales manager, and tells both sides", async () => {
      const request = await aDiscountRequest();
      expect(request).toMatchObject({
        status: "pending",
        requesterId: "user-ada",
        waitingFor: ["user-mia"],
        steps: [{ stepId: "sales_manager", name: "Sales manager", status: "pending" }],
        terms: {
          discountPercent: 20,
          contractValue: { amountMinor: 4_800_000, currency: "EUR" },
          paymentTermsDays: 30,
        },
      });
      const mia = await crm.approvalsFor(MIA);
      expect(mia.ok && mia.value.toDecide.map((a) => a.id)).toEqual([request.id]);
      const ada = await crm.approvalsFor(ADA);
      expect(ada.ok && ada.value).toMatchObject({ toDecide: [], waiting: [{ id: request.id }] });
      expect(await outboxTypes(crm)).toEqual(["approval_requested"]);
    });

    it("approves a small discount on a small deal by policy, at once", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.requestApproval(ADA, {
        dealId: deal.id,
        terms: { discountPercent: 5 },
      });
      expect(result).toMatchObject({ ok: true, value: { status: "approved", waitingFor: [] } });
    });

    it("refuses a rep asking on a teammate's deal", async () => {
      const { deal } = await aDealWithContacts(crm);
      const result = await crm.requestApproval(BOB, {
        dealId: deal.id,
        terms: { discountPercent: 20 },
      });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await countRows(crm, "approval_events")).toBe(0);
    });
  });

  describe("deciding", () => {
    it("settles the request with the manager's approval, once", async () => {
      const request = await aDiscountRequest();
      const approved = await crm.decideApproval(MIA, {
        approvalId: request.id,
        decision: "approve",
        comment: "fine for a 3-year term",
      });
      expect(approved).toMatchObject({ ok: true, value: { status: "approved", waitingFor: [] } });
      const again = await crm.decideApproval(MIA, {
        approvalId: request.id,
        decision: "reject",
        comment: "no",
      });
      expect(again).toMatchObject({ ok: false, error: { code: "not_pending" } });
      expect(await outboxTypes(crm)).toEqual(["approval_requested", "approval_decided"]);
      const events = await crm.context.store.db
        .selectFrom("approval_events")
        .select(["seq", "event_type"])
        .orderBy("seq")
        .execute();
      expect(events).toEqual([
        { seq: 1, event_type: "approval_requested" },
        { seq: 2, event_type: "approval_decided" },
      ]);
    });

    it("never lets anyone approve their own request", async () => {
      const { deal } = await aDealWithContacts(crm, { ownerId: "user-mia" });
      const requested = await crm.requestApproval(MIA, {
        dealId: deal.id,
        terms: { discountPercent: 20 },
      });
      // Mia manages the sales team herself, so her own manager approves.
      expect(requested).toMatchObject({ ok: true, value: { waitingFor: ["user-leo"] } });
      const id = requested.ok ? requested.value.id : "";
      const self = await crm.decideApproval(MIA, { approvalId: id, decision: "approve" });
      expect(self).toMatchObject({ ok: false, error: { code: "self_approval" } });
      expect(await outboxTypes(crm)).toEqual(["approval_requested"]);
    });

    it("asks for a comment to reject, so the rep knows what to change", async () => {
      const request = await aDiscountRequest();
      const bare = await crm.decideApproval(MIA, { approvalId: request.id, decision: "reject" });
      expect(bare).toMatchObject({ ok: false, error: { code: "comment_required" } });
      const rejected = await crm.decideApproval(MIA, {
        approvalId: request.id,
        decision: "reject",
        comment: "Too deep for a one-year term",
      });
      expect(rejected).toMatchObject({ ok: true, value: { status: "rejected" } });
    });

    it("refuses someone who is not an approver", async () => {
      const request = await aDiscountRequest();
      const result = await crm.decideApproval(BOB, { approvalId: request.id, decision: "approve" });
      expect(result).toMatchObject({ ok: false, error: { code: "not_an_approver" } });
    });
  });

  describe("delegating", () => {
    it("lets the delegate decide within the window, and not after it", async () => {
      const request = await aDiscountRequest();
      const until = new Date(crm.clock().getTime() + 2 * HOUR);
      const delegated = await crm.delegateApproval(MIA, {
        approvalId: request.id,
        to: "user-bob",
        end: until,
      });
      expect(delegated).toMatchObject({
        ok: true,
        value: { delegations: [{ from: "user-mia", to: "user-bob" }] },
      });
      const inbox = await crm.approvalsFor(BOB);
      expect(inbox.ok && inbox.value.toDecide.map((a) => a.id)).toEqual([request.id]);

      crm.clock.advance(3 * HOUR);
      const late = await crm.decideApproval(BOB, { approvalId: request.id, decision: "approve" });
      expect(late).toMatchObject({ ok: false, error: { code: "not_an_approver" } });
      const lateInbox = await crm.approvalsFor(BOB);
      expect(lateInbox.ok && lateInbox.value.toDecide).toEqual([]);
    });

    it("records a delegate's decision on behalf of the approver", async () => {
      const request = await aDiscountRequest();
      const end = new Date(crm.clock().getTime() + 2 * HOUR);
      await crm.delegateApproval(MIA, { approvalId: request.id, to: "user-bob", end });
      crm.clock.advance(HOUR);
      const decided = await crm.decideApproval(BOB, {
        approvalId: request.id,
        decision: "approve",
      });
      expect(decided).toMatchObject({
        ok: true,
        value: {
          status: "approved",
          steps: [{ seats: [{ approverId: "user-mia", decision: { by: "user-bob" } }] }],
        },
      });
    });

    it("refuses a delegation to the requester", async () => {
      const request = await aDiscountRequest();
      const end = new Date(crm.clock().getTime() + HOUR);
      const result = await crm.delegateApproval(MIA, {
        approvalId: request.id,
        to: "user-ada",
        end,
      });
      expect(result).toMatchObject({ ok: false, error: { code: "self_approval" } });
    });
  });

  describe("recalling and escalating", () => {
    it("lets only the requester recall a pending request", async () => {
      const request = await aDiscountRequest();
      const notMine = await crm.recallApproval(BOB, { approvalId: request.id });
      expect(notMine).toMatchObject({ ok: false, error: { code: "not_requester" } });
      const recalled = await crm.recallApproval(ADA, {
        approvalId: request.id,
        reason: "customer took 10%",
      });
      expect(recalled).toMatchObject({ ok: true, value: { status: "recalled" } });
    });

    it("moves a silent approver's seat to their manager once the SLA has run out, not before", async () => {
      const request = await aDiscountRequest();
      const early = await crm.escalateApproval(ADA, { approvalId: request.id });
      expect(early).toMatchObject({ ok: false, error: { code: "escalation_not_due" } });
      crm.clock.advance(24 * HOUR);
      const escalated = await crm.escalateApproval(ADA, { approvalId: request.id });
      expect(escalated).toMatchObject({
        ok: true,
        value: { status: "pending", waitingFor: ["user-leo"] },
      });
      const leo = await crm.decideApproval(LEO, { approvalId: request.id, decision: "approve" });
      expect(leo).toMatchObject({ ok: true, value: { status: "approved" } });
    });

    it("refuses an escalation from someone outside the request", async () => {
      const request = await aDiscountRequest();
      crm.clock.advance(24 * HOUR);
      const result = await crm.escalateApproval(BOB, { approvalId: request.id });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });
  });

  describe("reading a request", () => {
    it("shows it to those who take part or may read the deal, and to no one else", async () => {
      const request = await aDiscountRequest();
      expect(await crm.approval(MIA, request.id)).toMatchObject({
        ok: true,
        value: { id: request.id },
      });
      expect(await crm.approval(FAY, request.id)).toMatchObject({
        ok: true,
        value: { id: request.id },
      });
      expect(await crm.approval(EVE, request.id)).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await crm.approval(ADA, "nope")).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
    });

    it("leaves the contract value out for a reader whose role may not see deal amounts", async () => {
      await crm.close();
      const config = parseConfig({ access: { hiddenFields: { finance: { deal: ["amount"] } } } });
      crm = await openTestCrm(driver, { config: config.ok ? config.value : undefined });
      const request = await aDiscountRequest();
      const seen = await crm.approval(FAY, request.id);
      expect(seen.ok && seen.value.terms).toEqual({
        discountPercent: 20,
        marginPercent: null,
        nonStandardTerms: null,
        paymentTermsDays: 30,
      });
      const approver = await crm.approval(MIA, request.id);
      expect(approver.ok && approver.value.terms.contractValue).toEqual({
        amountMinor: 4_800_000,
        currency: "EUR",
      });
    });
  });
});
