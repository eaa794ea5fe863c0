import {
  type ApprovalCommandInput,
  type ApprovalEvent,
  type ApprovalState,
  applyApprovalCommand,
  err,
  ok,
  type Result,
} from "@baton/core";
import type { ChangeScope } from "../funnel/changeScope";
import { loadDirectory } from "../funnel/companyDirectory";
import { type CrmError, crmError } from "../kernel/crmError";
import { scheduleApprovalJobs } from "./approvalJobs";
import { lockApproval, saveApproval } from "./storedApproval";

/** A command's stored outcome: the request's new state and the events it produced. */
export type StoredTransition = {
  readonly state: ApprovalState;
  readonly events: readonly ApprovalEvent[];
};

/**
 * Applies a command to a stored request with core's reducer, under the request's
 * row lock: `authorize` may refuse first (seeing the current state), core's
 * refusals (`not_pending`, `self_approval`, `already_decided`…) pass through
 * unchanged, and a transition is stored with its events, history and follow-up
 * jobs in the caller's transaction.
 */
export const applyStoredCommand = async (
  scope: ChangeScope,
  requestId: string,
  command: Exclude<ApprovalCommandInput, { type: "request" }>,
  authorize: (state: ApprovalState) => Result<true, CrmError> = () => ok(true),
): Promise<Result<StoredTransition, CrmError>> => {
  const stored = await lockApproval(scope.tx, requestId);
  if (!stored) return err(crmError("not_found", `No approval request '${requestId}'.`));
  const allowed = authorize(stored.state);
  if (!allowed.ok) return allowed;
  const directory = await loadDirectory(scope.tx);
  const applied = applyApprovalCommand(stored.state, command, directory, scope.ctx.config);
  if (!applied.ok) return err(applied.error);
  const { state, events } = applied.value;
  await saveApproval(scope, stored, state, events);
  await scheduleApprovalJobs(scope, state, false);
  return ok({ state, events });
};
