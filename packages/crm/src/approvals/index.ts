import type { CrmContext } from "../kernel/crmContext";
import { approval } from "./approval";
import { approvalsFor } from "./approvalsFor";
import { decideApproval } from "./decideApproval";
import { delegateApproval } from "./delegateApproval";
import { escalateApproval } from "./escalateApproval";
import { recallApproval } from "./recallApproval";
import { requestApproval } from "./requestApproval";

export {
  type ApprovalJobOutcome,
  approvalJobHandlers,
  escalateApprovalJob,
  expireApprovalJob,
} from "./approvalJobHandlers";
export { APPROVAL_ESCALATE_JOB, APPROVAL_EXPIRE_JOB } from "./approvalJobs";
export type { ApprovalsFor } from "./approvalsFor";
export type { ApprovalView } from "./approvalView";
export type { DecideApprovalInput } from "./decideApproval";
export type { DelegateApprovalInput } from "./delegateApproval";
export type { EscalateApprovalInput } from "./escalateApproval";
export type { RecallApprovalInput } from "./recallApproval";
export type { RequestApprovalInput } from "./requestApproval";

/** The approvals use cases, bound to a context. */
export const approvalsUseCases = (ctx: CrmContext) => ({
  requestApproval: requestApproval(ctx),
  decideApproval: decideApproval(ctx),
  delegateApproval: delegateApproval(ctx),
  recallApproval: recallApproval(ctx),
  escalateApproval: escalateApproval(ctx),
  approvalsFor: approvalsFor(ctx),
  approval: approval(ctx),
});
export type ApprovalsUseCases = ReturnType<typeof approvalsUseCases>;
