import { z } from "zod";
import { oneOf } from "./common";

export const SIZE_BANDS = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+"] as const;
/** Company size by employee count. */
export const SizeBand = z.enum(SIZE_BANDS, { error: oneOf("size band", SIZE_BANDS) });
export type SizeBand = z.infer<typeof SizeBand>;

export const SENIORITIES = [
  "c_level",
  "vp",
  "director",
  "manager",
  "individual",
  "student",
] as const;
/** How senior a person is; a fit signal. */
export const Seniority = z.enum(SENIORITIES, { error: oneOf("seniority", SENIORITIES) });
export type Seniority = z.infer<typeof Seniority>;

/** Territory fields shared by accounts and leads; all optional because data arrives partial. */
export const Territory = z.object({
  industry: z.string().trim().min(1, "must not be empty; leave it out when unknown").optional(),
  region: z.string().trim().min(1, "must not be empty; leave it out when unknown").optional(),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be a two-letter ISO country code such as 'DE'")
    .optional(),
  sizeBand: SizeBand.optional(),
});
export type Territory = z.infer<typeof Territory>;
