import { z } from "zod";
import type { Config } from "../config/config";
import { Id } from "../entities/common";
import { ok, type Result } from "../result";
import { detectCandidates, type MatchSubject } from "./candidateDetection";
import type { DuplicateCandidates } from "./duplicateCandidate";
import type { DuplicatesError } from "./duplicatesError";
import { foldText } from "./foldText";
import { readEmail, readPhone, readRecordsToMatch } from "./matchSubjects";

/** What duplicate detection reads of a contact: a `Contact` fits (other fields are ignored). */
export const ContactToMatch = z.object({
  id: Id,
  name: z.string().max(300, "must be at most 300 characters"),
  email: z.string().max(2000).nullish(),
  phone: z.string().max(2000).nullish(),
  accountId: Id.nullish(),
  /** Where the phone number is read when it has no country code (ISO 3166-1 alpha-2). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/u, "must be a two-letter ISO country code such as 'DE'")
    .nullish(),
});
export type ContactToMatch = z.infer<typeof ContactToMatch>;

/**
 * Finds contacts that are probably the same person, each pair once with a confidence and
 * its reasons: same email (plus-tags and Gmail dots ignored), same phone, similar names
 * (case, width and punctuation folded), same account. A shared company domain is not a
 * signal here: colleagues share it. The answer does not depend on the order of `contacts`.
 *
 * @example
 * findDuplicateContacts([
 *   { id: "c1", name: "Grace Hopper", email: "grace@navy.mil" },
 *   { id: "c2", name: "grace  hopper", email: "Grace+crm@navy.mil" },
 * ], defaultConfig())
 * // ok({ candidates: [{ ids: ["c1", "c2"], confidence: 0.995, reasons: [
 * //   { signal: "same_email", … }, { signal: "similar_name", … }] }], unreadable: [], comparisons: 1 })
 */
export const findDuplicateContacts = (
  contacts: readonly ContactToMatch[],
  config: Config,
): Result<DuplicateCandidates, DuplicatesError> => {
  const read = readRecordsToMatch(ContactToMatch, contacts, "contact", config);
  if (!read.ok) return read;
  const { records, rules, log } = read.value;
  const subjects = records.map((contact): MatchSubject => {
    const name = foldText(contact.name);
    if (name === "")
      log.push({
        id: contact.id,
        field: "name",
        value: contact.name,
        message: `The name '${contact.name}' has no letters or digits to compare.`,
      });
    return {
      id: contact.id,
      name,
      email: readEmail(contact.id, contact.email, rules, log),
      phone: readPhone(contact.id, contact.phone, contact.country, rules, log),
      domain: null,
      accountId: contact.accountId ?? null,
    };
  });
  return ok(detectCandidates(subjects, log, rules));
};
