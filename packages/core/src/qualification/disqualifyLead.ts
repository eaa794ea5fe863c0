import type { Result } from "../result";
import type { QualificationConfig } from "./qualificationConfig";
import type {
  LeadDisqualifiedEvent,
  QualificationError,
  QualificationOutcome,
} from "./qualificationDecision";
import { type ReasonCodedDecisionInput, reasonCodedDecision } from "./reasonCodedDecision";

/** What `disqualifyLead` needs: the lead, the user, a `disqualifyReasons` code, when, and an optional note. */
export type DisqualifyLeadInput = ReasonCodedDecisionInput;

/**
 * Takes a lead out of the funnel (stage `disqualified`) with a configured
 * reason code, so it stops counting as pipeline and the reason feeds lead
 * quality reports. Allowed before a deal exists (subscriber, lead, mql, sql,
 * recycled), by `disqualifyRoles`; a customer is never disqualified.
 *
 * @example
 * disqualifyLead({ lead, actor: rep, reasonCode: "competitor", at }, config.qualification)
 * // ok({ decision: { kind: "disqualified", to: "disqualified", reasonCode: "competitor", … },
 * //      event: { type: "lead_disqualified", … } })
 */
export const disqualifyLead = (
  input: DisqualifyLeadInput,
  config: QualificationConfig,
): Result<QualificationOutcome<LeadDisqualifiedEvent>, QualificationError> =>
  reasonCodedDecision(
    {
      kind: "disqualified",
      reasonCodes: config.disqualifyReasons,
      roles: config.disqualifyRoles,
      because: (who, code) => `${who} disqualified the lead: ${code}`,
      event: (fields) => ({ type: "lead_disqualified", ...fields }),
    },
    input,
  );
