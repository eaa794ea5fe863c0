// Business-hours calendars, SLA deadlines, SLA status and escalation.
export { addBusinessHours, businessHoursBetween } from "./businessHours";
export {
  ESCALATION_PATHS,
  EscalationPath,
  EscalationRequest,
  type EscalationTarget,
  escalationTarget,
} from "./escalationTarget";
export { SLA_ERROR_CODES, type SlaError, SlaErrorCode } from "./slaError";
export {
  DEFAULT_SLA_AT_RISK_SHARE,
  SLA_STATES,
  SlaState,
  SlaStatus,
  SlaStatusInput,
  slaStatus,
} from "./slaStatus";
