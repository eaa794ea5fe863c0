import { err, ok, type Result } from "@baton/core";
import { parse } from "csv-parse/sync";
import { type CrmError, crmError } from "../kernel/crmError";

/** One data row of a file and the line it starts on (the header is line 1), as a text editor counts. */
export type CsvRow = { readonly line: number; readonly cells: readonly string[] };

/** A file's header and data rows. */
export type CsvTable = {
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: string;
};

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter the header line uses most (Excel writes `;` where the decimal mark is a comma). */
const detectDelimiter = (csv: string): string => {
  let quoted = false;
  const counts = new Map<string, number>();
  for (const char of csv) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(char))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const delimiter of DELIMITERS)
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
};

const count = (cells: readonly string[], pattern: RegExp): number =>
  cells.reduce((sum, cell) => sum + (cell.match(pattern)?.length ?? 0), 0);

/**
 * Reads CSV text (RFC 4180: quoted fields may hold delimiters, quotes and line
 * breaks; a byte-order mark, `;` or tab delimiters and mixed line endings are
 * accepted) into its header and rows, each with the line it starts on. Rows
 * with no value at all are left out. Text that is not CSV (a quote never
 * closed) is refused with the line where it went wrong.
 *
 * @example readCsvTable("name,domain\nAcme,acme.com\n") // ok({ headers: ["name", "domain"], rows: [{ line: 2, cells: ["Acme", "acme.com"] }], … })
 */
export const readCsvTable = (csv: string): Result<CsvTable, CrmError> => {
  if (typeof csv !== "string")
    return err(crmError("invalid_input", "The file must be given as CSV text."));
  const delimiter = detectDelimiter(csv.replace(/^\uFEFF/, ""));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.replace(/^[^:]*:\s*/, "") : "unreadable";
    return err(
      crmError(
        "invalid_input",
        `The file is not valid CSV${line ? ` near line ${line}` : ""}: ${reason} Check the quotes in that line and export the file again.`,
        { line },
      ),
    );
  }
  const [header, ...data] = records;
  if (!header)
    return err(crmError("invalid_input", "The file is empty; export it again with a header line."));
  const headers = header.record.map((h) => h.trim());
  // csv-parse counts a CRLF inside a quoted field as two lines, for this and every later
  // record; its count less those extra lines is where a record ends, less its own line
  // breaks where it starts.
  let extra = 0;
  const rows = data.map(({ record, info }) => {
    extra += count(record, /\r\n/g);
    return { line: info.lines - extra - count(record, /\r\n|\n|\r/g), cells: record };
  });
  return ok({ headers, delimiter, rows });
};
