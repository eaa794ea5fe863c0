import { z } from "zod";
import { Id } from "../entities/common";
import { ApprovalMode } from "./approvalsConfig";

export const APPROVER_VIAS = ["team_manager", "role", "user", "escalation"] as const;
/** How a person came to approve a step: the policy's approver spec, or an escalation. */
export const ApproverVia = z.enum(APPROVER_VIAS);
export type ApproverVia = z.infer<typeof ApproverVia>;

/** One person asked to approve a step, and why it is them. */
export const PlannedApprover = z.object({
  approverId: Id,
  via: ApproverVia,
  reason: z.string().min(1),
});
export type PlannedApprover = z.infer<typeof PlannedApprover>;

/** A step the policy requires: who approves, how it is settled, and which rules asked for it. */
export const PlannedApprovalStep = z.object({
  stepId: z.string().min(1),
  name: z.string().min(1),
  mode: ApprovalMode,
  approvers: z.array(PlannedApprover).min(1),
  reasons: z.array(z.string().min(1)).min(1),
});
export type PlannedApprovalStep = z.infer<typeof PlannedApprovalStep>;

/**
 * What the policy asks of a request: the steps in order (none when it is auto-approved),
 * and the reasons in words.
 */
export const ApprovalPlan = z.object({
  autoApproved: z.boolean(),
  steps: z.array(PlannedApprovalStep),
  reasons: z.array(z.string().min(1)).min(1),
});
export type ApprovalPlan = z.infer<typeof ApprovalPlan>;
