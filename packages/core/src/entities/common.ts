import { z } from "zod";

/**
 * The message for a value that is not one of a fixed list: the value given and the values
 * to use instead. Only a string is echoed back, so no input can break the message itself.
 *
 * @example oneOf("stage", ["lead", "mql"])({ input: "won" }) // "unknown stage 'won'; use one of lead, mql"
 */
export const oneOf =
  (what: string, values: readonly string[]) =>
  (issue: { readonly input?: unknown }): string =>
    typeof issue.input === "string"
      ? `unknown ${what} '${issue.input}'; use one of ${values.join(", ")}`
      : `must be a ${what}, one of ${values.join(", ")}`;

/** A record id: any non-empty string the store chooses (uuid, ulid, CRM import id). */
export const Id = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");
export type Id = z.infer<typeof Id>;

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time zone such as "Europe/Berlin" or "Asia/Shanghai". */
export const TimeZone = z
  .string()
  .refine(isTimeZone, { message: "must be an IANA time zone such as 'Europe/Berlin'" });
export type TimeZone = z.infer<typeof TimeZone>;

export const LOCALES = ["en", "zh-CN"] as const;
/** The languages Baton speaks to people in. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A valid instant; an invalid `Date` is rejected rather than carried around as NaN. */
export const Instant = z.date({ error: "must be a valid date and time" });

/** A half-open time range `[start, end)`. */
export const Period = z
  .object({ start: Instant, end: Instant })
  .refine((p) => p.start.getTime() < p.end.getTime(), {
    message: "must start before it ends",
  });
export type Period = z.infer<typeof Period>;
