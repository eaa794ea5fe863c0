import type { OwnershipColumns } from "./readFilter";

export const SEARCH_KINDS = ["account", "contact", "lead", "deal"] as const;
/** The kinds of record search finds by name. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** How one kind is stored, as search needs it. */
export type SearchTable = {
  readonly table: "accounts" | "contacts" | "leads" | "deals";
  readonly ownership: OwnershipColumns;
  /** The column linking the record to its account, if it has one. */
  readonly account: "account_id" | null;
  /** Another thing people search this kind by, besides its name. */
  readonly identifier: { readonly column: "domain" | "email"; readonly field: string } | null;
};

/** Each searchable kind's table and columns; the name indexes (`<table>_name_trgm`, `_name_lower`) exist for all four. */
export const SEARCH_TABLES: Readonly<Record<SearchKind, SearchTable>> = {
  account: {
    table: "accounts",
    ownership: { owner: "owner_id", previousOwners: "previous_owner_ids", team: "team_id" },
    account: null,
    identifier: { column: "domain", field: "domain" },
  },
  contact: {
    table: "contacts",
    ownership: { owner: "owner_id", previousOwners: "previous_owner_ids", team: null },
    account: "account_id",
    identifier: { column: "email", field: "email" },
  },
  lead: {
    table: "leads",
    ownership: { owner: "owner_id", previousOwners: "previous_owner_ids", team: null },
    account: null,
    identifier: { column: "email", field: "email" },
  },
  deal: {
    table: "deals",
    ownership: { owner: "owner_id", previousOwners: null, team: null },
    account: "account_id",
    identifier: null,
  },
};
