import { LOCALES, type Locale } from "@baton/core";

/** True for a language Baton speaks: `isLocale("zh-CN")`. */
export const isLocale = (value: string | null | undefined): value is Locale =>
  value != null && (LOCALES as readonly string[]).includes(value);

/**
 * The first of `candidates` Baton speaks (a preference, the platform's, the
 * user record's), else English.
 *
 * @example pickLocale(null, "fr", "zh-CN") // "zh-CN"
 */
export const pickLocale = (...candidates: (string | null | undefined)[]): Locale =>
  candidates.find(isLocale) ?? "en";
