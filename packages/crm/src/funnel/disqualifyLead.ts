import { disqualifyLead as disqualifyLeadRule, err, parseInput, type Result } from "@baton/core";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyLeadDecision, type LeadDecisionResult } from "./applyLeadDecision";
import { loadDirectory } from "./companyDirectory";
import { lockLead } from "./funnelRecords";
import { ReasonCodedLeadInput } from "./leadDecisionInput";
import { checkAccess } from "./recordAccess";

/**
 * Takes a lead out of the funnel with a configured reason code (spam, no need…),
 * so it stops counting as pipeline; from `sql` it goes back to the team owning
 * disqualified records (marketing by default). The actor must be allowed to
 * change the lead.
 *
 * @example await crm.disqualifyLead(MONA, { leadId: "lead-1", reasonCode: "spam" })
 */
export const disqualifyLead =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: ReasonCodedLeadInput,
    options?: WriteOptions,
  ): Promise<Result<LeadDecisionResult, CrmError>> =>
    runWrite(ctx, actor, "disqualifyLead", options, async (w) => {
      const parsed = parseInput(ReasonCodedLeadInput, input, "disqualify decision");
      if (!parsed.ok) return parsed;
      const { leadId, reasonCode, note } = parsed.value;
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
      const decided = disqualifyLeadRule(
        { lead, actor: w.actor, reasonCode, at: w.now, note },
        ctx.config,
      );
      if (!decided.ok) return err(decided.error);
      return applyLeadDecision(w, lead, decided.value, directory);
    });
