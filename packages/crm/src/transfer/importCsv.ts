import { err, ok, parseInput, type Result } from "@baton/core";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { reviveResult } from "../kernel/storedResult";
import { runRead, runWrite, type WriteOptions } from "../kernel/unitOfWork";
import { resolveColumnMapping } from "./columnMapping";
import { readCsvTable } from "./csvTable";
import { importRefusal } from "./importAccess";
import { ImportKind } from "./importKind";
import {
  loadAccounts,
  loadContacts,
  loadDeals,
  loadLeads,
  loadTeams,
  loadUsers,
} from "./importLookups";
import { ImportMapping } from "./importMapping";
import type { ImportProblem, ImportReport } from "./importReport";
import type { ImportEnv, ImportLookups } from "./importSpec";
import { IMPORT_SPECS } from "./importSpecs";
import { planImport, type RowPlan } from "./planImport";
import { writeImportBatches } from "./writeImportBatches";

/** What `importCsv` takes. */
export const ImportCsvInput = z.strictObject({
  kind: ImportKind,
  csv: z.string({ error: "must be the file's CSV text" }),
  mapping: ImportMapping.optional(),
  /** Check and report without writing anything. */
  dryRun: z.boolean().default(false),
});
export type ImportCsvInput = z.input<typeof ImportCsvInput>;

const OPERATION = "importCsv";

/** How an import runs: its idempotency key, and who hears how far the writing is. */
export type ImportOptions = WriteOptions & {
  /** Called after each committed batch with the rows written so far and the rows to write. */
  readonly onProgress?: (written: number, total: number) => void;
};

const loadLookups = async (
  db: Parameters<typeof loadAccounts>[0],
  needs: readonly (keyof ImportLookups)[],
  config: ImportEnv["config"],
): Promise<ImportLookups> => ({
  ...(needs.includes("accounts") ? { accounts: await loadAccounts(db, config) } : {}),
  ...(needs.includes("contacts") ? { contacts: await loadContacts(db) } : {}),
  ...(needs.includes("deals") ? { deals: await loadDeals(db) } : {}),
  ...(needs.includes("leads") ? { leads: await loadLeads(db) } : {}),
  ...(needs.includes("users") ? { users: await loadUsers(db) } : {}),
  ...(needs.includes("teams") ? { teams: await loadTeams(db) } : {}),
});

const problemsOf = (plans: readonly RowPlan<unknown>[]): ImportProblem[] =>
  plans.flatMap((plan): ImportProblem[] =>
    plan.action === "skip"
      ? [plan.problem]
      : plan.warnings.map((warning) => ({
          line: plan.line,
          outcome: "warning" as const,
          message: `line ${plan.line}: ${warning}`,
        })),
  );

const count = (plans: readonly RowPlan<unknown>[], action: RowPlan<unknown>["action"]) =>
  plans.filter((p) => p.action === action).length;

/** A keyed import already run returns its stored report; the key is only claimed once the import is written. */
const storedReport = async (
  ctx: CrmContext,
  key: string,
): Promise<Result<ImportReport, CrmError> | null> => {
  const row = await ctx.store.db
    .selectFrom("idempotency_keys")
    .select(["operation", "result"])
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row || row.result === null) return null;
  if (row.operation !== OPERATION)
    return err(crmError("conflict", `The idempotency key was already used for ${row.operation}.`));
  return reviveResult<Result<ImportReport, CrmError>>(row.result);
};

/**
 * Imports a CSV file exported from another CRM (or from Baton): maps its
 * columns (suggested from the headers, overridden by `mapping`) and values,
 * links each row to the records it names (a deal's account and owner) without
 * ever guessing between two, validates it with the entity schema, and creates
 * or updates records in batches of 500 per transaction. Every row not
 * imported is in the report with its line and why; rows that look like stored
 * records are held back as duplicates. Re-running a file writes nothing new:
 * each record keeps the file's id (or a hash of its key fields) as its
 * external id. `dryRun` reports the same without writing. Admin only.
 *
 * @example
 * await crm.importCsv({ userId: "user-adm" }, { kind: "deals", csv, mapping: { values: { stage: { Won: "closed_won" } } } })
 * // ok({ counts: { read: 12, valid: 10, created: 10, updated: 0, unchanged: 0, skipped: 2 },
 * //      problems: [{ line: 7, outcome: "invalid", message: "line 7: amount 'abc' is not a number" }, …], … })
 */
export const importCsv =
  (ctx: CrmContext) =>
  async (
    actor: Actor,
    input: ImportCsvInput,
    options?: ImportOptions,
  ): Promise<Result<ImportReport, CrmError>> => {
    const parsed = parseInput(ImportCsvInput, input, "import");
    if (!parsed.ok) return err(crmError("invalid_input", parsed.error.message));
    const { kind, csv, dryRun } = parsed.value;
    const mapping = parsed.value.mapping ?? ImportMapping.parse({});
    const key = dryRun ? undefined : options?.idempotencyKey;
    // Checked before any batch is written: the kernel would refuse a bad key only at the end.
    if (key !== undefined && (typeof key !== "string" || key.length === 0 || key.length > 500))
      return err(
        crmError(
          "invalid_input",
          "An idempotency key must be a non-empty string of at most 500 characters.",
        ),
      );
    if (key !== undefined) {
      const replay = await runRead(ctx, actor, async () => ok(await storedReport(ctx, key)));
      if (!replay.ok) return replay;
      if (replay.value) return replay.value;
    }
    const spec = IMPORT_SPECS[kind];
    const planned = await runRead(ctx, actor, async (r) => {
      const refused = importRefusal(r.actor, kind, ctx.config);
      if (refused) return err(refused);
      const table = readCsvTable(csv);
      if (!table.ok) return table;
      const columns = resolveColumnMapping(kind, table.value.headers, mapping);
      if (!columns.ok) return columns;
      const env: ImportEnv = {
        kind,
        config: ctx.config,
        now: r.now,
        actor: r.actor,
        mapping,
        lookups: await loadLookups(r.db, spec.needs, ctx.config),
      };
      const plans = await planImport(spec, r.db, table.value, columns.value, env, ctx.newId);
      return ok({ plans, env, columns: columns.value });
    });
    if (!planned.ok) return planned;
    const { plans, env, columns } = planned.value;
    const skipped = count(plans, "skip");
    const invalidOrUnlinked = plans.filter(
      (p) => p.action === "skip" && p.problem.outcome !== "duplicate",
    ).length;
    let created = count(plans, "create");
    let updated = count(plans, "update");
    let unchanged = count(plans, "unchanged");
    let batches = 0;
    if (!dryRun) {
      const written = await writeImportBatches(ctx, actor, spec, plans, env, options?.onProgress);
      if (!written.ok) return written;
      ({ created, updated, batches } = written.value);
      unchanged += written.value.alreadyThere;
    }
    const report: ImportReport = {
      kind,
      dryRun,
      counts: {
        read: plans.length,
        valid: plans.length - invalidOrUnlinked,
        created,
        updated,
        unchanged,
        skipped,
      },
      problems: problemsOf(plans),
      columns: columns.columns,
      notes: columns.notes,
      batches,
    };
    if (key === undefined) return ok(report);
    return runWrite(ctx, actor, OPERATION, { idempotencyKey: key }, async () => ok(report));
  };
