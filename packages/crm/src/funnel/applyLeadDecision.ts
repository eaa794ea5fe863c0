import {
  type AssignedOwner,
  err,
  type HandOffPlan,
  type HandOffRecord,
  type Lead,
  moveLifecycleStage,
  ok,
  planHandOff,
  type QualificationOutcome,
  type Result,
  type TeamFunction,
} from "@baton/core";
import type { CrmError } from "../kernel/crmError";
import type { WriteScope } from "../kernel/unitOfWork";
import { changeScopeOf } from "./changeScope";
import type { CompanyDirectory } from "./companyDirectory";
import { saveLead } from "./funnelRecords";
import { scheduleHandOffSla } from "./handOffSla";
import { shownRecord } from "./recordAccess";
import { lockRoutingState, saveRotation } from "./routingState";

/** Where a hand-off put a record: the receiving team, the new owner or queue, and the first-touch deadline. */
export type HandOffSummary = {
  readonly fromTeam: TeamFunction | null;
  readonly toTeam: TeamFunction;
  readonly owner: AssignedOwner;
  readonly slaDueAt: Date | null;
  readonly explanation: readonly string[];
};

/** A lead decision as it was stored: the lead (as the actor may see it), the decision kept, and any hand-off. */
export type LeadDecisionResult = {
  readonly lead: Partial<Lead> & Pick<Lead, "id">;
  readonly decision: QualificationOutcome["decision"];
  readonly handOff: HandOffSummary | null;
};

/** The summary of a hand-off plan a caller shows. */
export const handOffSummary = (
  plan: Pick<
    HandOffPlan<HandOffRecord>,
    "fromTeam" | "toTeam" | "owner" | "slaDueAt" | "explanation"
  >,
): HandOffSummary => ({
  fromTeam: plan.fromTeam,
  toTeam: plan.toTeam,
  owner: plan.owner,
  slaDueAt: plan.slaDueAt,
  explanation: plan.explanation,
});

/**
 * Carries out a qualification decision core took on a locked lead: moves it to
 * the decision's stage under the funnel rules, hands it to the team owning that
 * stage when the move crosses a team boundary (new owner by the assignment rules,
 * previous owner kept, SLA check scheduled), and writes the lead, its history
 * (including the decision: who, when, why) and the events in the caller's
 * transaction.
 */
export const applyLeadDecision = async (
  w: WriteScope,
  lead: Lead,
  outcome: QualificationOutcome,
  directory: CompanyDirectory,
): Promise<Result<LeadDecisionResult, CrmError>> => {
  const { ctx, actor, now } = w;
  const { decision } = outcome;
  const moved = moveLifecycleStage(
    {
      kind: "lead",
      record: lead,
      to: decision.to,
      by: actor,
      at: now,
      ...(decision.reasonCode ? { reason: decision.reasonCode } : {}),
    },
    ctx.config,
  );
  if (!moved.ok) return err(moved.error);

  let after: Lead = moved.value.record;
  let plan: HandOffPlan<Lead> | null = null;
  if (moved.value.crossesTeamBoundary) {
    const routing = await lockRoutingState(w.tx, now);
    const planned = planHandOff(
      {
        kind: "lead",
        record: after,
        from: lead.lifecycleStage,
        to: decision.to,
        by: actor,
        at: now,
        users: directory.users,
        teams: directory.teams,
        assignedToday: routing.assignedToday,
        rotation: routing.rotation,
      },
      ctx.config,
    );
    if (!planned.ok) return err(planned.error);
    plan = planned.value;
    after = plan.record;
    await saveRotation(w.tx, plan.rotation, now);
    await scheduleHandOffSla(changeScopeOf(w), "lead", plan);
  }

  await saveLead(w.tx, after, now);
  await w.history({ type: "lead", id: lead.id }, lead, after);
  await w.history({ type: "lead", id: lead.id }, {}, { qualificationDecision: decision });
  await w.emit(outcome.event, moved.value.event, ...(plan ? [plan.event] : []));
  return ok({
    lead: shownRecord(actor, "lead", after, directory, ctx.config),
    decision,
    handOff: plan ? handOffSummary(plan) : null,
  });
};
