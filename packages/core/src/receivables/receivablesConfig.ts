import { z } from "zod";

/** Settings of receivables (DOMAIN.md §6). */
export const ReceivablesConfig = z.object({
  /** Payment terms when a contract names none: net N days. */
  defaultNetDays: z.number().int().min(0, "must be 0 or more days").default(30),
});
export type ReceivablesConfig = z.infer<typeof ReceivablesConfig>;
