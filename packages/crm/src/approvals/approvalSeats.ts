import type { ApprovalState } from "@baton/core";

/** Who may still answer the current step: its unanswered seats' approvers (none once final). */
export const undecidedApprovers = (state: ApprovalState): string[] => {
  const step = state.currentStep === null ? undefined : state.steps[state.currentStep];
  return step
    ? [...new Set(step.seats.filter((s) => s.decision === null).map((s) => s.approverId))]
    : [];
};

/**
 * True when `userId` can answer the current step at `at`: they hold an unanswered
 * seat or were given one by a delegation running then (core's rule for `decide`,
 * used here to list what waits for whom). The requester never can.
 */
export const canAnswerNow = (state: ApprovalState, userId: string, at: Date): boolean => {
  if (state.status !== "pending" || userId === state.requesterId) return false;
  const t = at.getTime();
  return undecidedApprovers(state).some(
    (approverId) =>
      approverId === userId ||
      state.delegations.some(
        (d) =>
          d.from === approverId && d.to === userId && d.start.getTime() <= t && t < d.end.getTime(),
      ),
  );
};

/** True when `userId` takes part in the request: requester, approver of any step, or delegate. */
export const takesPart = (state: ApprovalState, userId: string): boolean =>
  state.requesterId === userId ||
  state.steps.some((step) =>
    step.seats.some(
      (seat) =>
        seat.approverId === userId || seat.escalatedFrom === userId || seat.decision?.by === userId,
    ),
  ) ||
  state.delegations.some((d) => d.to === userId || d.from === userId);
