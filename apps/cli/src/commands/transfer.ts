import { readFile, writeFile } from "node:fs/promises";
import { IMPORT_KINDS, type ImportKind, type ImportReport } from "@baton/crm";
import type { CliConfig } from "../config";
import { progressBar } from "../terminal/progress";
import type { Style } from "../terminal/style";
import { renderTable } from "../terminal/table";
import { actingUser, openFromConfig } from "./openFromConfig";

const isKind = (kind: string | undefined): kind is ImportKind =>
  kind !== undefined && (IMPORT_KINDS as readonly string[]).includes(kind);

const kindProblem = (kind: string | undefined) =>
  `--type ${kind ?? "(missing)"}: say what the file holds, one of ${IMPORT_KINDS.join(", ")}.\n`;

/** The report as lines: the column mapping, the counts, then every row not imported and why. */
export const describeReport = (
  report: ImportReport,
  style: Style,
  mappingGiven: boolean,
): string => {
  const lines = [
    style.bold(
      mappingGiven
        ? "Column mapping:"
        : "Suggested column mapping (no --map given; edit a copy and pass it with --map):",
    ),
    ...renderTable(
      ["Column", "Field", "Why"],
      report.columns.map((c) => [c.column, c.field ?? "(not imported)", c.why]),
    ),
    "",
    style.bold(report.dryRun ? "Dry run — nothing was written:" : "Imported:"),
    ...Object.entries(report.counts).map(([what, n]) => `  ${what}: ${n}`),
  ];
  if (report.problems.length > 0) {
    lines.push("", style.yellow(`Rows to look at (${report.problems.length}):`));
    for (const problem of report.problems) lines.push(`  ${problem.message}`);
  }
  for (const note of report.notes) lines.push(style.dim(note));
  return `${lines.join("\n")}\n`;
};

/** `baton import <file> --type <kind> [--map <file>] [--dry-run] [--as <user>]`. */
export const importFile = async (
  config: CliConfig,
  options: {
    file?: string;
    type?: string;
    map?: string;
    dryRun: boolean;
    as?: string;
    dataDir?: string;
  },
  style: Style,
): Promise<number> => {
  if (!options.file) {
    process.stderr.write("Say which file: baton import <file> --type <kind>\n");
    return 2;
  }
  if (!isKind(options.type)) {
    process.stderr.write(kindProblem(options.type));
    return 2;
  }
  const csv = await readFile(options.file, "utf8");
  const mapping = options.map
    ? (JSON.parse(await readFile(options.map, "utf8")) as unknown)
    : undefined;
  const crm = await openFromConfig(config, options.dataDir);
  try {
    const userId = await actingUser(crm, options.as);
    if (!userId) {
      process.stderr.write(
        "No user to import as: pass --as <user id or email> (an admin, usually).\n",
      );
      return 2;
    }
    process.stderr.write(`Reading ${options.file}…\n`);
    const bar = progressBar(process.stderr);
    const imported = await crm.importCsv(
      { userId },
      {
        kind: options.type,
        csv,
        dryRun: options.dryRun,
        ...(mapping ? { mapping: mapping as never } : {}),
      },
      { onProgress: (written, total) => bar.update(options.type ?? "rows", written, total) },
    );
    if (!imported.ok) {
      process.stderr.write(`${imported.error.message}\n`);
      return 1;
    }
    process.stdout.write(describeReport(imported.value, style, mapping !== undefined));
    return 0;
  } finally {
    await crm.close();
  }
};

/** `baton export --type <kind> [--out <file>] [--bom] [--as <user>]`: CSV to a file or stdout. */
export const exportFile = async (
  config: CliConfig,
  options: { type?: string; out?: string; bom: boolean; as?: string; dataDir?: string },
): Promise<number> => {
  if (!isKind(options.type)) {
    process.stderr.write(kindProblem(options.type));
    return 2;
  }
  const crm = await openFromConfig(config, options.dataDir);
  try {
    const userId = await actingUser(crm, options.as);
    if (!userId) {
      process.stderr.write("No user to export as: pass --as <user id or email>.\n");
      return 2;
    }
    const exported = await crm.exportCsv({ userId }, { kind: options.type, bom: options.bom });
    if (!exported.ok) {
      process.stderr.write(`${exported.error.message}\n`);
      return 1;
    }
    if (options.out) {
      await writeFile(options.out, exported.value.csv, "utf8");
      process.stderr.write(`Wrote ${exported.value.rows} ${options.type} to ${options.out}.\n`);
    } else process.stdout.write(exported.value.csv);
    return 0;
  } finally {
    await crm.close();
  }
};
