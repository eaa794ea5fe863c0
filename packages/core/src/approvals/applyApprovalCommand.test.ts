import { describe, expect, it } from "vitest";
import { anApprovalCompany, someApprovalTerms, T0 } from "../../test/builders";
import type { Config } from "../config/config";
import { applyApprovalCommand } from "./applyApprovalCommand";
import type { ApprovalCommandInput } from "./approvalCommand";
import type { ApprovalEvent } from "./approvalEvents";
import type { ApprovalState } from "./approvalState";
import type { ApprovalTermsInput } from "./approvalTerms";

const company = anApprovalCompany();
const { directory } = company;
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

const requestOf = (terms: Partial<ApprovalTermsInput>, by = "user-ada"): ApprovalCommandInput => ({
  type: "request",
  requestId: "apr-1",
  by,
  at: T0,
  deal: { id: "deal-1", name: "Acme renewal" },
  terms: someApprovalTerms(terms),
});

/** Applies commands in order and stops at the first refusal, returning it with what came before. */
const run = (commands: ApprovalCommandInput[], config: Config = company.config) => {
  let state: ApprovalState | null = null;
  const events: ApprovalEvent[] = [];
  for (const command of commands) {
    const result = applyApprovalCommand(state, command, directory, config);
    if (!result.ok) return { state, events, error: result.error };
    state = result.value.state;
    events.push(...result.value.events);
  }
  return { state, events, error: null };
};

const decide = (
  by: string,
  at: number,
  decision: "approve" | "reject" = "approve",
  comment: string | null = null,
): ApprovalCommandInput => ({ type: "decide", by, at: hours(at), decision, comment });

const twoSteps = requestOf({ discountPercent: 30 });

describe("requesting approval", () => {
  it("announces the request with the deal, the amount, the discount and the first approvers", () => {
    const { state, events } = run([requestOf({ discountPercent: 18 })]);
    expect(state).toMatchObject({ status: "pending", currentStep: 0 });
    expect(events).toEqual([
      expect.objectContaining({
        type: "approval_requested",
        at: T0,
        by: "user-ada",
        request: {
          id: "apr-1",
          deal: { id: "deal-1", name: "Acme renewal" },
          amount: { amountMinor: 1_000_000, currency: "EUR" },
          discountPercent: 18,
          requesterId: "user-ada",
        },
        autoApproved: false,
        approverIds: ["user-sol"],
      }),
    ]);
  });

  it("approves a request the policy does not need anyone for, at once", () => {
    const { state, events } = run([requestOf({})]);
    expect(state).toMatchObject({
      status: "approved",
      currentStep: null,
      settledAt: T0,
      steps: [],
    });
    expect(events.map((e) => e.type)).toEqual(["approval_requested"]);
    expect(events[0]).toMatchObject({ autoApproved: true, approverIds: [] });
  });

  it("refuses a second request on the same state", () => {
    const { error } = run([twoSteps, twoSteps]);
    expect(error).toMatchObject({ code: "already_requested" });
  });

  it("refuses a requester it cannot find", () => {
    expect(run([requestOf({}, "user-ghost")]).error).toMatchObject({ code: "unknown_user" });
  });

  it("refuses a request the policy cannot route", () => {
    const { error } = run([requestOf({ contractValue: { amountMinor: 1, currency: "JPY" } })]);
    expect(error).toMatchObject({ code: "unknown_currency" });
  });

  it("refuses any other command before the request", () => {
    expect(run([decide("user-sol", 1)]).error).toMatchObject({
      code: "no_request",
      message: "There is no approval request to decide; make one with a 'request' command first.",
    });
  });
});

describe("deciding an approval step", () => {
  it("moves to leadership once the sales manager approves", () => {
    const { state, events } = run([twoSteps, decide("user-sol", 1, "approve", "ok by me")]);
    expect(state).toMatchObject({ status: "pending", currentStep: 1 });
    expect(events.slice(1)).toEqual([
      expect.objectContaining({
        type: "approval_decided",
        by: "user-sol",
        decision: "approve",
        comment: "ok by me",
        onBehalfOf: ["user-sol"],
        stepStatus: "approved",
        requestStatus: "pending",
        waitingFor: [],
      }),
      expect.objectContaining({
        type: "approval_step_advanced",
        fromStepName: "Sales manager",
        stepIndex: 1,
        stepName: "VP / leadership",
        approverIds: ["user-vera", "user-gus"],
      }),
    ]);
    expect(state?.steps[1]?.startedAt).toEqual(hours(1));
  });

  it("approves the request when the first leader answers the last step", () => {
    const { state, events } = run([twoSteps, decide("user-sol", 1), decide("user-gus", 2)]);
    expect(state).toMatchObject({
      status: "approved",
      settledAt: hours(2),
      steps: [{ status: "approved" }, { status: "approved" }],
    });
    expect(events.at(-1)).toMatchObject({ type: "approval_decided", requestStatus: "approved" });
  });

  it("rejects the whole request on one reject, marking later steps as never answered", () => {
    const { state } = run([twoSteps, decide("user-sol", 1, "reject", "Too deep a discount")]);
    expect(state).toMatchObject({
      status: "rejected",
      steps: [{ status: "rejected" }, { status: "no_response" }],
    });
    expect(state?.steps[0]?.seats[0]?.decision).toEqual({
      decision: "reject",
      by: "user-sol",
      comment: "Too deep a discount",
      at: hours(1),
    });
  });

  it("asks for a comment with a reject", () => {
    expect(run([twoSteps, decide("user-sol", 1, "reject", "  ")]).error).toMatchObject({
      code: "comment_required",
    });
  });

  it("never lets the requester approve their own request", () => {
    expect(run([twoSteps, decide("user-ada", 1)]).error).toMatchObject({
      code: "self_approval",
      message:
        "No one approves their own request: user-ada asked for approval of Acme renewal, so another approver of 'Sales manager' must decide.",
    });
  });

  it("refuses someone who is not an approver of the current step", () => {
    expect(run([twoSteps, decide("user-vera", 1)]).error).toMatchObject({
      code: "not_an_approver",
      message:
        "user-vera is not an approver of the 'Sales manager' step of Acme renewal (nor their delegate at 2026-03-02T10:00:00.000Z); it waits for user-sol.",
    });
  });

  it("refuses a decision on a request that is no longer pending", () => {
    const { error, state } = run([
      twoSteps,
      decide("user-sol", 1, "reject", "no"),
      decide("user-sol", 2),
    ]);
    expect(state?.status).toBe("rejected");
    expect(error).toMatchObject({
      code: "not_pending",
      message:
        "The approval request for Acme renewal is already rejected; it cannot be decided again. Make a new request if the terms changed.",
    });
  });

  it("refuses a command dated before the request's last change", () => {
    expect(run([twoSteps, decide("user-sol", 2), decide("user-vera", 1)]).error).toMatchObject({
      code: "out_of_order",
    });
  });

  describe("in a unanimous step", () => {
    const unanimous = anApprovalCompany({
      steps: [
        {
          id: "board",
          name: "Board",
          mode: "unanimous",
          approvers: [{ type: "role", role: "leadership" }],
        },
      ],
      rules: [
        {
          id: "all",
          name: "Every deal",
          when: [{ kind: "discount_at_least", percent: 0 }],
          steps: ["board"],
        },
      ],
    }).config;

    it("waits for every approver before approving", () => {
      const first = run([requestOf({}), decide("user-vera", 1)], unanimous);
      expect(first.state).toMatchObject({ status: "pending", steps: [{ status: "pending" }] });
      expect(first.events.at(-1)).toMatchObject({
        stepStatus: "pending",
        waitingFor: ["user-gus"],
      });
      const both = run([requestOf({}), decide("user-vera", 1), decide("user-gus", 2)], unanimous);
      expect(both.state).toMatchObject({ status: "approved", steps: [{ status: "approved" }] });
    });

    it("rejects on one reject even after others approved", () => {
      const { state } = run(
        [requestOf({}), decide("user-vera", 1), decide("user-gus", 2, "reject", "No")],
        unanimous,
      );
      expect(state?.status).toBe("rejected");
    });

    it("does not count the same approver twice", () => {
      const { error } = run(
        [requestOf({}), decide("user-vera", 1), decide("user-vera", 2)],
        unanimous,
      );
      expect(error).toMatchObject({ code: "already_decided" });
    });
  });
});

describe("delegating", () => {
  const delegateTo = (
    by: string,
    to: string,
    start: number,
    end: number,
    at = start,
  ): ApprovalCommandInput => ({
    type: "delegate",
    by,
    to,
    start: hours(start),
    end: hours(end),
    at: hours(at),
  });

  it("lets a delegate decide for the approver within the date range", () => {
    const { state, events } = run([
      twoSteps,
      delegateTo("user-sol", "user-bo", 1, 48),
      decide("user-bo", 2),
    ]);
    expect(events[1]).toMatchObject({
      type: "approval_delegated",
      from: "user-sol",
      to: "user-bo",
    });
    expect(events[2]).toMatchObject({
      type: "approval_decided",
      by: "user-bo",
      onBehalfOf: ["user-sol"],
    });
    expect(state?.steps[0]?.seats[0]?.decision?.by).toBe("user-bo");
  });

  it("refuses a delegate outside the date range", () => {
    const { error } = run([
      twoSteps,
      delegateTo("user-sol", "user-bo", 1, 2),
      decide("user-bo", 3),
    ]);
    expect(error).toMatchObject({ code: "not_an_approver" });
  });

  it("lets an approver of a later step delegate ahead of time", () => {
    const { events } = run([
      twoSteps,
      delegateTo("user-vera", "user-fay", 1, 48),
      decide("user-sol", 2),
      decide("user-fay", 3),
    ]);
    expect(events.at(-1)).toMatchObject({ requestStatus: "approved", onBehalfOf: ["user-vera"] });
  });

  it("never delegates to the requester", () => {
    expect(run([twoSteps, delegateTo("user-sol", "user-ada", 1, 48)]).error).toMatchObject({
      code: "self_approval",
    });
  });

  it("refuses a delegation by someone with nothing to decide", () => {
    expect(run([twoSteps, delegateTo("user-bo", "user-fay", 1, 48)]).error).toMatchObject({
      code: "not_an_approver",
    });
  });

  it("refuses delegating to oneself, to an unknown user, or for a range that is empty or over", () => {
    expect(run([twoSteps, delegateTo("user-sol", "user-sol", 1, 48)]).error).toMatchObject({
      code: "invalid_delegation",
      message: "user-sol cannot delegate to user-sol: a delegate must be someone else.",
    });
    expect(run([twoSteps, delegateTo("user-sol", "user-x", 1, 48)]).error).toMatchObject({
      code: "unknown_user",
    });
    expect(run([twoSteps, delegateTo("user-sol", "user-bo", 5, 5)]).error).toMatchObject({
      code: "invalid_delegation",
    });
    expect(run([twoSteps, delegateTo("user-sol", "user-bo", 1, 2, 3)]).error).toMatchObject({
      code: "invalid_delegation",
    });
  });

  it("refuses an inactive delegate", () => {
    const { users, teams } = company;
    const withInactive = users.map((u) => (u.id === "user-bo" ? { ...u, active: false } : u));
    const started = run([twoSteps]);
    const result = applyApprovalCommand(
      started.state,
      delegateTo("user-sol", "user-bo", 1, 48),
      { users: withInactive, teams },
      company.config,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_delegation" } });
  });
});

describe("escalating", () => {
  const escalate = (at: number): ApprovalCommandInput => ({
    type: "escalate",
    by: "job-approvals",
    at: hours(at),
  });

  it("waits 24 hours before escalating", () => {
    expect(run([twoSteps, escalate(23)]).error).toMatchObject({
      code: "escalation_not_due",
      message:
        "The 'Sales manager' step of Acme renewal escalates at 2026-03-03T09:00:00.000Z (24 hours after 2026-03-02T09:00:00.000Z); try again then.",
    });
  });

  it("moves an unanswered seat to the approver's manager, who may then decide", () => {
    const { state, events } = run([twoSteps, escalate(24), decide("user-vera", 25)]);
    expect(events[1]).toMatchObject({
      type: "approval_escalated",
      stepName: "Sales manager",
      escalations: [{ from: "user-sol", to: "user-vera" }],
      approverIds: ["user-vera"],
    });
    expect(state?.steps[0]?.seats[0]).toMatchObject({
      approverId: "user-vera",
      via: "escalation",
      escalatedFrom: "user-sol",
      decision: { by: "user-vera" },
    });
  });

  it("counts the next escalation from the last one", () => {
    const { error } = run([twoSteps, escalate(24), escalate(30)]);
    expect(error).toMatchObject({ code: "escalation_not_due" });
  });

  it("says so when no approver has a manager to escalate to", () => {
    const { error, state } = run([
      requestOf({ discountPercent: 30 }, "user-gus"),
      decide("user-vera", 1),
      escalate(30),
    ]);
    expect(state?.steps[1]?.seats.map((s) => s.approverId)).toEqual(["user-vera"]);
    expect(error).toMatchObject({ code: "no_escalation_target" });
  });

  it("never escalates to the requester", () => {
    // Bo asks; his team is managed by Sol, and Sol reports to nobody but Bo's own team in this twist.
    const twisted = anApprovalCompany();
    const users = twisted.users.map((u) => (u.id === "user-vera" ? { ...u, id: "user-vera" } : u));
    const teams = twisted.teams.map((t) =>
      t.id === "team-lead" ? { ...t, managerId: "user-bo" } : t,
    );
    let state: ApprovalState | null = null;
    const first = applyApprovalCommand(
      null,
      requestOf({ discountPercent: 20 }, "user-bo"),
      { users, teams },
      twisted.config,
    );
    if (first.ok) state = first.value.state;
    const result = applyApprovalCommand(state, escalate(24), { users, teams }, twisted.config);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "no_escalation_target", message: expect.stringContaining("is the requester") },
    });
  });

  it("keeps a seat whose approver is missing from the users, and says why", () => {
    const started = run([twoSteps]);
    const result = applyApprovalCommand(
      started.state,
      escalate(24),
      { users: company.users.filter((u) => u.id !== "user-sol"), teams: company.teams },
      company.config,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "no_escalation_target",
        message: expect.stringContaining("user-sol is not among the users given"),
      },
    });
  });
});

describe("recalling and expiring", () => {
  it("lets the requester recall a pending request, closing every open step", () => {
    const { state, events } = run([
      twoSteps,
      { type: "recall", by: "user-ada", at: hours(1), reason: "Customer walked" },
    ]);
    expect(state).toMatchObject({
      status: "recalled",
      steps: [{ status: "no_response" }, { status: "no_response" }],
    });
    expect(events[1]).toMatchObject({
      type: "approval_recalled",
      reason: "Customer walked",
      pendingApproverIds: ["user-sol"],
    });
  });

  it("lets only the requester recall", () => {
    expect(run([twoSteps, { type: "recall", by: "user-sol", at: hours(1) }]).error).toMatchObject({
      code: "not_requester",
    });
  });

  it("expires a request still pending after 30 days, not before", () => {
    expect(
      run([twoSteps, { type: "expire", by: "job", at: hours(24 * 30 - 1) }]).error,
    ).toMatchObject({
      code: "expiry_not_due",
    });
    const { state, events } = run([twoSteps, { type: "expire", by: "job", at: hours(24 * 30) }]);
    expect(state?.status).toBe("expired");
    expect(events[1]).toMatchObject({ type: "approval_expired", pendingApproverIds: ["user-sol"] });
  });

  it("cannot recall a request that is already approved", () => {
    const { error } = run([requestOf({}), { type: "recall", by: "user-ada", at: hours(1) }]);
    expect(error).toMatchObject({
      code: "not_pending",
      message: expect.stringContaining("cannot be recalled"),
    });
  });
});

describe("refusing what it cannot read", () => {
  it("refuses a broken state, command, context or configuration", () => {
    const { state } = run([twoSteps]);
    const ok = decide("user-sol", 1);
    expect(
      applyApprovalCommand(
        { ...state, status: "pending", currentStep: 9 } as never,
        ok,
        directory,
        company.config,
      ),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(
      applyApprovalCommand(state, { type: "approve" } as never, directory, company.config),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(
      applyApprovalCommand(state, ok, { users: "all" } as never, company.config),
    ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(applyApprovalCommand(state, ok, directory, null as never)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});
