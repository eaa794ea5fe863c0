import { match } from "ts-pattern";
import type { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type {
  DecideApprovalCommand,
  DelegateApprovalCommand,
  EscalateApprovalCommand,
  ExpireApprovalCommand,
  RecallApprovalCommand,
  RequestApprovalCommand,
} from "./approvalCommand";
import { ApprovalCommand, type ApprovalCommandInput } from "./approvalCommand";
import type { ApprovalError } from "./approvalError";
import type {
  ApprovalDecidedEvent,
  ApprovalEscalation,
  ApprovalEvent,
  ApprovalRequestRef,
} from "./approvalEvents";
import { evolveApproval } from "./approvalReplay";
import { ApprovalState, type ApprovalStateInput, type ApprovalStepState } from "./approvalState";
import {
  ApprovalDirectory,
  type ApprovalDirectoryInput,
  managerAbove,
  planApproval,
  unknownRequester,
} from "./approvalSteps";
import type { ApprovalsConfig } from "./approvalsConfig";
import { listInWords } from "./approvalText";

/** A command's outcome: the request's new state and the events that say what happened. */
export type ApprovalTransition = {
  readonly state: ApprovalState;
  readonly events: readonly ApprovalEvent[];
};

type Outcome = Result<readonly ApprovalEvent[], ApprovalError>;
type Pending = ApprovalState & { readonly currentStep: number };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const refOf = (state: ApprovalState): ApprovalRequestRef => ({
  id: state.id,
  deal: state.deal,
  amount: state.terms.contractValue,
  discountPercent: state.terms.discountPercent,
  requesterId: state.requesterId,
});

const undecided = (step: ApprovalStepState): string[] => [
  ...new Set(step.seats.filter((s) => s.decision === null).map((s) => s.approverId)),
];

/** True when `from` has let `to` decide for them at `at` on this request. */
const delegates = (state: ApprovalState, from: string, to: string, at: Date): boolean =>
  state.delegations.some(
    (d) =>
      d.from === from &&
      d.to === to &&
      d.start.getTime() <= at.getTime() &&
      at.getTime() < d.end.getTime(),
  );

const currentStepOf = (state: Pending): ApprovalStepState | undefined =>
  state.steps[state.currentStep];

const request = (
  state: ApprovalState | null,
  command: z.output<typeof RequestApprovalCommand>,
  directory: ApprovalDirectory,
  policy: ApprovalsConfig,
): Outcome => {
  if (state !== null)
    return err(
      domainError(
        "already_requested",
        `Approval request '${state.id}' for ${state.deal.name} already exists (${state.status}); make a new request with a new id instead.`,
        { details: { requestId: state.id, status: state.status } },
      ),
    );
  const requester = directory.users.find((u) => u.id === command.by);
  if (!requester) return err(unknownRequester(command.by));
  const plan = planApproval(command.terms, requester, directory, policy);
  if (!plan.ok) return plan;
  return ok([
    {
      type: "approval_requested",
      at: command.at,
      by: command.by,
      request: {
        id: command.requestId,
        deal: command.deal,
        amount: command.terms.contractValue,
        discountPercent: command.terms.discountPercent,
        requesterId: command.by,
      },
      terms: command.terms,
      autoApproved: plan.value.autoApproved,
      reasons: plan.value.reasons,
      steps: plan.value.steps,
      approverIds: plan.value.steps[0]?.approvers.map((a) => a.approverId) ?? [],
    },
  ]);
};

const decide = (state: Pending, command: z.output<typeof DecideApprovalCommand>): Outcome => {
  const step = currentStepOf(state);
  if (!step) return err(brokenState(state));
  const { by, at } = command;
  if (by === state.requesterId)
    return err(
      domainError(
        "self_approval",
        `No one approves their own request: ${by} asked for approval of ${state.deal.name}, so another approver of '${step.name}' must decide.`,
        { details: { requestId: state.id, userId: by } },
      ),
    );
  const held = step.seats.filter(
    (s) => s.decision === null && (s.approverId === by || delegates(state, s.approverId, by, at)),
  );
  if (held.length === 0) {
    const approvers = undecided(step);
    const answered = step.seats.some(
      (s) => s.decision !== null && (s.approverId === by || s.decision.by === by),
    );
    return err(
      answered
        ? domainError(
            "already_decided",
            `${by} has already answered the '${step.name}' step of ${state.deal.name}; a decision is given once.`,
            { details: { requestId: state.id, userId: by } },
          )
        : domainError(
            "not_an_approver",
            `${by} is not an approver of the '${step.name}' step of ${state.deal.name} (nor their delegate at ${at.toISOString()}); it waits for ${listInWords(approvers)}.`,
            { details: { requestId: state.id, userId: by, approverIds: approvers } },
          ),
    );
  }
  if (command.decision === "reject" && command.comment === null)
    return err(
      domainError(
        "comment_required",
        `Say why you reject ${state.deal.name} in a comment, so the requester knows what to change.`,
        { path: ["comment"] },
      ),
    );

  const onBehalfOf = [...new Set(held.map((s) => s.approverId))];
  const remaining = step.seats.filter((s) => s.decision === null && !held.includes(s));
  const stepStatus =
    command.decision === "reject"
      ? "rejected"
      : step.mode === "first_response" ||
          (remaining.length === 0 && step.seats.every((s) => s.decision?.decision !== "reject"))
        ? "approved"
        : "pending";
  const isLast = state.currentStep === state.steps.length - 1;
  const requestStatus =
    stepStatus === "rejected"
      ? "rejected"
      : stepStatus === "approved" && isLast
        ? "approved"
        : "pending";
  const decided: ApprovalDecidedEvent = {
    type: "approval_decided",
    at,
    by,
    request: refOf(state),
    stepIndex: state.currentStep,
    stepName: step.name,
    decision: command.decision,
    comment: command.comment,
    onBehalfOf,
    stepStatus,
    requestStatus,
    waitingFor: stepStatus === "pending" ? [...new Set(remaining.map((s) => s.approverId))] : [],
  };
  const nextIndex = state.currentStep + 1;
  const nextStep = state.steps[nextIndex];
  if (stepStatus !== "approved" || isLast || !nextStep) return ok([decided]);
  return ok([
    decided,
    {
      type: "approval_step_advanced",
      at,
      by,
      request: refOf(state),
      fromStepIndex: state.currentStep,
      fromStepName: step.name,
      stepIndex: nextIndex,
      stepName: nextStep.name,
      mode: nextStep.mode,
      approverIds: undecided(nextStep),
      reasons: nextStep.reasons,
    },
  ]);
};

const delegate = (
  state: Pending,
  command: z.output<typeof DelegateApprovalCommand>,
  directory: ApprovalDirectory,
): Outcome => {
  const { by, to, start, end, at } = command;
  const invalid = (why: string) =>
    err(
      domainError("invalid_delegation", `${by} cannot delegate to ${to}: ${why}.`, {
        details: { requestId: state.id, from: by, to },
      }),
    );
  const stillToDecide = state.steps
    .slice(state.currentStep)
    .some((step) => step.seats.some((s) => s.decision === null && s.approverId === by));
  if (!stillToDecide)
    return err(
      domainError(
        "not_an_approver",
        `${by} has no answer still to give on ${state.deal.name}, so there is nothing to delegate.`,
        { details: { requestId: state.id, userId: by } },
      ),
    );
  if (to === state.requesterId)
    return err(
      domainError(
        "self_approval",
        `${to} asked for this approval and cannot decide it, not even as a delegate; choose someone else.`,
        { details: { requestId: state.id, userId: to } },
      ),
    );
  if (to === by) return invalid("a delegate must be someone else");
  const delegateUser = directory.users.find((u) => u.id === to);
  if (!delegateUser)
    return err(
      domainError(
        "unknown_user",
        `Unknown delegate '${to}'; pass them in users, or choose someone who works in Baton.`,
        { path: ["users"], details: { userId: to } },
      ),
    );
  if (!delegateUser.active) return invalid(`${delegateUser.name} is inactive`);
  if (start.getTime() >= end.getTime()) return invalid("the delegation must start before it ends");
  if (end.getTime() <= at.getTime())
    return invalid(`the delegation ended at ${end.toISOString()}, before it was given`);
  return ok([
    { type: "approval_delegated", at, by, request: refOf(state), from: by, to, start, end },
  ]);
};

const escalate = (
  state: Pending,
  command: z.output<typeof EscalateApprovalCommand>,
  directory: ApprovalDirectory,
  policy: ApprovalsConfig,
): Outcome => {
  const step = currentStepOf(state);
  if (!step) return err(brokenState(state));
  const since = step.lastEscalatedAt ?? step.startedAt ?? state.requestedAt;
  const due = new Date(since.getTime() + policy.escalateAfterHours * HOUR_MS);
  if (command.at.getTime() < due.getTime())
    return err(
      domainError(
        "escalation_not_due",
        `The '${step.name}' step of ${state.deal.name} escalates at ${due.toISOString()} (${policy.escalateAfterHours} hours after ${since.toISOString()}); try again then.`,
        { details: { requestId: state.id, dueAt: due.toISOString() } },
      ),
    );
  const escalations: ApprovalEscalation[] = [];
  const unchanged: { approverId: string; reason: string }[] = [];
  for (const approverId of undecided(step)) {
    const approver = directory.users.find((u) => u.id === approverId);
    const manager = approver
      ? managerAbove(approver, directory)
      : err(domainError("unknown_user", `${approverId} is not among the users given`));
    if (!manager.ok) unchanged.push({ approverId, reason: manager.error.message });
    else if (manager.value.userId === state.requesterId)
      unchanged.push({ approverId, reason: `their manager ${state.requesterId} is the requester` });
    else
      escalations.push({
        from: approverId,
        to: manager.value.userId,
        reason: manager.value.reason,
      });
  }
  if (escalations.length === 0)
    return err(
      domainError(
        "no_escalation_target",
        `Nobody to escalate the '${step.name}' step of ${state.deal.name} to: ${unchanged
          .map((u) => `${u.approverId}: ${u.reason}`)
          .join("; ")}.`,
        { details: { requestId: state.id, unchanged } },
      ),
    );
  const moved = new Map(escalations.map((e) => [e.from, e.to]));
  const approverIds = [
    ...new Set(
      step.seats
        .filter((s) => s.decision === null)
        .map((s) => moved.get(s.approverId) ?? s.approverId),
    ),
  ];
  return ok([
    {
      type: "approval_escalated",
      at: command.at,
      by: command.by,
      request: refOf(state),
      stepIndex: state.currentStep,
      stepName: step.name,
      escalations,
      unchanged,
      approverIds,
    },
  ]);
};

const recall = (state: Pending, command: z.output<typeof RecallApprovalCommand>): Outcome => {
  const step = currentStepOf(state);
  if (!step) return err(brokenState(state));
  if (command.by !== state.requesterId)
    return err(
      domainError(
        "not_requester",
        `Only the requester (${state.requesterId}) can recall the approval request for ${state.deal.name}.`,
        { details: { requestId: state.id, userId: command.by } },
      ),
    );
  return ok([
    {
      type: "approval_recalled",
      at: command.at,
      by: command.by,
      request: refOf(state),
      reason: command.reason,
      stepIndex: state.currentStep,
      stepName: step.name,
      pendingApproverIds: undecided(step),
    },
  ]);
};

const expire = (
  state: Pending,
  command: z.output<typeof ExpireApprovalCommand>,
  policy: ApprovalsConfig,
): Outcome => {
  const step = currentStepOf(state);
  if (!step) return err(brokenState(state));
  const due = new Date(state.requestedAt.getTime() + policy.expireAfterDays * DAY_MS);
  if (command.at.getTime() < due.getTime())
    return err(
      domainError(
        "expiry_not_due",
        `The approval request for ${state.deal.name} expires at ${due.toISOString()} (${policy.expireAfterDays} days after it was made); it is still open until then.`,
        { details: { requestId: state.id, dueAt: due.toISOString() } },
      ),
    );
  return ok([
    {
      type: "approval_expired",
      at: command.at,
      by: command.by,
      request: refOf(state),
      stepIndex: state.currentStep,
      stepName: step.name,
      pendingApproverIds: undecided(step),
    },
  ]);
};

/** A state that passed the schema but points at a missing step; kept as a value, never a crash. */
const brokenState = (state: ApprovalState): ApprovalError =>
  domainError(
    "invalid_event_sequence",
    `Approval request '${state.id}' points at step ${(state.currentStep ?? 0) + 1}, which it does not have; rebuild it from its events.`,
    { details: { requestId: state.id } },
  );

/** How a refused command reads in "it cannot be …". */
const PAST: Record<ApprovalCommand["type"], string> = {
  request: "requested again",
  decide: "decided again",
  delegate: "delegated",
  escalate: "escalated",
  recall: "recalled",
  expire: "expired",
};

const toPending = (
  state: ApprovalState,
  command: ApprovalCommand,
): Result<Pending, ApprovalError> => {
  const { currentStep } = state;
  if (state.status !== "pending" || currentStep === null)
    return err(
      domainError(
        "not_pending",
        `The approval request for ${state.deal.name} is already ${state.status}; it cannot be ${PAST[command.type]}. Make a new request if the terms changed.`,
        { details: { requestId: state.id, status: state.status, command: command.type } },
      ),
    );
  if (command.at.getTime() < state.updatedAt.getTime())
    return err(
      domainError(
        "out_of_order",
        `This ${command.type} command is dated ${command.at.toISOString()}, before the request's last change at ${state.updatedAt.toISOString()}; apply commands in time order.`,
        { path: ["at"], details: { requestId: state.id } },
      ),
    );
  return ok({ ...state, currentStep });
};

/**
 * Applies one command to an approval request (DOMAIN.md §5) and returns the new state with
 * the events that announce it. `state` is `null` before the `request` command. Every refusal
 * is a typed error and leaves the request as it was: a decision on a request that is no
 * longer pending, by someone who is not an approver of the current step (nor their delegate
 * at that time) or by the requester is never a second decision.
 *
 * @example
 * applyApprovalCommand(null, { type: "request", requestId: "apr-1", by: "user-ada", at,
 *   deal: { id: "deal-1", name: "Acme renewal" }, terms }, { users, teams }, defaultConfig())
 * // ok({ state: { status: "pending", currentStep: 0, … }, events: [{ type: "approval_requested", approverIds: ["user-sol"], … }] })
 * applyApprovalCommand(state, { type: "decide", by: "user-ada", at, decision: "approve" }, { users, teams }, config)
 * // err({ code: "self_approval", message: "No one approves their own request: …" })
 */
export const applyApprovalCommand = (
  state: ApprovalStateInput | null,
  command: ApprovalCommandInput,
  context: ApprovalDirectoryInput,
  config: Config,
): Result<ApprovalTransition, ApprovalError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const policy = company.value.approvals;
  const current = parseInput(ApprovalState.nullable(), state, "approval request state");
  if (!current.ok) return current;
  const parsed = parseInput(ApprovalCommand, command, "approval command");
  if (!parsed.ok) return parsed;
  const directory = parseInput(ApprovalDirectory, context, "approval context");
  if (!directory.ok) return directory;
  const cmd = parsed.value;
  const before = current.value;

  let outcome: Outcome;
  if (cmd.type === "request") outcome = request(before, cmd, directory.value, policy);
  else if (before === null)
    outcome = err(
      domainError(
        "no_request",
        `There is no approval request to ${cmd.type}; make one with a 'request' command first.`,
        { details: { command: cmd.type } },
      ),
    );
  else {
    const pending = toPending(before, cmd);
    outcome = !pending.ok
      ? pending
      : match(cmd)
          .with({ type: "decide" }, (c) => decide(pending.value, c))
          .with({ type: "delegate" }, (c) => delegate(pending.value, c, directory.value))
          .with({ type: "escalate" }, (c) => escalate(pending.value, c, directory.value, policy))
          .with({ type: "recall" }, (c) => recall(pending.value, c))
          .with({ type: "expire" }, (c) => expire(pending.value, c, policy))
          .exhaustive();
  }
  if (!outcome.ok) return outcome;

  let after: ApprovalState | null = before;
  for (const event of outcome.value) {
    const next = evolveApproval(after, event);
    if (!next.ok) return next;
    after = next.value;
  }
  return after === null
    ? err(domainError("invalid_event_sequence", "The command produced no request."))
    : ok({ state: after, events: outcome.value });
};
