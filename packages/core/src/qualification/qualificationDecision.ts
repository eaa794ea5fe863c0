import { z } from "zod";
import { Id, Instant } from "../entities/common";
import { LifecycleStage } from "../entities/lifecycleStage";
import type { DomainError } from "../result";
import type { InvalidInput } from "../validation";

export const QUALIFICATION_KINDS = ["mql", "sql_accepted", "recycled", "disqualified"] as const;
/** What a qualification decision did to a lead. */
export const QualificationKind = z.enum(QUALIFICATION_KINDS);
export type QualificationKind = z.infer<typeof QualificationKind>;

export const MQL_VIAS = ["thresholds", "high_intent"] as const;
/** Which MQL rule made a lead marketing-qualified. */
export const MqlVia = z.enum(MQL_VIAS);
export type MqlVia = z.infer<typeof MqlVia>;

/** One qualification criterion as sales recorded it (a BANT letter by default). */
export const CriterionAssessment = z.object({
  met: z.boolean({ error: "must say whether the criterion is met (true or false)" }),
  note: z.string().trim().max(2000, "must be at most 2,000 characters").optional(),
});
export type CriterionAssessment = z.infer<typeof CriterionAssessment>;

/** A criterion on the decision record: its name, whether it was met, and what sales wrote. */
export const RecordedCriterion = CriterionAssessment.extend({
  name: z.string().min(1),
  /** False when sales left it out; it then counts as not met. */
  recorded: z.boolean(),
});
export type RecordedCriterion = z.infer<typeof RecordedCriterion>;

/**
 * The audit record of one qualification decision: who moved which lead from
 * where to where, when, and why (DOMAIN.md §3, "every decision keeps who,
 * when, why").
 */
export const QualificationDecision = z.object({
  leadId: Id,
  kind: QualificationKind,
  from: LifecycleStage,
  to: LifecycleStage,
  by: Id,
  at: Instant,
  /** Set for recycle and disqualify: the configured reason code. */
  reasonCode: z.string().min(1).optional(),
  note: z.string().optional(),
  /** Set for MQL decisions: the rule that qualified the lead. */
  via: MqlVia.optional(),
  /** True when sales accepted a lead that had not reached `mql` (see `acceptLead`). */
  override: z.boolean().optional(),
  /** Sentences a person can read: why the decision was taken. */
  reasons: z.array(z.string().min(1)).min(1),
  /** Set for SQL acceptance: every configured criterion, in configured order. */
  criteria: z.array(RecordedCriterion).optional(),
});
export type QualificationDecision = z.infer<typeof QualificationDecision>;

const eventBase = {
  at: Instant,
  by: Id,
  leadId: Id,
  /** The lead's owner when the decision was taken, so the crm can tell them. */
  ownerId: Id.nullable(),
  from: LifecycleStage,
  to: LifecycleStage,
};

export const LeadQualifiedEvent = z.object({
  type: z.literal("lead_qualified"),
  ...eventBase,
  via: MqlVia,
});
export type LeadQualifiedEvent = z.infer<typeof LeadQualifiedEvent>;

export const LeadAcceptedEvent = z.object({
  type: z.literal("lead_accepted"),
  ...eventBase,
  criteriaMet: z.array(z.string()),
  override: z.boolean(),
});
export type LeadAcceptedEvent = z.infer<typeof LeadAcceptedEvent>;

export const LeadRecycledEvent = z.object({
  type: z.literal("lead_recycled"),
  ...eventBase,
  reasonCode: z.string().min(1),
});
export type LeadRecycledEvent = z.infer<typeof LeadRecycledEvent>;

export const LeadDisqualifiedEvent = z.object({
  type: z.literal("lead_disqualified"),
  ...eventBase,
  reasonCode: z.string().min(1),
});
export type LeadDisqualifiedEvent = z.infer<typeof LeadDisqualifiedEvent>;

/** The domain events qualification produces; plain data the crm stores and fans out. */
export const QualificationEvent = z.discriminatedUnion("type", [
  LeadQualifiedEvent,
  LeadAcceptedEvent,
  LeadRecycledEvent,
  LeadDisqualifiedEvent,
]);
export type QualificationEvent = z.infer<typeof QualificationEvent>;

/** A decision together with the event announcing it. */
export type QualificationOutcome<E extends QualificationEvent = QualificationEvent> = {
  readonly decision: QualificationDecision;
  readonly event: E;
};

export const QUALIFICATION_ERROR_CODES = [
  "invalid_input",
  "invalid_transition",
  "not_qualified",
  "actor_inactive",
  "not_allowed",
  "unknown_criterion",
  "criteria_not_met",
  "note_required",
  "unknown_reason",
] as const;
export type QualificationErrorCode = (typeof QUALIFICATION_ERROR_CODES)[number];

/** Why a qualification decision was refused; `invalid_input` names each bad field. */
export type QualificationError =
  | InvalidInput
  | DomainError<Exclude<QualificationErrorCode, "invalid_input">>;
