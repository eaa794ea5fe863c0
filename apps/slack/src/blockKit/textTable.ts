import { escapeMrkdwn } from "./limits";

/** Widest a column is drawn; longer cells are cut so a table stays readable on a phone. */
const MAX_CELL = 32;

const cut = (cell: string) => {
  const flat = cell.replace(/\s+/g, " ");
  return [...flat].length > MAX_CELL ? `${[...flat].slice(0, MAX_CELL - 1).join("")}…` : flat;
};

/** Display width in a monospaced font: East Asian wide characters take two cells. */
const width = (text: string): number => {
  let w = 0;
  for (const char of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  return w;
};

/**
 * A table as a monospaced block of mrkdwn no longer than `max`: as many rows
 * as fit, and how many that was (Block Kit has no table block for messages).
 *
 * @example textTable(["Deal", "Stage"], [["Acme", "Proposal"]], 3000) // { text: "```Deal  Stage\n...```", shown: 1 }
 */
export const textTable = (
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  max: number,
): { text: string; shown: number } => {
  const cells = rows.map((row) => columns.map((_, i) => cut(row[i] ?? "")));
  const header = columns.map(cut);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ""))));
  const line = (row: readonly string[]) =>
    escapeMrkdwn(
      row
        .map((cell, i) => cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
        .join("  ")
        .trimEnd(),
    );
  const head = line(header);
  let text = `\`\`\`${head.length + 6 > max ? head.slice(0, max - 7) : head}`;
  let shown = 0;
  for (const row of cells) {
    const next = `${text}\n${line(row)}`;
    if (next.length + 3 > max) break;
    text = next;
    shown += 1;
  }
  return { text: `${text}\`\`\``, shown };
};
