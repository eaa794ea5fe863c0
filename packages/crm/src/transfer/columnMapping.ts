import { err, ok, type Result } from "@baton/core";
import { type CrmError, crmError } from "../kernel/crmError";
import { IMPORT_FIELDS, importField } from "./importFields";
import type { ImportKind } from "./importKind";
import type { ImportMapping } from "./importMapping";
import {
  type ColumnSuggestion,
  compactHeader,
  missingRequired,
  suggestMapping,
} from "./suggestMapping";

/** A column as the import reads it: the suggestion or the mapping file's word for it. */
export type MappedColumn = ColumnSuggestion & { readonly source: "suggested" | "mapping" };

/** The columns of a file with the field each fills, and where each field is read from. */
export type ColumnMapping = {
  readonly columns: readonly MappedColumn[];
  /** Field name → column index. */
  readonly fieldColumns: ReadonlyMap<string, number>;
  /** Things about the mapping a person should know, e.g. a mapped column the file lacks. */
  readonly notes: readonly string[];
};

/**
 * The mapping an import uses: the suggestion from the headers, with every
 * column the mapping file names taken from the file instead. A mapping that
 * names a field we do not have, maps two columns to one field or leaves a
 * required field without a column is refused, naming what to fix.
 */
export const resolveColumnMapping = (
  kind: ImportKind,
  headers: readonly string[],
  mapping: ImportMapping,
): Result<ColumnMapping, CrmError> => {
  const suggested = suggestMapping(kind, headers);
  if (!suggested.ok) return suggested;
  const notes: string[] = [];
  const chosen = new Map<number, string | null>();
  for (const [theirs, ours] of Object.entries(mapping.columns)) {
    let index = headers.indexOf(theirs);
    if (index < 0) index = headers.findIndex((h) => compactHeader(h) === compactHeader(theirs));
    if (index < 0) {
      notes.push(`The mapping names column '${theirs}', which this file does not have.`);
      continue;
    }
    if (ours === null) {
      chosen.set(index, null);
      continue;
    }
    const target = importField(kind, ours);
    if (!target)
      return err(
        crmError(
          "invalid_input",
          `The mapping maps column '${theirs}' to '${ours}', which ${kind} do not have; use one of ${IMPORT_FIELDS[kind].map((f) => f.name).join(", ")}.`,
        ),
      );
    chosen.set(index, target.name);
  }
  const byField = new Map<string, number>();
  for (const [index, name] of chosen) {
    if (name === null) continue;
    const other = byField.get(name);
    if (other !== undefined)
      return err(
        crmError(
          "invalid_input",
          `The mapping maps both '${headers[other]}' and '${headers[index]}' to ${name}; map one column to each field.`,
        ),
      );
    byField.set(name, index);
  }
  const columns = suggested.value.columns.map((column, index): MappedColumn => {
    if (chosen.has(index)) {
      const name = chosen.get(index) ?? null;
      return name === null
        ? {
            column: column.column,
            field: null,
            confidence: 1,
            why: "left out by the mapping",
            source: "mapping",
          }
        : {
            column: column.column,
            field: name,
            confidence: 1,
            why: "set by the mapping",
            source: "mapping",
          };
    }
    if (column.field !== null && byField.has(column.field)) {
      return {
        ...column,
        field: null,
        confidence: 0,
        why: `the mapping reads the ${column.field} from '${headers[byField.get(column.field) ?? 0]}' instead`,
        source: "suggested",
      };
    }
    return { ...column, source: "suggested" };
  });
  const missing = missingRequired(kind, columns);
  if (missing.length > 0) return err(crmError("invalid_input", missing.join(" "), { missing }));
  const fieldColumns = new Map<string, number>();
  columns.forEach((column, index) => {
    if (column.field !== null) fieldColumns.set(column.field, index);
  });
  return ok({ columns, fieldColumns, notes });
};
