export * from "./applyApprovalCommand";
export * from "./approvalCommand";
export * from "./approvalError";
export * from "./approvalEvents";
export * from "./approvalPlan";
export { replayApprovalEvents } from "./approvalReplay";
export * from "./approvalState";
export {
  ApprovalDirectory,
  type ApprovalDirectoryInput,
  ApprovalStepsInput,
  approvalSteps,
} from "./approvalSteps";
export * from "./approvalsConfig";
export * from "./approvalTerms";
