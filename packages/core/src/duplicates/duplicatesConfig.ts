import { z } from "zod";

/** Settings of duplicate detection (DOMAIN.md §7). */
export const DuplicatesConfig = z.object({
  /** Least confidence (0–1) for a pair to be reported as a duplicate candidate. */
  minConfidence: z.number().min(0).max(1, "must be between 0 and 1").default(0.7),
  /** Default region for phone numbers written without a country code (ISO 3166-1 alpha-2). */
  defaultPhoneCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be a two-letter ISO country code such as 'DE'")
    .default("US"),
});
export type DuplicatesConfig = z.infer<typeof DuplicatesConfig>;
