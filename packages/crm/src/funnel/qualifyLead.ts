import {
  err,
  parseInput,
  qualifyLead as qualifyLeadRule,
  type Result,
  scoreLead,
} from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyLeadDecision, type LeadDecisionResult } from "./applyLeadDecision";
import { loadDirectory } from "./companyDirectory";
import { lockLead } from "./funnelRecords";
import { lastRecycledAt } from "./lastRecycledAt";
import { DecisionNoteInput, LeadRef } from "./leadDecisionInput";
import { checkAccess } from "./recordAccess";

export const QualifyLeadInput = LeadRef.extend({
  /** Marketing touches to score ("demo_request", "webinar"…), e.g. from the marketing tool. */
  touches: z
    .array(z.object({ kind: z.string(), at: z.coerce.date() }))
    .max(10_000)
    .default([]),
  note: DecisionNoteInput,
});
export type QualifyLeadInput = z.input<typeof QualifyLeadInput>;

/**
 * Marks a lead marketing-qualified (MQL) when core's rule says it is: fit from
 * the stored lead, engagement from the touches given (only those since the lead
 * was last recycled count). Refused with `not_qualified` and the reasons
 * otherwise. The actor must be allowed to change the lead.
 *
 * @example await crm.qualifyLead(MONA, { leadId: "lead-1", touches: [{ kind: "demo_request", at }] })
 */
export const qualifyLead =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: QualifyLeadInput,
    options?: WriteOptions,
  ): Promise<Result<LeadDecisionResult, CrmError>> =>
    runWrite(ctx, actor, "qualifyLead", options, async (w) => {
      const parsed = parseInput(QualifyLeadInput, input, "MQL decision");
      if (!parsed.ok) return parsed;
      const { leadId, touches, note } = parsed.value;
      const lead = await lockLead(w.tx, leadId);
      if (!lead) return err(crmError("not_found", `No lead '${leadId}'.`));
      const directory = await loadDirectory(w.tx);
      const allowed = checkAccess(
        "write",
        w.actor,
        { kind: "lead", record: lead },
        directory,
        ctx.config,
      );
      if (!allowed.ok) return allowed;

      const score = scoreLead(lead, touches, w.now, ctx.config);
      if (!score.ok) return err(score.error);
      const since = await lastRecycledAt(w.tx, lead.id);
      const decided = qualifyLeadRule(
        {
          lead,
          signals: {
            fitGrade: score.value.fit.grade,
            engagement: score.value.engagement.score,
            events: touches,
            ...(since ? { since } : {}),
          },
          by: w.actor.id,
          at: w.now,
          note,
        },
        ctx.config,
      );
      if (!decided.ok) return err(decided.error);
      return applyLeadDecision(w, lead, decided.value, directory);
    });
