import stringWidth from "string-width";

/** Widest a column gets before its cells are cut; the last column is never cut (the terminal wraps it). */
const MAX_COLUMN = 48;

/** `text` cut to `width` terminal columns (a Chinese character takes two), with an ellipsis. */
export const fit = (text: string, width: number): string => {
  if (stringWidth(text) <= width) return text;
  let out = "";
  for (const char of text) {
    if (stringWidth(`${out}${char}…`) > width) break;
    out += char;
  }
  return `${out}…`;
};

const pad = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - stringWidth(text)));

/**
 * A table as aligned lines, measured in terminal columns so Chinese text lines up.
 *
 * @example renderTable(["Deal", "Stage"], [["Acme renewal", "Proposal"]]) // ["Deal          Stage", "────────────  ────────", ...]
 */
export const renderTable = (
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  header: (text: string) => string = (text) => text,
): string[] => {
  const last = columns.length - 1;
  const cells = rows.map((row) =>
    columns.map((_, i) => {
      const cell = (row[i] ?? "").replace(/\s+/g, " ");
      return i === last ? cell : fit(cell, MAX_COLUMN);
    }),
  );
  const widths = columns.map((column, i) =>
    i === last
      ? 0
      : Math.max(stringWidth(column), ...cells.map((row) => stringWidth(row[i] ?? ""))),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    header(line(columns)),
    widths
      .map((w, i) => "─".repeat(i === last ? Math.max(stringWidth(columns[i] ?? ""), 8) : w))
      .join("  "),
    ...cells.map(line),
  ];
};
