import { acceptLead as acceptLeadRule, err, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { applyLeadDecision, type LeadDecisionResult } from "./applyLeadDecision";
import { loadDirectory } from "./companyDirectory";
import { lockLead } from "./funnelRecords";
import { DecisionNoteInput, LeadRef } from "./leadDecisionInput";

export const AcceptLeadInput = LeadRef.extend({
  /** Each qualification criterion by name (BANT by default): `{ budget: { met: true, note } }`. */
  criteria: z.record(z.string(), z.unknown()),
  note: DecisionNoteInput,
  /** Accept a lead that never became an MQL; needs a note saying why. */
  override: z.boolean().optional(),
});
export type AcceptLeadInput = z.input<typeof AcceptLeadInput>;

/**
 * A sales user accepts an MQL as sales-qualified (SQL) with the qualification
 * criteria they recorded; the lead is handed from marketing to sales by the
 * assignment rules and the first-touch SLA starts. Who may accept is core's
 * qualification rule (an accepting role in a sales team), which is also the
 * access check here: an MQL sits with marketing until sales takes it.
 *
 * @example await crm.acceptLead(ADA, { leadId: "lead-1", criteria: { budget: { met: true }, authority: { met: true }, need: { met: true } } })
 */
export const acceptLead =
  (ctx: CrmContext) =>
  (
    actor: Actor,
    input: AcceptLeadInput,
    options?: WriteOptions,
  ): Promise<Result<LeadDecisionResult, CrmError>> =>
    runWrite(ctx, actor, "acceptLead", options, async (w) => {
      const parsed = parseInput(AcceptLeadInput, input, "SQL acceptance");
      if (!parsed.ok) return parsed;
      const { leadId, criteria, note, override } = parsed.value;
      const lead = await lockLead(w.tx, leadId);
      if (!lead) return err(crmError("not_found", `No lead '${leadId}'.`));
      const directory = await loadDirectory(w.tx);
      const decided = acceptLeadRule(
        {
          lead,
          actor: w.actor,
          teams: directory.teams,
          criteria: criteria as Record<string, { met: boolean; note?: string }>,
          at: w.now,
          note,
          ...(override === undefined ? {} : { override }),
        },
        ctx.config,
      );
      if (!decided.ok) return err(decided.error);
      return applyLeadDecision(w, lead, decided.value, directory);
    });
