import { z } from "zod";
import { LIFECYCLE_STAGES, LifecycleStage } from "../entities/lifecycleStage";
import { Role, TeamFunction } from "../entities/role";

/** Which team owns a record at each lifecycle stage (DOMAIN.md §1). `null`: nobody routes it. */
export const DEFAULT_STAGE_OWNERSHIP = {
  subscriber: "marketing",
  lead: "marketing",
  mql: "marketing",
  sql: "sales",
  opportunity: "sales",
  customer: "service",
  evangelist: "service",
  churned: "service",
  recycled: "marketing",
  disqualified: "marketing",
  other: null,
} as const satisfies Record<LifecycleStage, TeamFunction | null>;

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const HHMM = z.string().regex(CLOCK_TIME, "must be a time such as '09:00'");
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as '2026-12-25'");

/** The working week SLAs are counted in, read in the owner's own time zone. */
export const BusinessHours = z
  .object({
    /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    start: HHMM.default("09:00"),
    end: HHMM.default("17:00"),
    /** Whole days off, as local dates in the owner's time zone. */
    holidays: z.array(IsoDate).default([]),
  })
  // Comparing is only meaningful between two valid clock times; a malformed one is reported
  // by its own field, and "must start before it ends" would then send people the wrong way.
  .refine((b) => !(CLOCK_TIME.test(b.start) && CLOCK_TIME.test(b.end)) || b.start < b.end, {
    message: "the working day must start before it ends",
  });
export type BusinessHours = z.infer<typeof BusinessHours>;

/** First-touch SLA after a hand-off, in business hours, per receiving team (DOMAIN.md §1). */
export const DEFAULT_HAND_OFF_SLA_HOURS = { sales: 4, service: 8 } as const satisfies Partial<
  Record<TeamFunction, number>
>;

/** Business hours to the first touch per receiving team; `null` or absent: no SLA for that team. */
export type HandOffSlaHours = Partial<Record<TeamFunction, number | null>>;

export const FunnelConfig = z.object({
  stageOwnership: z
    .record(LifecycleStage, TeamFunction.nullable())
    .default(DEFAULT_STAGE_OWNERSHIP)
    .refine((m) => LIFECYCLE_STAGES.every((s) => s in m), {
      message: `must name an owning team (or null) for every stage: ${LIFECYCLE_STAGES.join(", ")}`,
    }),
  /** Roles allowed to move a record backwards (an audited reset). */
  resetRoles: z.array(Role).min(1).default(["admin", "manager"]),
  /**
   * Business hours the new owner has to make the first touch after a hand-off, per
   * receiving team. A company's table is merged over `DEFAULT_HAND_OFF_SLA_HOURS`, so
   * `{ sales: 2 }` shortens sales' SLA and keeps service's 8 hours; `null` switches a
   * team's SLA off (`{ service: null }`). Teams in neither table have no SLA.
   */
  handOffSlaHours: z
    .partialRecord(
      TeamFunction,
      z.number().positive("must be more than 0 hours; use null for no SLA").nullable(),
    )
    .default({})
    .transform((given): HandOffSlaHours => ({ ...DEFAULT_HAND_OFF_SLA_HOURS, ...given })),
  businessHours: BusinessHours.prefault({}),
});
export type FunnelConfig = z.infer<typeof FunnelConfig>;
