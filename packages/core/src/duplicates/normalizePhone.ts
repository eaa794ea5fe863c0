import {
  type CountryCode,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from "libphonenumber-js/min";
import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { DuplicatesError } from "./duplicatesError";

export const PHONE_PROBLEMS = [
  "not_a_number",
  "invalid_country",
  "too_short",
  "too_long",
  "invalid_length",
  "not_a_valid_number",
] as const;
/** Why a phone number could not be written in E.164. */
export type PhoneProblem = (typeof PHONE_PROBLEMS)[number];

const PROBLEM_TEXT: Record<PhoneProblem, string> = {
  not_a_number: "is not a phone number",
  invalid_country: "has no country code and no default country applies",
  too_short: "is too short",
  too_long: "is too long",
  invalid_length: "has a length no number of its country has",
  not_a_valid_number: "is not a number in use in its country",
};

const toProblem = (reason: string | undefined): PhoneProblem =>
  reason === "NOT_A_NUMBER"
    ? "not_a_number"
    : reason === "INVALID_COUNTRY"
      ? "invalid_country"
      : reason === "TOO_SHORT"
        ? "too_short"
        : reason === "TOO_LONG"
          ? "too_long"
          : reason === "INVALID_LENGTH"
            ? "invalid_length"
            : "not_a_valid_number";

/** Internal: a phone number in E.164, or why it cannot be one. */
export const phoneKey = (
  phone: string,
  country: string,
): { readonly e164: string } | { readonly problem: PhoneProblem } => {
  const defaultCountry = country as CountryCode;
  try {
    const parsed = parsePhoneNumberFromString(phone, { defaultCountry });
    if (parsed?.isValid()) return { e164: parsed.number };
    if (!/\d/u.test(phone)) return { problem: "not_a_number" };
    return { problem: toProblem(validatePhoneNumberLength(phone, defaultCountry)) };
  } catch {
    // libphonenumber-js refuses some inputs by throwing (e.g. an unknown country): still a reason.
    return { problem: "not_a_number" };
  }
};

const PhoneCountry = z
  .string()
  .regex(/^[A-Z]{2}$/u, "must be a two-letter ISO country code such as 'DE'");

/**
 * A phone number in E.164 ("+4930123456"), so the same line written "030 123456" by one rep
 * and "+49 30 123456" by another is one number. Numbers without a country code are read in
 * `country`, else the company's `duplicates.defaultPhoneCountry`. Idempotent.
 *
 * @example normalizePhone("030 1234567", defaultConfig(), "DE") // ok("+49301234567")
 * @example normalizePhone("(415) 555-2671", defaultConfig()) // ok("+14155552671")
 * @example normalizePhone("12", defaultConfig()) // err({ code: "invalid_phone", details: { problem: "too_short" }, … })
 */
export const normalizePhone = (
  phone: string,
  config: Config,
  country?: string,
): Result<string, DuplicatesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const input = parseInput(z.string(), phone, "phone number");
  if (!input.ok) return input;
  const region = parseInput(PhoneCountry.optional(), country, "phone country");
  if (!region.ok) return region;
  const home = region.value ?? company.value.duplicates.defaultPhoneCountry;
  const key = phoneKey(input.value, home);
  if ("e164" in key) return ok(key.e164);
  return err(
    domainError(
      "invalid_phone",
      `The phone number '${input.value}' ${PROBLEM_TEXT[key.problem]} (read as a number in ${home}); write it with its country code, e.g. +49 30 1234567.`,
      { details: { problem: key.problem, country: home } },
    ),
  );
};
