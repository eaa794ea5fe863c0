import type { CrmContext } from "../kernel/crmContext";
import { exportCsv } from "./exportCsv";
import { importCsv } from "./importCsv";

export type { ColumnMapping, MappedColumn } from "./columnMapping";
export { type CsvExport, ExportCsvInput } from "./exportCsv";
export { ImportCsvInput, type ImportOptions } from "./importCsv";
export { IMPORT_FIELDS, type ImportField, REQUIRED_FIELDS } from "./importFields";
export { IMPORT_KINDS, ImportKind } from "./importKind";
export { ImportMapping, type ImportMappingInput } from "./importMapping";
export type { ImportCounts, ImportProblem, ImportReport, ProblemOutcome } from "./importReport";
export { readInstant } from "./readInstant";
export { readMoney } from "./readMoney";
export type { CellIssue } from "./rowCells";
export { type ColumnSuggestion, type MappingSuggestion, suggestMapping } from "./suggestMapping";

/** The transfer use cases, bound to a context: CSV import and export. */
export const transferUseCases = (ctx: CrmContext) => ({
  importCsv: importCsv(ctx),
  exportCsv: exportCsv(ctx),
});
export type TransferUseCases = ReturnType<typeof transferUseCases>;
