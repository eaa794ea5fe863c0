import { describe, expect, it } from "vitest";
import { anApprovalCompany, someApprovalTerms, T0 } from "../../test/builders";
import { applyApprovalCommand } from "./applyApprovalCommand";
import type { ApprovalEvent } from "./approvalEvents";
import { replayApprovalEvents } from "./approvalReplay";

const { directory, config } = anApprovalCompany();
const requested = applyApprovalCommand(
  null,
  {
    type: "request",
    requestId: "apr-1",
    by: "user-ada",
    at: T0,
    deal: { id: "deal-1", name: "Acme renewal" },
    terms: someApprovalTerms({ discountPercent: 30 }),
  },
  directory,
  config,
);
const events: ApprovalEvent[] = requested.ok ? [...requested.value.events] : [];
const [request] = events;
const later = new Date(T0.getTime() + 3_600_000);
const ref = request?.request;

describe("replaying approval events", () => {
  it("rebuilds the request from its first event", () => {
    expect(replayApprovalEvents(events)).toMatchObject({
      ok: true,
      value: { id: "apr-1", status: "pending", currentStep: 0 },
    });
  });

  it("refuses a sequence that does not start with the request", () => {
    expect(
      replayApprovalEvents([
        {
          type: "approval_expired",
          at: later,
          by: "job",
          request: ref,
          stepIndex: 0,
          stepName: "Sales manager",
          pendingApproverIds: [],
        },
      ]),
    ).toMatchObject({ ok: false, error: { code: "invalid_event_sequence" } });
  });

  it("refuses a second request, an event of another request, and a decision for a step not waiting", () => {
    expect(replayApprovalEvents([request, request])).toMatchObject({
      ok: false,
      error: { code: "invalid_event_sequence" },
    });
    const other = {
      type: "approval_recalled",
      at: later,
      by: "user-ada",
      request: { ...ref, id: "apr-2" },
      reason: null,
      stepIndex: 0,
      stepName: "x",
      pendingApproverIds: [],
    };
    expect(replayApprovalEvents([request, other])).toMatchObject({
      ok: false,
      error: { code: "wrong_request" },
    });
    const decided = {
      type: "approval_decided",
      at: later,
      by: "user-vera",
      request: ref,
      stepIndex: 1,
      stepName: "VP / leadership",
      decision: "approve",
      comment: null,
      onBehalfOf: ["user-vera"],
      stepStatus: "approved",
      requestStatus: "approved",
      waitingFor: [],
    };
    expect(replayApprovalEvents([request, decided])).toMatchObject({
      ok: false,
      error: { code: "invalid_event_sequence" },
    });
    const advanced = {
      type: "approval_step_advanced",
      at: later,
      by: "user-sol",
      request: ref,
      fromStepIndex: 0,
      fromStepName: "Sales manager",
      stepIndex: 5,
      stepName: "x",
      mode: "first_response",
      approverIds: ["user-vera"],
      reasons: [],
    };
    expect(replayApprovalEvents([request, advanced])).toMatchObject({
      ok: false,
      error: { code: "invalid_event_sequence" },
    });
    const escalated = {
      type: "approval_escalated",
      at: later,
      by: "job",
      request: ref,
      stepIndex: 1,
      stepName: "x",
      escalations: [{ from: "user-vera", to: "user-x", reason: "r" }],
      unchanged: [],
      approverIds: ["user-x"],
    };
    expect(replayApprovalEvents([request, escalated])).toMatchObject({
      ok: false,
      error: { code: "invalid_event_sequence" },
    });
  });

  it("refuses anything after the request is final", () => {
    const recalled = {
      type: "approval_recalled",
      at: later,
      by: "user-ada",
      request: ref,
      reason: null,
      stepIndex: 0,
      stepName: "Sales manager",
      pendingApproverIds: [],
    };
    expect(replayApprovalEvents([request, recalled, recalled])).toMatchObject({
      ok: false,
      error: {
        code: "invalid_event_sequence",
        message: expect.stringContaining("the request is already recalled"),
      },
    });
  });

  it("refuses an empty list or something that is not events", () => {
    expect(replayApprovalEvents([])).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(replayApprovalEvents("events")).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});
