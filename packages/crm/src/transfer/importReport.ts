import type { MappedColumn } from "./columnMapping";
import type { ImportKind } from "./importKind";
import type { CellIssue } from "./rowCells";

/** Why a row was not imported, or (`warning`) what to know about a row that was. */
export type ProblemOutcome = "invalid" | "unlinked" | "ambiguous" | "duplicate" | "warning";

/** One row a person should look at: its line, what is wrong and why, as one sentence. */
export type ImportProblem = {
  readonly line: number;
  readonly outcome: ProblemOutcome;
  /** "line 7: amount 'abc' is not a number" */
  readonly message: string;
  readonly issues?: readonly CellIssue[];
  /** The records an ambiguous reference could mean. */
  readonly candidates?: readonly { readonly id: string; readonly name: string }[];
  /** The record a duplicate row looks like (stored, or an earlier line of the file). */
  readonly duplicateOf?: {
    readonly id: string;
    readonly name: string;
    readonly line?: number;
    readonly reasons: readonly string[];
  };
};

/**
 * How many rows did what. `created + updated + unchanged + skipped = read`;
 * `valid` rows read, linked and validated (duplicates are valid but skipped).
 */
export type ImportCounts = {
  readonly read: number;
  readonly valid: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: number;
};

/** What an import did (or, in a dry run, would do), row by row where it matters. */
export type ImportReport = {
  readonly kind: ImportKind;
  readonly dryRun: boolean;
  readonly counts: ImportCounts;
  /** Every row not imported and every warning, in line order: nothing is dropped silently. */
  readonly problems: readonly ImportProblem[];
  /** Each column of the file and the field it was read as (or why not). */
  readonly columns: readonly MappedColumn[];
  readonly notes: readonly string[];
  /** Transactions the rows were committed in. */
  readonly batches: number;
};
