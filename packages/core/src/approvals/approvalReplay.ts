import { match } from "ts-pattern";
import { z } from "zod";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { ApprovalError } from "./approvalError";
import { ApprovalEvent } from "./approvalEvents";
import type { ApprovalState, ApprovalStatus, ApprovalStepState } from "./approvalState";

const outOfSequence = (event: ApprovalEvent, why: string): ApprovalError =>
  domainError(
    "invalid_event_sequence",
    `Event '${event.type}' at ${event.at.toISOString()} cannot follow the events before it: ${why}.`,
    { details: { type: event.type, requestId: event.request.id } },
  );

/** Ends the request: every step still waiting is marked as never answered. */
const settle = (state: ApprovalState, status: ApprovalStatus, at: Date): ApprovalState => ({
  ...state,
  status,
  currentStep: null,
  settledAt: at,
  steps: state.steps.map((step) =>
    step.status === "pending" ? { ...step, status: "no_response" } : step,
  ),
});

const withStep = (
  state: ApprovalState,
  index: number,
  change: (step: ApprovalStepState) => ApprovalStepState,
): ApprovalState => ({
  ...state,
  steps: state.steps.map((step, i) => (i === index ? change(step) : step)),
});

/**
 * One event applied to the state it follows: the only place the state changes, so a
 * command's result and a replay of its events cannot disagree.
 */
export const evolveApproval = (
  state: ApprovalState | null,
  event: ApprovalEvent,
): Result<ApprovalState, ApprovalError> => {
  if (event.type === "approval_requested") {
    if (state !== null) return err(outOfSequence(event, "the request already exists"));
    const steps: ApprovalStepState[] = event.steps.map((step, i) => ({
      stepId: step.stepId,
      name: step.name,
      mode: step.mode,
      status: "pending",
      reasons: step.reasons,
      seats: step.approvers.map((a) => ({ ...a, escalatedFrom: null, decision: null })),
      startedAt: i === 0 ? event.at : null,
      lastEscalatedAt: null,
    }));
    const auto = event.autoApproved || steps.length === 0;
    return ok({
      id: event.request.id,
      deal: event.request.deal,
      terms: event.terms,
      requesterId: event.request.requesterId,
      requestedAt: event.at,
      status: auto ? "approved" : "pending",
      currentStep: auto ? null : 0,
      steps,
      delegations: [],
      reasons: event.reasons,
      settledAt: auto ? event.at : null,
      updatedAt: event.at,
    });
  }
  if (state === null) return err(outOfSequence(event, "no request was made first"));
  if (event.request.id !== state.id)
    return err(
      domainError(
        "wrong_request",
        `Event '${event.type}' belongs to request '${event.request.id}', not '${state.id}'.`,
        { details: { expected: state.id, got: event.request.id } },
      ),
    );
  if (state.status !== "pending" || state.currentStep === null)
    return err(outOfSequence(event, `the request is already ${state.status}`));
  const current = state.currentStep;
  const next = { ...state, updatedAt: event.at };

  return match(event)
    .with({ type: "approval_decided" }, (e): Result<ApprovalState, ApprovalError> => {
      if (e.stepIndex !== current)
        return err(
          outOfSequence(e, `step ${current + 1} is the one waiting, not ${e.stepIndex + 1}`),
        );
      const decided = withStep(next, current, (step) => ({
        ...step,
        status: e.stepStatus,
        seats: step.seats.map((seat) =>
          seat.decision === null && e.onBehalfOf.includes(seat.approverId)
            ? {
                ...seat,
                decision: { decision: e.decision, by: e.by, comment: e.comment, at: e.at },
              }
            : seat,
        ),
      }));
      return ok(e.requestStatus === "pending" ? decided : settle(decided, e.requestStatus, e.at));
    })
    .with({ type: "approval_step_advanced" }, (e): Result<ApprovalState, ApprovalError> => {
      if (e.fromStepIndex !== current || state.steps[e.stepIndex] === undefined)
        return err(outOfSequence(e, `step ${current + 1} is the one waiting`));
      return ok(
        withStep({ ...next, currentStep: e.stepIndex }, e.stepIndex, (step) => ({
          ...step,
          startedAt: e.at,
        })),
      );
    })
    .with({ type: "approval_delegated" }, (e) =>
      ok({
        ...next,
        delegations: [
          ...state.delegations,
          { from: e.from, to: e.to, start: e.start, end: e.end, at: e.at },
        ],
      }),
    )
    .with({ type: "approval_escalated" }, (e): Result<ApprovalState, ApprovalError> => {
      if (e.stepIndex !== current)
        return err(
          outOfSequence(e, `step ${current + 1} is the one waiting, not ${e.stepIndex + 1}`),
        );
      return ok(
        withStep(next, current, (step) => ({
          ...step,
          lastEscalatedAt: e.at,
          seats: step.seats.map((seat) => {
            const moved = e.escalations.find((x) => x.from === seat.approverId);
            return seat.decision === null && moved
              ? {
                  approverId: moved.to,
                  via: "escalation" as const,
                  reason: moved.reason,
                  escalatedFrom: seat.approverId,
                  decision: null,
                }
              : seat;
          }),
        })),
      );
    })
    .with({ type: "approval_recalled" }, (e) => ok(settle(next, "recalled", e.at)))
    .with({ type: "approval_expired" }, (e) => ok(settle(next, "expired", e.at)))
    .exhaustive();
};

/**
 * Rebuilds a request's state from its stored events, in order; the state a sequence of
 * commands produced is exactly the state its events replay to.
 *
 * @example
 * replayApprovalEvents([requested, decided]) // ok({ status: "approved", steps: [{ status: "approved", … }], … })
 */
export const replayApprovalEvents = (events: unknown): Result<ApprovalState, ApprovalError> => {
  const parsed = parseInput(
    z.array(ApprovalEvent).min(1, "must hold at least the request"),
    events,
    "approval events",
  );
  if (!parsed.ok) return parsed;
  let state: ApprovalState | null = null;
  for (const event of parsed.value) {
    const next = evolveApproval(state, event);
    if (!next.ok) return next;
    state = next.value;
  }
  // The schema demands at least one event, so the loop ran and `state` is set.
  return state === null
    ? err(domainError("invalid_event_sequence", "No events to replay."))
    : ok(state);
};
