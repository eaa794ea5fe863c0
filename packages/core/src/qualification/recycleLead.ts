import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import type { Result } from "../result";
import type {
  LeadRecycledEvent,
  QualificationError,
  QualificationOutcome,
} from "./qualificationDecision";
import { type ReasonCodedDecisionInput, reasonCodedDecision } from "./reasonCodedDecision";

/** What `recycleLead` needs: the lead, the sales user, a `recycleReasons` code, when, and an optional note. */
export type RecycleLeadInput = ReasonCodedDecisionInput;

/**
 * Hands a lead sales will not work now back to marketing nurture (stage
 * `recycled`) with a configured reason code, so marketing knows why and when
 * to try again. Allowed from mql and sql, by `recycleRoles` (sales by default).
 *
 * @example
 * recycleLead({ lead, actor: rep, reasonCode: "bad_timing", at, note: "budget opens in Q3" },
 *   defaultConfig())
 * // ok({ decision: { kind: "recycled", from: "mql", to: "recycled", reasonCode: "bad_timing", … },
 * //      event: { type: "lead_recycled", … } })
 */
export const recycleLead = (
  input: RecycleLeadInput,
  config: Config,
): Result<QualificationOutcome<LeadRecycledEvent>, QualificationError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  return reasonCodedDecision(
    {
      kind: "recycled",
      reasonCodes: company.value.qualification.recycleReasons,
      roles: company.value.qualification.recycleRoles,
      because: (who, code) => `${who} handed the lead back to marketing nurture: ${code}`,
      event: (fields) => ({ type: "lead_recycled", ...fields }),
    },
    input,
  );
};
