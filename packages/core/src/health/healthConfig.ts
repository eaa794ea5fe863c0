import { z } from "zod";

/** Settings of data health (DOMAIN.md §7). */
export const HealthConfig = z.object({
  /** An account with no activity for this many days is dead. */
  deadAfterDays: z.number().int().positive("must be more than 0 days").default(90),
  /** A record not touched for this many days is no longer fresh. */
  freshForDays: z.number().int().positive("must be more than 0 days").default(30),
});
export type HealthConfig = z.infer<typeof HealthConfig>;
