import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const APPROVAL_ERROR_CODES = [
  "invalid_input",
  "unknown_currency",
  "margin_required",
  "unknown_user",
  "unknown_team",
  "team_cycle",
  "no_approver",
  "no_request",
  "already_requested",
  "wrong_request",
  "out_of_order",
  "not_pending",
  "self_approval",
  "not_an_approver",
  "already_decided",
  "comment_required",
  "not_requester",
  "invalid_delegation",
  "escalation_not_due",
  "no_escalation_target",
  "expiry_not_due",
  "invalid_event_sequence",
] as const;
/** Why an approval policy or command was refused; stable for programs and translations. */
export type ApprovalErrorCode = (typeof APPROVAL_ERROR_CODES)[number];

/** A refusal from the approvals area: a schema failure, or one of the domain reasons above. */
export type ApprovalError = InvalidInput | DomainError<Exclude<ApprovalErrorCode, "invalid_input">>;
