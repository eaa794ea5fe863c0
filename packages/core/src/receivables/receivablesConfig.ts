import { z } from "zod";
import { TimeZone } from "../entities/common";

/** Settings of receivables (DOMAIN.md §6). */
export const ReceivablesConfig = z.object({
  /** Payment terms when a contract names none: net N days. */
  defaultNetDays: z.number().int().min(0, "must be 0 or more days").default(30),
  /**
   * Finance's time zone: invoice dates are stepped by calendar months and due dates by
   * calendar days there, so "net 30" lands on the same wall-clock time across a DST change.
   */
  timeZone: TimeZone.default("UTC"),
  /**
   * Upper bounds, in days past due, of the aging buckets after "current": the default
   * `[30, 60, 90]` gives current, 1–30, 31–60, 61–90 and over 90.
   */
  agingBucketDays: z
    .array(z.number().int().min(1, "must be at least 1 day past due"))
    .min(1, "name at least one bucket bound")
    .max(12, "must name at most 12 bucket bounds")
    .refine((days) => days.every((d, i) => i === 0 || d > (days[i - 1] ?? 0)), {
      message: "must be increasing, e.g. [30, 60, 90]",
    })
    .default([30, 60, 90]),
});
export type ReceivablesConfig = z.infer<typeof ReceivablesConfig>;
