import type { CrmContext } from "../kernel/crmContext";
import { acceptLead } from "./acceptLead";
import { closeDealLost } from "./closeDealLost";
import { closeDealWon } from "./closeDealWon";
import { disqualifyLead } from "./disqualifyLead";
import { HAND_OFF_SLA_JOB } from "./handOffSla";
import { checkHandOffSla } from "./handOffSlaCheck";
import { moveDeal } from "./moveDeal";
import { qualifyLead } from "./qualifyLead";
import { reassignOwnerRecords } from "./reassignOwnerRecords";
import { recycleLead } from "./recycleLead";
import type { JobHandler } from "./scheduleJob";

export type { AcceptLeadInput } from "./acceptLead";
export type { HandOffSummary, LeadDecisionResult } from "./applyLeadDecision";
export type { CloseDealLostInput, ClosedLost } from "./closeDealLost";
export type { CloseDealWonInput, ClosedWon } from "./closeDealWon";
export { HAND_OFF_SLA_JOB, HandOffSlaPayload } from "./handOffSla";
export {
  checkHandOffSla,
  type HandOffSlaEscalatedEvent,
  type HandOffSlaOutcome,
} from "./handOffSlaCheck";
export type { ReasonCodedLeadInput } from "./leadDecisionInput";
export type { MoveDealInput, MovedDeal } from "./moveDeal";
export type { QualifyLeadInput } from "./qualifyLead";
export type { OwnerMove, Reassignment, ReassignOwnerRecordsInput } from "./reassignOwnerRecords";

/** The funnel use cases, bound to a context. */
export const funnelUseCases = (ctx: CrmContext) => ({
  qualifyLead: qualifyLead(ctx),
  acceptLead: acceptLead(ctx),
  recycleLead: recycleLead(ctx),
  disqualifyLead: disqualifyLead(ctx),
  moveDeal: moveDeal(ctx),
  closeDealWon: closeDealWon(ctx),
  closeDealLost: closeDealLost(ctx),
  reassignOwnerRecords: reassignOwnerRecords(ctx),
});
export type FunnelUseCases = ReturnType<typeof funnelUseCases>;

/**
 * The funnel's job handlers by job name, for the app's worker:
 * `jobWorker(store, { ...funnelJobHandlers(ctx), ...approvalJobHandlers(ctx) })`.
 */
export const funnelJobHandlers = (ctx: CrmContext): Record<string, JobHandler> => ({
  [HAND_OFF_SLA_JOB]: async (job) => {
    await checkHandOffSla(ctx, job.payload);
  },
});
