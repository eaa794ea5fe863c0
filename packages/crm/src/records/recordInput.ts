import { Instant } from "@baton/core";
import { z } from "zod";
import { type CrmError, crmError } from "../kernel/crmError";

/**
 * A time given as a `Date` or as ISO 8601 text with a zone ("2026-03-06T17:00:00Z"),
 * since callers over JSON (chat, HTTP) cannot send a `Date`.
 */
export const InstantInput = z
  .union([z.date(), z.iso.datetime({ offset: true })], {
    error: "must be a date and time, such as 2026-03-06T17:00:00Z",
  })
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .pipe(Instant);

/** The version a change was based on; a record changed since is a `conflict`. */
export const ExpectedVersion = z
  .number({ error: "must be the record's version number, as a read or an earlier change gave it" })
  .int("must be a whole number")
  .min(1, "must be 1 or more");

/** Fields no update may set, and where each is changed instead. */
const MANAGED_FIELDS: Readonly<Record<string, string>> = {
  ownerId: "ownership moves by hand-off or reassignment",
  ownerQueue: "ownership moves by hand-off or reassignment",
  previousOwnerIds: "ownership moves by hand-off or reassignment",
  teamId: "an account's team follows its owner",
  lifecycleStage: "lifecycle stages move through the funnel (qualify, accept, recycle, close)",
  stage: "deal stages move with moveDeal, closeDealWon and closeDealLost",
  closedAt: "deals close with closeDealWon and closeDealLost",
  contactIds: "contacts are attached to a deal through the funnel",
  stageHistory: "stage history is written by stage moves",
  createdAt: "the creation time is kept as it was",
};

/**
 * The refusal for an update that tries to set a field updates do not change,
 * naming where it is changed instead; null when there is none.
 *
 * @example managedFieldRefusal({ id: "a1", ownerId: "user-bob" })?.code // "invalid_input"
 */
export const managedFieldRefusal = (input: unknown): CrmError | null => {
  if (typeof input !== "object" || input === null) return null;
  const field = Object.keys(input).find((key) => Object.hasOwn(MANAGED_FIELDS, key));
  return field === undefined
    ? null
    : crmError(
        "invalid_input",
        `'${field}' cannot be changed by an update: ${MANAGED_FIELDS[field]}.`,
        { field },
      );
};

/**
 * Applies a patch: a field left out stays, `null` clears it (to `null` for the
 * `nullable` fields such as `parentId`, else removes an optional field), any
 * other value replaces it. The caller checks the result against the entity schema.
 *
 * @example applyPatch({ id: "a1", name: "Acme", domain: "acme.com" }, { domain: null }, []) // { id: "a1", name: "Acme" }
 */
export const applyPatch = <E extends object>(
  entity: E,
  patch: Readonly<Record<string, unknown>>,
  nullable: readonly string[],
): Record<string, unknown> => {
  const next: Record<string, unknown> = { ...(entity as Record<string, unknown>) };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value !== null) next[field] = value;
    else if (nullable.includes(field)) next[field] = null;
    else delete next[field];
  }
  return next;
};
