import { z } from "zod";
import { Money } from "../entities/money";

const percent = z
  .number({ error: "must be a percentage from 0 to 100" })
  .min(0, "must be 0% or more")
  .max(100, "must be 100% or less");

/**
 * What the approval policy looks at in a deal's commercial terms (DOMAIN.md §5): the
 * discount, the contract value, the margin, any non-standard terms and the payment terms.
 */
export const ApprovalTerms = z.object({
  discountPercent: percent,
  contractValue: Money,
  /** Gross margin in percent (may be negative); `null` when it is not known. */
  marginPercent: z
    .number({ error: "must be a percentage, or null when unknown" })
    .min(-1000, "must be -1000% or more")
    .max(100, "must be 100% or less")
    .nullable()
    .default(null),
  /** The non-standard terms in words, for legal to read; `null` when the terms are standard. */
  nonStandardTerms: z
    .string()
    .trim()
    .min(1, "must describe the terms, or be null when they are standard")
    .max(5000, "must be at most 5,000 characters")
    .nullable()
    .default(null),
  /** Payment due N days after invoice ("net N"). */
  paymentTermsDays: z
    .number({ error: "must be a number of days (net N)" })
    .int("must be a whole number of days")
    .min(0, "must be 0 days or more")
    .max(3650, "must be at most 3,650 days"),
});
export type ApprovalTerms = z.infer<typeof ApprovalTerms>;
export type ApprovalTermsInput = z.input<typeof ApprovalTerms>;
