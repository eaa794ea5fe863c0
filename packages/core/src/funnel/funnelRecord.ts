import { z } from "zod";
import { Id } from "../entities/common";

/**
 * The message for a record kind not in `kinds`. Only a string is quoted back: turning any
 * other value into text can itself fail (an object whose `toString` is not a function).
 */
const unknownKind =
  (kinds: readonly string[]) =>
  (issue: { readonly input?: unknown }): string =>
    typeof issue.input === "string"
      ? `unknown record kind '${issue.input}'; use one of ${kinds.join(", ")}`
      : `must be a record kind, one of ${kinds.join(", ")}`;

export const LIFECYCLE_RECORD_KINDS = ["account", "contact", "lead"] as const;
/** The records that move through lifecycle stages; deals move through the pipeline instead. */
export const LifecycleRecordKind = z.enum(LIFECYCLE_RECORD_KINDS, {
  error: unknownKind(LIFECYCLE_RECORD_KINDS),
});
export type LifecycleRecordKind = z.infer<typeof LifecycleRecordKind>;

export const FUNNEL_RECORD_KINDS = [...LIFECYCLE_RECORD_KINDS, "deal"] as const;
/** Every record the funnel gives an owner: lifecycle records and deals. */
export const FunnelRecordKind = z.enum(FUNNEL_RECORD_KINDS, {
  error: unknownKind(FUNNEL_RECORD_KINDS),
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
