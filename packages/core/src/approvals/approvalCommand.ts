import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { ApprovalDealRef, ApprovalDecision } from "./approvalState";
import { ApprovalTerms } from "./approvalTerms";

/** Who issues the command and when; the crm's jobs pass their own actor id and `now`. */
const issued = { by: Id, at: Instant };

const note = z
  .string()
  .trim()
  .max(2000, "must be at most 2,000 characters")
  .nullable()
  .default(null)
  .transform((text) => (text === "" ? null : text));

/** The requester asks for approval of a deal's terms. */
export const RequestApprovalCommand = z.object({
  type: z.literal("request"),
  ...issued,
  requestId: Id,
  deal: ApprovalDealRef,
  terms: ApprovalTerms,
});

/** An approver (or their delegate) approves or rejects the current step; a reject needs a comment. */
export const DecideApprovalCommand = z.object({
  type: z.literal("decide"),
  ...issued,
  decision: ApprovalDecision,
  comment: note,
});

/** An approver lets someone decide in their place during `[start, end)`. */
export const DelegateApprovalCommand = z.object({
  type: z.literal("delegate"),
  ...issued,
  to: Id,
  start: Instant,
  end: Instant,
});

/** The crm's job moves unanswered seats of an overdue step to each approver's manager. */
export const EscalateApprovalCommand = z.object({ type: z.literal("escalate"), ...issued });

/** The requester withdraws a pending request. */
export const RecallApprovalCommand = z.object({
  type: z.literal("recall"),
  ...issued,
  reason: note,
});

/** The crm's job ends a request that stayed pending past `expireAfterDays`. */
export const ExpireApprovalCommand = z.object({ type: z.literal("expire"), ...issued });

export const APPROVAL_COMMAND_TYPES = [
  "request",
  "decide",
  "delegate",
  "escalate",
  "recall",
  "expire",
] as const;

/** Everything that can happen to an approval request, told apart by `type`. */
export const ApprovalCommand = z.discriminatedUnion(
  "type",
  [
    RequestApprovalCommand,
    DecideApprovalCommand,
    DelegateApprovalCommand,
    EscalateApprovalCommand,
    RecallApprovalCommand,
    ExpireApprovalCommand,
  ],
  { error: `must be a command of type ${APPROVAL_COMMAND_TYPES.join(", ")}` },
);
export type ApprovalCommand = z.infer<typeof ApprovalCommand>;
export type ApprovalCommandInput = z.input<typeof ApprovalCommand>;
