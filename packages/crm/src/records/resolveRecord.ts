import { err, ok, type Result } from "@baton/core";
import { type CrmError, crmError } from "../kernel/crmError";
import type { SearchKind } from "./searchKinds";
import { type Candidate, type MatchTier, recordById, searchRecords } from "./searchRecords";
import type { SearchScope } from "./searchScope";
import { searchText, usableAsId } from "./searchText";

/**
 * Tiers that may decide on their own, best first: the first of these groups
 * with any match decides — one match is used, more than one is a question.
 * Similar names never decide; they are offered as suggestions.
 */
const DECIDING_TIERS: readonly (readonly MatchTier[])[] = [
  ["exact", "identifier"],
  ["prefix"],
  ["contains"],
];

/** How many candidates an `ambiguous` result lists, and suggestions a `not_found` one. */
const MAX_CANDIDATES = 10;
const MAX_SUGGESTIONS = 3;

/** A record named by a person, as found: which, and why it was taken to be the one meant. */
export type ResolvedRecord = Pick<
  Candidate,
  "kind" | "id" | "name" | "accountId" | "why" | "target"
>;

const briefly = ({ id, name, why }: Candidate) => ({ id, name, why });

const sameText = (a: string, b: string): boolean =>
  a.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ") ===
  b.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Finds the one record a person meant by a name or an id, the way `find`
 * matches names: exactly one good match is used; more than one is an
 * `ambiguous` result listing the candidates (never a guess); none is
 * `not_found` with the closest names as suggestions. `field` names the input
 * field in the result's details, so the chat layer can ask the right question.
 *
 * @example await resolveRecord(scope, "account", "account", "Acme")
 * // err({ code: "ambiguous", details: { field: "account", candidates: [{ id, name: "Acme GmbH", why }, { name: "Acme Inc", ... }] } })
 */
export const resolveRecord = async (
  scope: SearchScope,
  field: string,
  kind: SearchKind,
  given: string,
  within?: { readonly accountId: string },
): Promise<Result<ResolvedRecord, CrmError>> => {
  const text = searchText(given);
  if (text.length === 0)
    return err(
      crmError("invalid_input", `Say which ${kind} you mean: ${field} is empty.`, { field }),
    );
  const id = given.trim();
  // An id is plain text; anything with control characters (NUL would make PostgreSQL refuse) is only a name.
  const exactId = usableAsId(id) ? await recordById(scope, kind, id, within?.accountId) : null;
  if (exactId) return ok({ ...exactId, why: "id" });
  const candidates = await searchRecords({
    ...scope,
    text,
    kinds: [kind],
    limit: 20,
    ...(within ? { accountId: within.accountId } : {}),
  });
  const where = within ? " on that account" : "";
  for (const tiers of DECIDING_TIERS) {
    const good = candidates.filter((candidate) => tiers.includes(candidate.tier));
    const [only] = good;
    if (good.length === 1 && only) return ok(only);
    // "Acme Inc" typed in full means Acme Inc, though Acme GmbH is the same name to the search.
    const verbatim = good.filter((candidate) => sameText(candidate.name, given));
    const [exactly] = verbatim;
    if (verbatim.length === 1 && exactly) return ok(exactly);
    if (good.length > 1) {
      const listed = good.slice(0, MAX_CANDIDATES);
      return err(
        crmError(
          "ambiguous",
          `'${given.trim()}' matches more than one ${kind}${where}: ${listed.map((c) => c.name).join(", ")}. Say which one you mean.`,
          { field, candidates: listed.map(briefly) },
        ),
      );
    }
  }
  const suggestions = candidates.slice(0, MAX_SUGGESTIONS);
  return err(
    crmError(
      "not_found",
      suggestions.length > 0
        ? `No ${kind} you can see is called '${given.trim()}'${where}. Did you mean ${suggestions.map((c) => c.name).join(" or ")}?`
        : `No ${kind} you can see matches '${given.trim()}'${where}. Check the name, or create the ${kind} first.`,
      { field, suggestions: suggestions.map(briefly) },
    ),
  );
};
