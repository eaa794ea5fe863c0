import { stringify } from "csv-stringify/sync";

/**
 * Writes rows as RFC 4180 CSV: CRLF line endings, and a field quoted (quotes
 * doubled) when it holds a delimiter, a quote or a line break, so notes with
 * several lines survive a spreadsheet. `bom` starts the text with a UTF-8
 * byte-order mark, which Excel needs to read Chinese names correctly.
 *
 * @example writeCsv([["name"], ["Acme, Inc."]]) // 'name\r\n"Acme, Inc."\r\n'
 */
export const writeCsv = (rows: readonly (readonly string[])[], bom = false): string =>
  (bom ? "\uFEFF" : "") +
  stringify(rows as string[][], { record_delimiter: "windows", quoted_match: [/[\r\n]/] });
