import { z } from "zod";
import { AssignedOwner } from "../assignment/assign";
import { Id, Instant, TimeZone } from "../entities/common";
import { Contact } from "../entities/contact";
import { LifecycleStage } from "../entities/lifecycleStage";
import { Money } from "../entities/money";
import { TeamFunction } from "../entities/role";
import { FunnelRecordRef } from "./funnelRecord";
import { ForecastCategory } from "./pipelineConfig";
import { LifecycleMoveKind } from "./stageOrder";

/*
 * Funnel domain events: plain data the crm package writes to its outbox in the
 * same transaction as the change, and chat, Teams and digest jobs read later.
 * Each event carries everything a reader needs to tell a person what happened
 * (names, teams, owners, amounts), because by the time it is read the records
 * may have moved on.
 */

/** Who made it happen and when; every funnel event has both. */
const happened = { at: Instant, by: Id };

/** A deal as events show it: enough to write "Acme renewal (€10,000) by Ada". */
export const DealEventRef = z.object({
  id: Id,
  name: z.string(),
  accountId: Id,
  ownerId: Id,
  amount: Money,
});
export type DealEventRef = z.infer<typeof DealEventRef>;

/** A record moved along (or off) the lifecycle path without a reset. */
export const StageChangedEvent = z.object({
  type: z.literal("stage_changed"),
  ...happened,
  record: FunnelRecordRef,
  from: LifecycleStage,
  to: LifecycleStage,
  moveKind: LifecycleMoveKind,
  /** The reason code for recycling or disqualifying, or a note; `null` when none was given. */
  reason: z.string().nullable(),
  fromTeam: TeamFunction.nullable(),
  toTeam: TeamFunction.nullable(),
});
export type StageChangedEvent = z.infer<typeof StageChangedEvent>;

/** An allowed role moved a record where the forward-only rule would not let it go. */
export const StageResetEvent = z.object({
  type: z.literal("stage_reset"),
  ...happened,
  record: FunnelRecordRef,
  from: LifecycleStage,
  to: LifecycleStage,
  moveKind: LifecycleMoveKind,
  reason: z.string().min(1),
  fromTeam: TeamFunction.nullable(),
  toTeam: TeamFunction.nullable(),
});
export type StageResetEvent = z.infer<typeof StageResetEvent>;

/** Ownership passed to another team: who has the baton now and by when they must touch it. */
export const HandedOffEvent = z.object({
  type: z.literal("handed_off"),
  ...happened,
  record: FunnelRecordRef,
  fromStage: LifecycleStage,
  toStage: LifecycleStage,
  fromTeam: TeamFunction.nullable(),
  toTeam: TeamFunction,
  fromOwnerId: Id.nullable(),
  toOwner: AssignedOwner,
  /** The assignment rule that picked the new owner; `null` when the fallback queue took it. */
  ruleId: z.string().nullable(),
  explanation: z.array(z.string()),
  /** Business hours the receiving team has for the first touch; `null` when it has no SLA. */
  slaHours: z.number().positive().nullable(),
  slaDueAt: Instant.nullable(),
  /** The time zone the business hours were counted in. */
  slaTimeZone: TimeZone,
});
export type HandedOffEvent = z.infer<typeof HandedOffEvent>;

/** A deal moved between open pipeline stages. */
export const DealStageChangedEvent = z.object({
  type: z.literal("deal_stage_changed"),
  ...happened,
  deal: DealEventRef,
  from: z.string(),
  to: z.string(),
  probability: z.number(),
  forecast: ForecastCategory,
});
export type DealStageChangedEvent = z.infer<typeof DealStageChangedEvent>;

/** An allowed role took a closed deal back into an open stage. */
export const DealReopenedEvent = z.object({
  type: z.literal("deal_reopened"),
  ...happened,
  deal: DealEventRef,
  from: z.string(),
  to: z.string(),
  reason: z.string().min(1),
});
export type DealReopenedEvent = z.infer<typeof DealReopenedEvent>;

/** A deal was won: the customer bought. */
export const DealClosedWonEvent = z.object({
  type: z.literal("deal_closed_won"),
  ...happened,
  deal: DealEventRef,
  from: z.string(),
  to: z.string(),
  contactIds: z.array(Id),
});
export type DealClosedWonEvent = z.infer<typeof DealClosedWonEvent>;

/** A deal was lost, with why. */
export const DealClosedLostEvent = z.object({
  type: z.literal("deal_closed_lost"),
  ...happened,
  deal: DealEventRef,
  from: z.string(),
  to: z.string(),
  reason: z.string().min(1),
});
export type DealClosedLostEvent = z.infer<typeof DealClosedLostEvent>;

/** A contact joined a deal's buying group. */
export const DealContactAttachedEvent = z.object({
  type: z.literal("deal_contact_attached"),
  ...happened,
  deal: DealEventRef,
  contact: Contact.pick({ id: true, name: true }),
});
export type DealContactAttachedEvent = z.infer<typeof DealContactAttachedEvent>;

export const REASSIGNMENT_REASONS = ["owner_left"] as const;
/** Why a record changed owner outside a hand-off. */
export const ReassignmentReason = z.enum(REASSIGNMENT_REASONS);
export type ReassignmentReason = z.infer<typeof ReassignmentReason>;

/** A record got a new owner because its owner can no longer hold it. */
export const OwnerReassignedEvent = z.object({
  type: z.literal("owner_reassigned"),
  ...happened,
  record: FunnelRecordRef,
  fromOwnerId: Id,
  toOwner: AssignedOwner,
  /** The team the new owner was looked for in; `null` for a stage no team owns. */
  team: TeamFunction.nullable(),
  ruleId: z.string().nullable(),
  explanation: z.array(z.string()),
  reason: ReassignmentReason,
});
export type OwnerReassignedEvent = z.infer<typeof OwnerReassignedEvent>;

/** Every event the funnel produces, told apart by `type`. */
export const FunnelEvent = z.discriminatedUnion("type", [
  StageChangedEvent,
  StageResetEvent,
  HandedOffEvent,
  DealStageChangedEvent,
  DealReopenedEvent,
  DealClosedWonEvent,
  DealClosedLostEvent,
  DealContactAttachedEvent,
  OwnerReassignedEvent,
]);
export type FunnelEvent = z.infer<typeof FunnelEvent>;

export const FUNNEL_EVENT_TYPES = [
  "stage_changed",
  "stage_reset",
  "handed_off",
  "deal_stage_changed",
  "deal_reopened",
  "deal_closed_won",
  "deal_closed_lost",
  "deal_contact_attached",
  "owner_reassigned",
] as const satisfies readonly FunnelEvent["type"][];
export type FunnelEventType = FunnelEvent["type"];

/** The deal as its events show it. */
export const dealEventRef = (deal: DealEventRef): DealEventRef => ({
  id: deal.id,
  name: deal.name,
  accountId: deal.accountId,
  ownerId: deal.ownerId,
  amount: deal.amount,
});
