import { z } from "zod";
import { APPROVAL_EVENT_TYPES, ApprovalEvent } from "../approvals/approvalEvents";
import { AssessmentEvent } from "../assessments/recordAssessment";
import { FUNNEL_EVENT_TYPES, FunnelEvent } from "../funnel/events";
import { QualificationEvent } from "../qualification/qualificationDecision";
import { RECEIVABLES_EVENT_TYPES, ReceivablesEvent } from "../receivables/receivablesEvents";

/**
 * Every event `@baton/core` produces, told apart by `type`: what the crm writes to its
 * outbox in the same transaction as the change, and what notifications, digests and
 * other channels read back. Parse stored events with it to get them typed again.
 *
 * @example DomainEvent.parse(JSON.parse(row.payload)).type // "handed_off"
 */
export const DomainEvent = z.discriminatedUnion("type", [
  ...FunnelEvent.options,
  ...QualificationEvent.options,
  ...ApprovalEvent.options,
  ...ReceivablesEvent.options,
  ...AssessmentEvent.options,
]);
export type DomainEvent = z.infer<typeof DomainEvent>;
export type DomainEventType = DomainEvent["type"];

export const DOMAIN_EVENT_TYPES = [
  ...FUNNEL_EVENT_TYPES,
  "lead_qualified",
  "lead_accepted",
  "lead_recycled",
  "lead_disqualified",
  ...APPROVAL_EVENT_TYPES,
  ...RECEIVABLES_EVENT_TYPES,
  "assessment_recorded",
] as const satisfies readonly DomainEventType[];
