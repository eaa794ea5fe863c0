import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Id, Instant } from "../entities/common";
import { Lead } from "../entities/lead";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { MqlInput, mqlVerdict } from "./mqlEvaluation";
import type {
  LeadQualifiedEvent,
  QualificationError,
  QualificationOutcome,
} from "./qualificationDecision";
import {
  DecisionNote,
  invalidTransition,
  QUALIFICATION_FROM_STAGES,
  QUALIFICATION_TARGET_STAGE,
} from "./qualificationTransitions";

/** What `qualifyLead` needs: the lead, its MQL signals, who decides and when. */
export const QualifyLeadInput = z.object({
  lead: Lead,
  signals: MqlInput,
  /** Who decided: a user id, or the id of the automation that runs the MQL rules. */
  by: Id,
  at: Instant,
  note: DecisionNote,
});
export type QualifyLeadInput = z.input<typeof QualifyLeadInput>;

/**
 * Marks a lead as marketing-qualified when `evaluateMql` says it is, and
 * records who, when and why; a lead that does not qualify is a `not_qualified`
 * error carrying the reasons. Allowed from subscriber, lead and recycled. A
 * configuration or input that is not valid is an `invalid_input` error.
 *
 * @example
 * qualifyLead({ lead, signals: { fitGrade: "A", engagement: 55 }, by: "mql-automation", at }, defaultConfig())
 * // ok({ decision: { kind: "mql", from: "lead", to: "mql", via: "thresholds", … },
 * //      event: { type: "lead_qualified", … } })
 */
export const qualifyLead = (
  input: QualifyLeadInput,
  config: Config,
): Result<QualificationOutcome<LeadQualifiedEvent>, QualificationError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsed = parseInput(QualifyLeadInput, input, "MQL decision");
  if (!parsed.ok) return parsed;
  const { lead, signals, by, at, note } = parsed.value;

  const allowed = QUALIFICATION_FROM_STAGES.mql;
  if (!allowed.some((stage) => stage === lead.lifecycleStage))
    return err(invalidTransition("mql", lead, allowed));

  const { via, reasons } = mqlVerdict(signals, company.value.qualification);
  if (via === null)
    return err(
      domainError(
        "not_qualified",
        `Lead '${lead.name}' is not marketing-qualified yet: ${reasons.join("; ")}.`,
        { details: { leadId: lead.id, reasons } },
      ),
    );

  const to = QUALIFICATION_TARGET_STAGE.mql;
  return ok({
    decision: {
      leadId: lead.id,
      kind: "mql",
      from: lead.lifecycleStage,
      to,
      by,
      at,
      ...(note ? { note } : {}),
      via,
      reasons,
    },
    event: {
      type: "lead_qualified",
      at,
      by,
      leadId: lead.id,
      ownerId: lead.ownerId,
      from: lead.lifecycleStage,
      to,
      via,
    },
  });
};
