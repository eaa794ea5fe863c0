import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import type { Result } from "../result";
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
 * disqualifyLead({ lead, actor: rep, reasonCode: "competitor", at }, defaultConfig())
 * // ok({ decision: { kind: "disqualified", to: "disqualified", reasonCode: "competitor", … },
 * //      event: { type: "lead_disqualified", … } })
 */
export const disqualifyLead = (
  input: DisqualifyLeadInput,
  config: Config,
): Result<QualificationOutcome<LeadDisqualifiedEvent>, QualificationError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  return reasonCodedDecision(
    {
      kind: "disqualified",
      reasonCodes: company.value.qualification.disqualifyReasons,
      roles: company.value.qualification.disqualifyRoles,
      because: (who, code) => `${who} disqualified the lead: ${code}`,
      event: (fields) => ({ type: "lead_disqualified", ...fields }),
    },
    input,
  );
};
