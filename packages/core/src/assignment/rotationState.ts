import { z } from "zod";
import { Id } from "../entities/common";

/** Where one rule's rotation stands: the last person a round-robin gave a record to, or the weighted rotation's running weights. */
export const RuleRotation = z.discriminatedUnion("type", [
  z.object({ type: z.literal("round_robin"), lastUserId: Id }),
  z.object({ type: z.literal("weighted"), currentWeights: z.record(Id, z.number()) }),
]);
export type RuleRotation = z.infer<typeof RuleRotation>;

/**
 * Every rule's rotation, keyed by rule id: plain JSON the store persists and passes back
 * to `assign`, so routing keeps no hidden state and any replica can take the next record.
 */
export const RotationState = z.object({
  byRule: z.record(Id, RuleRotation).default({}),
});
export type RotationState = z.infer<typeof RotationState>;

/**
 * The rotation before any record has been routed.
 *
 * @example emptyRotationState() // { byRule: {} }
 */
export const emptyRotationState = (): RotationState => ({ byRule: {} });
