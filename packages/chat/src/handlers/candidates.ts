import type { CrmError } from "@baton/crm";

/** A record crm offered when a name was ambiguous or not found. */
export type Offered = { readonly id: string; readonly name: string };

const readList = (value: unknown): Offered[] =>
  Array.isArray(value)
    ? value.flatMap((item) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as { id?: unknown }).id === "string" &&
        typeof (item as { name?: unknown }).name === "string"
          ? [{ id: (item as Offered).id, name: (item as Offered).name }]
          : [],
      )
    : [];

/**
 * The records an `ambiguous` (its candidates) or `not_found` (its suggestions)
 * refusal from crm names, so chat can offer them as choices.
 *
 * @example offeredBy({ code: "ambiguous", message, details: { candidates: [{ id: "a1", name: "Acme GmbH" }] } }) // [{ id: "a1", name: "Acme GmbH" }]
 */
export const offeredBy = (error: CrmError): Offered[] =>
  error.code === "ambiguous"
    ? readList(error.details?.candidates)
    : error.code === "not_found"
      ? readList(error.details?.suggestions)
      : [];
