import { z } from "zod";
import type { Config } from "../config/config";
import { Id } from "../entities/common";
import { ok, type Result } from "../result";
import { detectCandidates, type MatchSubject } from "./candidateDetection";
import type { DuplicateCandidates } from "./duplicateCandidate";
import type { DuplicatesError } from "./duplicatesError";
import {
  companyDomainOfEmail,
  readDomain,
  readEmail,
  readPhone,
  readRecordsToMatch,
} from "./matchSubjects";
import { companyNameKey } from "./normalizeCompanyName";

const optionalText = z.string().max(2000).nullish();

/**
 * What duplicate detection reads of an account: an `Account` fits (other fields are ignored),
 * and a store may add the phone, a general email and the website it holds.
 */
export const AccountToMatch = z.object({
  id: Id,
  name: z.string().max(300, "must be at most 300 characters"),
  domain: optionalText,
  website: optionalText,
  email: optionalText,
  phone: optionalText,
  /** Where the phone number is read when it has no country code (ISO 3166-1 alpha-2). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/u, "must be a two-letter ISO country code such as 'DE'")
    .nullish(),
});
export type AccountToMatch = z.infer<typeof AccountToMatch>;

/**
 * Finds accounts that are probably the same company, each pair once with a confidence
 * (0–1, at least `duplicates.minConfidence`) and its reasons: same email, same phone, same
 * domain (website, domain or a company email's), similar normalised names (Jaro-Winkler).
 * Values that cannot be read (a malformed phone) are listed in `unreadable`, not fatal.
 * The answer does not depend on the order of `accounts`; the work grows near n·log n.
 *
 * @example
 * findDuplicateAccounts([
 *   { id: "a1", name: "Acme, Inc.", domain: "acme.com" },
 *   { id: "a2", name: "ACME Inc", website: "https://www.acme.com/" },
 * ], defaultConfig())
 * // ok({ candidates: [{ ids: ["a1", "a2"], confidence: 0.96, reasons: [
 * //   { signal: "same_domain", … }, { signal: "similar_name", … }] }], unreadable: [], comparisons: 1 })
 */
export const findDuplicateAccounts = (
  accounts: readonly AccountToMatch[],
  config: Config,
): Result<DuplicateCandidates, DuplicatesError> => {
  const read = readRecordsToMatch(AccountToMatch, accounts, "account", config);
  if (!read.ok) return read;
  const { records, rules, log } = read.value;
  const subjects = records.map((account): MatchSubject => {
    const name = companyNameKey(account.name, rules);
    if (name === "")
      log.push({
        id: account.id,
        field: "name",
        value: account.name,
        message: `The name '${account.name}' has no letters or digits to compare.`,
      });
    const email = readEmail(account.id, account.email, rules, log);
    const domain =
      readDomain(account.id, "domain", account.domain, log) ??
      readDomain(account.id, "website", account.website, log) ??
      companyDomainOfEmail(email, rules);
    return {
      id: account.id,
      name,
      email,
      phone: readPhone(account.id, account.phone, account.country, rules, log),
      domain: domain !== null && rules.freeEmailDomains.has(domain) ? null : domain,
      accountId: null,
    };
  });
  return ok(detectCandidates(subjects, log, rules));
};
