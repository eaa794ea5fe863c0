import type { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import type { UnreadableValue } from "./duplicateCandidate";
import type { DuplicatesError } from "./duplicatesError";
import { domainKey } from "./normalizeDomain";
import { emailKey } from "./normalizeEmail";
import { phoneKey } from "./normalizePhone";
import { type PreparedRules, prepareRules } from "./preparedRules";

/** Internal: collects values that could not be read, so none is ignored without a word. */
export type UnreadableLog = UnreadableValue[];

/** Internal: the normalised email of a record, or null (logged when present but unreadable). */
export const readEmail = (
  id: string,
  email: string | null | undefined,
  rules: PreparedRules,
  log: UnreadableLog,
): string | null => {
  if (email === null || email === undefined || email.trim() === "") return null;
  const key = emailKey(email, rules.settings);
  if (key === null)
    log.push({ id, field: "email", value: email, message: `'${email}' is not an email address.` });
  return key;
};

/** Internal: the E.164 phone of a record, or null (logged when present but unreadable). */
export const readPhone = (
  id: string,
  phone: string | null | undefined,
  country: string | null | undefined,
  rules: PreparedRules,
  log: UnreadableLog,
): string | null => {
  if (phone === null || phone === undefined || phone.trim() === "") return null;
  const key = phoneKey(phone, country ?? rules.settings.defaultPhoneCountry);
  if ("e164" in key) return key.e164;
  log.push({
    id,
    field: "phone",
    value: phone,
    message: `'${phone}' is not a phone number that can be written in E.164 (${key.problem.replaceAll("_", " ")}).`,
  });
  return null;
};

/** Internal: a company domain from a domain or website field (logged when unreadable). */
export const readDomain = (
  id: string,
  field: "domain" | "website",
  text: string | null | undefined,
  log: UnreadableLog,
): string | null => {
  if (text === null || text === undefined || text.trim() === "") return null;
  const key = domainKey(text);
  if (key === null) log.push({ id, field, value: text, message: `'${text}' has no domain in it.` });
  return key;
};

/** Internal: the company domain of an email address; free mail providers say nothing. */
export const companyDomainOfEmail = (email: string | null, rules: PreparedRules): string | null => {
  if (email === null) return null;
  const domain = email.slice(email.lastIndexOf("@") + 1);
  return rules.freeEmailDomains.has(domain) ? null : domain;
};

/**
 * Internal: how every finder starts — the config checked, the records parsed, each id listed
 * once, the company's rules compiled, and an empty log for values that cannot be read.
 */
export const readRecordsToMatch = <S extends z.ZodType<{ readonly id: string }>>(
  schema: S,
  records: unknown,
  kind: "account" | "contact",
  config: Config,
): Result<
  { readonly records: z.output<S>[]; readonly rules: PreparedRules; readonly log: UnreadableLog },
  DuplicatesError
> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const input = parseInput(schema.array(), records, `${kind}s`);
  if (!input.ok) return input;
  const twice = repeatedId(input.value);
  if (twice !== null)
    return err(
      domainError(
        "duplicate_record_id",
        `The ${kind} id '${twice}' is listed twice; list each ${kind} once.`,
        { details: { id: twice } },
      ),
    );
  return ok({ records: input.value, rules: prepareRules(company.value.duplicates), log: [] });
};

/** Internal: the first id that occurs twice, if any. */
export const repeatedId = (records: readonly { readonly id: string }[]): string | null => {
  const ids = new Set<string>();
  for (const { id } of records) {
    if (ids.has(id)) return id;
    ids.add(id);
  }
  return null;
};
