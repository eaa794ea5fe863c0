import type { Result } from "@baton/core";
import type { ColumnMapping } from "./columnMapping";
import type { CsvRow } from "./csvTable";
import { importField } from "./importFields";
import type { ImportKind } from "./importKind";
import type { ImportMapping } from "./importMapping";

/** One thing wrong with one cell, in words a person can act on. */
export type CellIssue = {
  readonly field: string;
  readonly column: string | null;
  readonly value: string;
  /** "amount 'abc' is not a number" */
  readonly message: string;
};

/**
 * One row's cells by our field names, with the mapping's value translations
 * applied, and a list collecting what could not be read. Empty cells read as
 * "not given".
 */
export type RowCells = {
  readonly line: number;
  readonly issues: CellIssue[];
  /** The cell's text for `field` after value mapping; undefined when empty or unmapped. */
  text(field: string): string | undefined;
  /** Reads the cell with `reader`; a refusal is recorded as an issue and gives undefined. */
  read<T>(field: string, reader: (text: string) => Result<T, string>): T | undefined;
  /** Records that `field` is wrong: "<label> '<cell>' <problem>". */
  problem(field: string, problem: string): void;
  /** The original cell (before value mapping), for messages. */
  raw(field: string): string;
  /** The file's column `field` is read from, if any. */
  column(field: string): string | null;
};

const lookupValue = (
  values: Readonly<Record<string, string>> | undefined,
  text: string,
): string | undefined => {
  if (!values) return undefined;
  if (Object.hasOwn(values, text)) return values[text];
  const key = text.toLowerCase();
  const found = Object.keys(values).find((k) => k.trim().toLowerCase() === key);
  return found === undefined ? undefined : values[found];
};

/** The cells of `row` as `kind`'s fields under `columns`, translated by the mapping's `values`. */
export const rowCells = (
  kind: ImportKind,
  row: CsvRow,
  columns: ColumnMapping,
  mapping: ImportMapping,
): RowCells => {
  const issues: CellIssue[] = [];
  const columnOf = (field: string) => {
    const index = columns.fieldColumns.get(field);
    return index === undefined ? null : (columns.columns[index]?.column ?? null);
  };
  const raw = (field: string): string => {
    const index = columns.fieldColumns.get(field);
    return index === undefined ? "" : (row.cells[index] ?? "").trim();
  };
  const text = (field: string): string | undefined => {
    const cell = raw(field);
    if (cell === "") return undefined;
    const column = columnOf(field);
    const mapped =
      lookupValue(mapping.values[field], cell) ??
      (column === null ? undefined : lookupValue(mapping.values[column], cell));
    const value = (mapped ?? cell).trim();
    return value === "" ? undefined : value;
  };
  const problem = (field: string, what: string) => {
    const value = raw(field);
    const label = importField(kind, field)?.label ?? field;
    issues.push({
      field,
      column: columnOf(field),
      value,
      message: value === "" ? `${label} ${what}` : `${label} '${value}' ${what}`,
    });
  };
  return {
    line: row.line,
    issues,
    text,
    raw,
    column: columnOf,
    problem,
    read: (field, reader) => {
      const value = text(field);
      if (value === undefined) return undefined;
      const result = reader(value);
      if (result.ok) return result.value;
      problem(field, result.error);
      return undefined;
    },
  };
};
