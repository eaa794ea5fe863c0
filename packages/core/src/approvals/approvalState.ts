import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { PlannedApprover } from "./approvalPlan";
import { ApprovalMode } from "./approvalsConfig";
import { ApprovalTerms } from "./approvalTerms";

export const APPROVAL_STATUSES = [
  "pending",
  "approved",
  "rejected",
  "recalled",
  "expired",
] as const;
/** Where an approval request stands; every status but `pending` is final. */
export const ApprovalStatus = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.infer<typeof ApprovalStatus>;

export const APPROVAL_STEP_STATUSES = ["pending", "approved", "rejected", "no_response"] as const;
/** Where one step stands; `no_response` marks a step the request ended without. */
export const ApprovalStepStatus = z.enum(APPROVAL_STEP_STATUSES);
export type ApprovalStepStatus = z.infer<typeof ApprovalStepStatus>;

export const APPROVAL_DECISIONS = ["approve", "reject"] as const;
/** What an approver answers. */
export const ApprovalDecision = z.enum(APPROVAL_DECISIONS);
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

/** The deal a request is about, as people know it. */
export const ApprovalDealRef = z.object({
  id: Id,
  name: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
});
export type ApprovalDealRef = z.infer<typeof ApprovalDealRef>;

/** An answer given for a seat: by the approver, or by their delegate (`by` differs). */
export const ApprovalSeatDecision = z.object({
  decision: ApprovalDecision,
  by: Id,
  comment: z.string().nullable(),
  at: Instant,
});
export type ApprovalSeatDecision = z.infer<typeof ApprovalSeatDecision>;

/** One approver's place in a step; an escalation moves it to their manager. */
export const ApprovalSeat = PlannedApprover.extend({
  escalatedFrom: Id.nullable(),
  decision: ApprovalSeatDecision.nullable(),
});
export type ApprovalSeat = z.infer<typeof ApprovalSeat>;

/** A step of a request: its seats and answers, when it started and when it last escalated. */
export const ApprovalStepState = z.object({
  stepId: z.string().min(1),
  name: z.string().min(1),
  mode: ApprovalMode,
  status: ApprovalStepStatus,
  reasons: z.array(z.string()),
  seats: z.array(ApprovalSeat).min(1),
  startedAt: Instant.nullable(),
  lastEscalatedAt: Instant.nullable(),
});
export type ApprovalStepState = z.infer<typeof ApprovalStepState>;

/** `from` lets `to` decide in their place during `[start, end)`. */
export const ApprovalDelegation = z.object({
  from: Id,
  to: Id,
  start: Instant,
  end: Instant,
  at: Instant,
});
export type ApprovalDelegation = z.infer<typeof ApprovalDelegation>;

/**
 * An approval request as the reducer keeps it: everything needed to take the next
 * command, rebuilt exactly by replaying its events.
 */
export const ApprovalState = z
  .object({
    id: Id,
    deal: ApprovalDealRef,
    terms: ApprovalTerms,
    requesterId: Id,
    requestedAt: Instant,
    status: ApprovalStatus,
    /** Index of the step waiting for answers; `null` once the request is final. */
    currentStep: z.number().int().min(0).nullable(),
    steps: z.array(ApprovalStepState),
    delegations: z.array(ApprovalDelegation),
    reasons: z.array(z.string()),
    settledAt: Instant.nullable(),
    /** The time of the last change; a command dated earlier is out of order. */
    updatedAt: Instant,
  })
  .refine(
    (s) =>
      s.status === "pending"
        ? s.currentStep !== null && s.currentStep < s.steps.length
        : s.currentStep === null,
    { message: "a pending request must point at one of its steps, a final one at none" },
  );
export type ApprovalState = z.infer<typeof ApprovalState>;
export type ApprovalStateInput = z.input<typeof ApprovalState>;
