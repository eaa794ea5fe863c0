import { z } from "zod";

const OptionalText = z.string().trim().nullish();

/**
 * What routing reads from an account, contact or lead: its id and domain (for named
 * accounts) and its territory fields. Other fields are ignored, so a whole `Account`
 * can be passed as it is; `null` and absent both mean "not recorded".
 */
export const RoutableRecord = z.object({
  id: OptionalText,
  domain: OptionalText,
  industry: OptionalText,
  region: OptionalText,
  country: OptionalText,
  sizeBand: OptionalText,
});
export type RoutableRecord = z.infer<typeof RoutableRecord>;
