import { z } from "zod";
import type { RecordKind } from "../kernel/crmEvents";

/** What a CSV file can hold, named as people name their exports. */
export const IMPORT_KINDS = [
  "accounts",
  "contacts",
  "deals",
  "activities",
  "users",
  "teams",
] as const;
export const ImportKind = z.enum(IMPORT_KINDS, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown kind '${issue.input}'; use one of ${IMPORT_KINDS.join(", ")}`
      : `must be one of ${IMPORT_KINDS.join(", ")}`,
});
export type ImportKind = z.infer<typeof ImportKind>;

/** The record kind one row of a file of `kind` becomes. */
export const RECORD_KIND_OF: Readonly<Record<ImportKind, RecordKind>> = {
  accounts: "account",
  contacts: "contact",
  deals: "deal",
  activities: "activity",
  users: "user",
  teams: "team",
};
