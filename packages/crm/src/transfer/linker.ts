import { importField } from "./importFields";
import type { ImportKind } from "./importKind";
import { readList } from "./readChoice";
import type { IndexedRecord, RecordIndex } from "./recordIndex";
import type { RowCells } from "./rowCells";

/** A reference that could not be resolved to exactly one record. */
export type LinkProblem = {
  readonly outcome: "unlinked" | "ambiguous";
  readonly field: string;
  readonly message: string;
  readonly candidates?: readonly { readonly id: string; readonly name: string }[];
};

/** Resolves a row's reference cells to record ids, collecting what it cannot resolve. */
export type Linker = {
  readonly problems: LinkProblem[];
  /** Sentences about links left out on purpose (the row is still imported). */
  readonly warnings: string[];
  /** Lines of planned (not yet written) records this row links to. */
  readonly dependsOn: number[];
  /**
   * The id of the one record `field`'s cell names in `index`; undefined when
   * the cell is empty. `soft` links that cannot be resolved are left empty
   * with a warning instead of stopping the row.
   */
  one(
    field: string,
    index: RecordIndex<IndexedRecord> | undefined,
    options?: { soft?: boolean },
  ): string | null | undefined;
  /** The ids of every record a list cell names ("a; b"); unresolved items stop the row. */
  many(field: string, index: RecordIndex<IndexedRecord> | undefined): string[] | undefined;
  /** Like `many`, but an item naming no record is kept as written (people who left, history). */
  manyOrAsWritten(
    field: string,
    index: RecordIndex<IndexedRecord> | undefined,
  ): string[] | undefined;
  /** The id of a record named by `text`, or `text` itself when none is (for history entries). */
  idOrAsWritten(text: string, index: RecordIndex<IndexedRecord> | undefined): string;
};

const WHAT: Readonly<Record<string, string>> = {
  owner: "user",
  actor: "user",
  manager: "user",
  previousOwners: "user",
  team: "team",
  parentTeam: "team",
  account: "account",
  parent: "account",
  contact: "contact",
  contacts: "contact",
  deal: "deal",
  lead: "lead",
};

const describe = (record: IndexedRecord): string =>
  record.line !== undefined
    ? `'${record.name}' (line ${record.line})`
    : `'${record.name}' (${record.id})`;

/** A linker for one row of a `kind` file. */
export const linker = (kind: ImportKind, cells: RowCells): Linker => {
  const problems: LinkProblem[] = [];
  const warnings: string[] = [];
  const dependsOn: number[] = [];
  const labelOf = (field: string) => importField(kind, field)?.label ?? field;

  const resolve = (
    field: string,
    text: string,
    index: RecordIndex<IndexedRecord> | undefined,
    soft: boolean,
  ): string | null => {
    const what = WHAT[field] ?? field;
    const found = index?.find(text) ?? { missing: true as const };
    if ("found" in found) {
      if (found.found.line !== undefined) dependsOn.push(found.found.line);
      return found.found.id;
    }
    if ("ambiguous" in found) {
      const names = found.ambiguous.slice(0, 5).map(describe).join(", ");
      problems.push({
        outcome: "ambiguous",
        field,
        message: `${labelOf(field)} '${text}' matches ${found.ambiguous.length} ${what}s (${names}); write the ${what}'s id or exact name instead`,
        candidates: found.ambiguous.map((r) => ({ id: r.id, name: r.name })),
      });
      return null;
    }
    const message = `${labelOf(field)} '${text}' not found`;
    if (soft) {
      warnings.push(
        `${message}; imported without it. Import the ${what}s, then this file again to set it.`,
      );
      return null;
    }
    problems.push({
      outcome: "unlinked",
      field,
      message: `${message}; import the ${what} first, or map the value in the mapping's values.${field}`,
    });
    return null;
  };

  return {
    problems,
    warnings,
    dependsOn,
    one: (field, index, options) => {
      const text = cells.text(field);
      return text === undefined ? undefined : resolve(field, text, index, options?.soft ?? false);
    },
    many: (field, index) => {
      const text = cells.text(field);
      if (text === undefined) return undefined;
      const ids = readList(text).map((item) => resolve(field, item, index, false));
      return ids.every((id): id is string => id !== null) ? [...new Set(ids)] : undefined;
    },
    manyOrAsWritten: (field, index) => {
      const text = cells.text(field);
      if (text === undefined) return undefined;
      return [
        ...new Set(
          readList(text).map((item) => {
            const found = index?.find(item);
            return found && "found" in found ? found.found.id : item;
          }),
        ),
      ];
    },
    idOrAsWritten: (text, index) => {
      const found = index?.find(text);
      return found && "found" in found ? found.found.id : text;
    },
  };
};
