import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { Money } from "../entities/money";
import { PlannedApprovalStep } from "./approvalPlan";
import {
  ApprovalDealRef,
  ApprovalDecision,
  ApprovalStatus,
  ApprovalStepStatus,
} from "./approvalState";
import { ApprovalMode } from "./approvalsConfig";
import { ApprovalTerms } from "./approvalTerms";

/*
 * Approval domain events: each carries the request's deal, amount, discount and requester
 * so a Slack or Teams card can be drawn from the event alone, and together they replay to
 * the request's state (`replayApprovalEvents`).
 */

/** The request as every card shows it: "Acme renewal, €40,000.00 at 18% off, asked by Ada". */
export const ApprovalRequestRef = z.object({
  id: Id,
  deal: ApprovalDealRef,
  amount: Money,
  discountPercent: z.number(),
  requesterId: Id,
});
export type ApprovalRequestRef = z.infer<typeof ApprovalRequestRef>;

const happened = { at: Instant, by: Id, request: ApprovalRequestRef };

/** Someone asked for approval; `approverIds` are who must answer first (none when auto-approved). */
export const ApprovalRequestedEvent = z.object({
  type: z.literal("approval_requested"),
  ...happened,
  terms: ApprovalTerms,
  autoApproved: z.boolean(),
  reasons: z.array(z.string()),
  steps: z.array(PlannedApprovalStep),
  approverIds: z.array(Id),
});
export type ApprovalRequestedEvent = z.infer<typeof ApprovalRequestedEvent>;

/**
 * An approver (or delegate) answered: for whom (`onBehalfOf`), what it did to the step and
 * to the request, and who the step still waits for.
 */
export const ApprovalDecidedEvent = z.object({
  type: z.literal("approval_decided"),
  ...happened,
  stepIndex: z.number().int().min(0),
  stepName: z.string(),
  decision: ApprovalDecision,
  comment: z.string().nullable(),
  onBehalfOf: z.array(Id).min(1),
  stepStatus: ApprovalStepStatus,
  requestStatus: ApprovalStatus,
  waitingFor: z.array(Id),
});
export type ApprovalDecidedEvent = z.infer<typeof ApprovalDecidedEvent>;

/** A step was approved and the next one now waits for its approvers. */
export const ApprovalStepAdvancedEvent = z.object({
  type: z.literal("approval_step_advanced"),
  ...happened,
  fromStepIndex: z.number().int().min(0),
  fromStepName: z.string(),
  stepIndex: z.number().int().min(0),
  stepName: z.string(),
  mode: ApprovalMode,
  approverIds: z.array(Id).min(1),
  reasons: z.array(z.string()),
});
export type ApprovalStepAdvancedEvent = z.infer<typeof ApprovalStepAdvancedEvent>;

/** An approver let someone else decide for them on this request during `[start, end)`. */
export const ApprovalDelegatedEvent = z.object({
  type: z.literal("approval_delegated"),
  ...happened,
  from: Id,
  to: Id,
  start: Instant,
  end: Instant,
});
export type ApprovalDelegatedEvent = z.infer<typeof ApprovalDelegatedEvent>;

/** One seat that moved up to a manager, and why that manager. */
export const ApprovalEscalation = z.object({ from: Id, to: Id, reason: z.string() });
export type ApprovalEscalation = z.infer<typeof ApprovalEscalation>;

/** An overdue step's unanswered seats moved to the approvers' managers. */
export const ApprovalEscalatedEvent = z.object({
  type: z.literal("approval_escalated"),
  ...happened,
  stepIndex: z.number().int().min(0),
  stepName: z.string(),
  escalations: z.array(ApprovalEscalation).min(1),
  /** Seats that stayed where they were, and why (no manager, manager is the requester…). */
  unchanged: z.array(z.object({ approverId: Id, reason: z.string() })),
  approverIds: z.array(Id).min(1),
});
export type ApprovalEscalatedEvent = z.infer<typeof ApprovalEscalatedEvent>;

/** The requester withdrew the request while it was pending. */
export const ApprovalRecalledEvent = z.object({
  type: z.literal("approval_recalled"),
  ...happened,
  reason: z.string().nullable(),
  stepIndex: z.number().int().min(0),
  stepName: z.string(),
  /** Who had been asked and not yet answered, so their cards can be closed. */
  pendingApproverIds: z.array(Id),
});
export type ApprovalRecalledEvent = z.infer<typeof ApprovalRecalledEvent>;

/** The request stayed pending too long and ended without a decision. */
export const ApprovalExpiredEvent = z.object({
  type: z.literal("approval_expired"),
  ...happened,
  stepIndex: z.number().int().min(0),
  stepName: z.string(),
  pendingApproverIds: z.array(Id),
});
export type ApprovalExpiredEvent = z.infer<typeof ApprovalExpiredEvent>;

/** The domain events approvals produce; plain data the crm stores and fans out. */
export const ApprovalEvent = z.discriminatedUnion("type", [
  ApprovalRequestedEvent,
  ApprovalDecidedEvent,
  ApprovalStepAdvancedEvent,
  ApprovalDelegatedEvent,
  ApprovalEscalatedEvent,
  ApprovalRecalledEvent,
  ApprovalExpiredEvent,
]);
export type ApprovalEvent = z.infer<typeof ApprovalEvent>;

export const APPROVAL_EVENT_TYPES = [
  "approval_requested",
  "approval_decided",
  "approval_step_advanced",
  "approval_delegated",
  "approval_escalated",
  "approval_recalled",
  "approval_expired",
] as const satisfies readonly ApprovalEvent["type"][];
