import {
  type Account,
  type Contact,
  type Deal,
  type DuplicateCandidate,
  type DuplicateSignal,
  findDuplicateAccounts,
  findDuplicateContacts,
} from "@baton/core";
import type { ImportEnv } from "./importSpec";

/** The record a new row looks like, and why. */
export type DuplicateFinding = {
  readonly of: { readonly id: string; readonly name: string; readonly line?: number };
  readonly reasons: readonly string[];
  readonly confidence: number;
};

const SIGNAL_WORDS: Readonly<Record<DuplicateSignal, string>> = {
  same_email: "same email",
  same_phone: "same phone",
  same_domain: "same domain",
  similar_name: "similar name",
  same_account: "same account",
};

type Creation<E> = { readonly line: number; readonly entity: E };

/**
 * Turns core's candidate pairs into one finding per new row: a new row paired
 * with a stored record is that record's duplicate; of two new rows, the later
 * line is the duplicate of the earlier. The surest pair wins.
 */
const findingsOf = (
  candidates: readonly DuplicateCandidate[],
  creates: readonly Creation<{ readonly id: string; readonly name: string }>[],
  storedNames: ReadonlyMap<string, string>,
): Map<number, DuplicateFinding> => {
  const lineOf = new Map(creates.map((c) => [c.entity.id, c] as const));
  const findings = new Map<number, DuplicateFinding>();
  for (const { ids, confidence, reasons } of candidates) {
    const [a, b] = ids.map((id) => lineOf.get(id));
    let dup: Creation<{ id: string; name: string }> | undefined;
    let of: DuplicateFinding["of"] | undefined;
    if (a && b) {
      [dup, of] =
        a.line > b.line
          ? [a, { id: b.entity.id, name: b.entity.name, line: b.line }]
          : [b, { id: a.entity.id, name: a.entity.name, line: a.line }];
    } else if (a || b) {
      dup = a ?? b;
      const other = a ? ids[1] : ids[0];
      of = { id: other, name: storedNames.get(other) ?? other };
    }
    if (!dup || !of) continue;
    const known = findings.get(dup.line);
    if (known && known.confidence >= confidence) continue;
    findings.set(dup.line, {
      of,
      confidence,
      reasons: [...new Set(reasons.map((r) => SIGNAL_WORDS[r.signal]))],
    });
  }
  return findings;
};

const unwrap = <T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T => {
  // The finders refuse only malformed input, which the entity schemas already ruled out.
  if (!result.ok)
    throw new Error(`duplicate detection refused the import: ${result.error.message}`);
  return result.value;
};

/** New accounts that look like a stored account or an earlier row (core `findDuplicateAccounts`). */
export const accountDuplicates = (
  creates: readonly Creation<Account>[],
  env: ImportEnv,
): Map<number, DuplicateFinding> => {
  const stored = (env.lookups.accounts?.records ?? []).filter((r) => r.line === undefined);
  const found = unwrap(
    findDuplicateAccounts(
      [
        ...stored.map((r) => ({ id: r.id, name: r.name, domain: r.domain, country: r.country })),
        ...creates.map(({ entity }) => ({
          id: entity.id,
          name: entity.name,
          domain: entity.domain ?? null,
          country: entity.country ?? null,
        })),
      ],
      env.config,
    ),
  );
  return findingsOf(found.candidates, creates, new Map(stored.map((r) => [r.id, r.name])));
};

/** New contacts that look like a stored contact or an earlier row (core `findDuplicateContacts`). */
export const contactDuplicates = (
  creates: readonly Creation<Contact>[],
  env: ImportEnv,
): Map<number, DuplicateFinding> => {
  const stored = (env.lookups.contacts?.records ?? []).filter((r) => r.line === undefined);
  const found = unwrap(
    findDuplicateContacts(
      [
        ...stored.map((r) => ({
          id: r.id,
          name: r.name,
          email: r.email ?? null,
          phone: r.phone,
          accountId: r.accountId,
        })),
        ...creates.map(({ entity }) => ({
          id: entity.id,
          name: entity.name,
          email: entity.email ?? null,
          phone: entity.phone ?? null,
          accountId: entity.accountId,
        })),
      ],
      env.config,
    ),
  );
  return findingsOf(found.candidates, creates, new Map(stored.map((r) => [r.id, r.name])));
};

/** New deals with the name of a deal already on the same account, stored or on an earlier line. */
export const dealDuplicates = (
  creates: readonly Creation<Deal>[],
  env: ImportEnv,
): Map<number, DuplicateFinding> => {
  const keyOf = (accountId: string, name: string) =>
    `${accountId}\u0000${name.trim().toLowerCase()}`;
  const seen = new Map<string, DuplicateFinding["of"]>();
  for (const deal of env.lookups.deals?.records ?? [])
    if (deal.line === undefined)
      seen.set(keyOf(deal.accountId, deal.name), { id: deal.id, name: deal.name });
  const findings = new Map<number, DuplicateFinding>();
  for (const { line, entity } of [...creates].sort((a, b) => a.line - b.line)) {
    const key = keyOf(entity.accountId, entity.name);
    const of = seen.get(key);
    if (of) findings.set(line, { of, reasons: ["same name on the same account"], confidence: 1 });
    else seen.set(key, { id: entity.id, name: entity.name, line });
  }
  return findings;
};
