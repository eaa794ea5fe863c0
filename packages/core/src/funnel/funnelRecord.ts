import { z } from "zod";
import { Id } from "../entities/common";

export const LIFECYCLE_RECORD_KINDS = ["account", "contact", "lead"] as const;
/** The records that move through lifecycle stages; deals move through the pipeline instead. */
export const LifecycleRecordKind = z.enum(LIFECYCLE_RECORD_KINDS, {
  error: (issue) =>
    `unknown record kind '${String(issue.input)}'; use one of ${LIFECYCLE_RECORD_KINDS.join(", ")}`,
});
export type LifecycleRecordKind = z.infer<typeof LifecycleRecordKind>;

export const FUNNEL_RECORD_KINDS = [...LIFECYCLE_RECORD_KINDS, "deal"] as const;
/** Every record the funnel gives an owner: lifecycle records and deals. */
export const FunnelRecordKind = z.enum(FUNNEL_RECORD_KINDS, {
  error: (issue) =>
    `unknown record kind '${String(issue.input)}'; use one of ${FUNNEL_RECORD_KINDS.join(", ")}`,
});
export type FunnelRecordKind = z.infer<typeof FunnelRecordKind>;

/**
 * Names a record inside an event or audit entry; the name travels with it so a
 * chat message or digest can say "Acme GmbH" without reading the store.
 */
export const FunnelRecordRef = z.object({
  kind: FunnelRecordKind,
  id: Id,
  name: z.string().optional(),
});
export type FunnelRecordRef = z.infer<typeof FunnelRecordRef>;
