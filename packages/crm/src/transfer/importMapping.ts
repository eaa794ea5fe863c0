import { Currency } from "@baton/core";
import { z } from "zod";

/**
 * How a file from another CRM reads as ours, usually kept as a JSON file beside
 * the export: which of their columns is which of our fields (a column mapped to
 * `null` is left out), what their values mean in ours per field (their
 * `Won` is our `closed_won`), how their dates are written and which currency
 * amounts without one are in.
 *
 * @example
 * ImportMapping.parse({
 *   columns: { "Deal Stage": "stage", "Internal notes": null },
 *   values: { stage: { Won: "closed_won", Engaging: "qualification" } },
 *   dateFormat: "dd/MM/yyyy",
 *   currency: "EUR",
 * })
 */
export const ImportMapping = z.strictObject({
  columns: z.record(z.string(), z.string().trim().min(1).nullable()).default({}),
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** For dates that are not ISO 8601: tokens yyyy, yy, MM, M, dd, d, HH, H, mm, ss (e.g. "dd.MM.yyyy HH:mm"). */
  dateFormat: z
    .string()
    .trim()
    .regex(/(y{2,4}|Y{2,4})/, "must contain the year, e.g. 'dd/MM/yyyy'")
    .optional(),
  /** The currency of amounts that name none (no symbol, code or currency column). */
  currency: z.string().trim().toUpperCase().pipe(Currency).optional(),
});
export type ImportMapping = z.infer<typeof ImportMapping>;
export type ImportMappingInput = z.input<typeof ImportMapping>;
