import { err, parseInput, type Result, recycleLead as recycleLeadRule } from "@baton/core";
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
 * Sales hands a lead it will not work now back to marketing nurture with a
 * configured reason code; from `sql` that is a hand-off back to marketing. The
 * actor must be allowed to change the lead.
 *
 * @example await crm.recycleLead(ADA, { leadId: "lead-1", reasonCode: "bad_timing", note: "budget opens in Q3" })
 */
export const recycleLead =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: ReasonCodedLeadInput,
    options?: WriteOptions,
  ): Promise<Result<LeadDecisionResult, CrmError>> =>
    runWrite(ctx, actor, "recycleLead", options, async (w) => {
      const parsed = parseInput(ReasonCodedLeadInput, input, "recycle decision");
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
      const decided = recycleLeadRule(
        { lead, actor: w.actor, reasonCode, at: w.now, note },
        ctx.config,
      );
      if (!decided.ok) return err(decided.error);
      return applyLeadDecision(w, lead, decided.value, directory);
    });
