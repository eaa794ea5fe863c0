import {
  type RecordKind as AccessKind,
  type Activity,
  type Config,
  canRead,
  err,
  ok,
  parseInput,
  type Result,
  redactRecord,
  type User,
  visibleFields,
} from "@baton/core";
import {
  accountFromRow,
  activityFromRow,
  contactFromRow,
  type Database,
  dealFromRow,
  teamFromRow,
  userFromRow,
} from "@baton/store";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runRead } from "../kernel/unitOfWork";
import { writeCsv } from "./csvText";
import { ImportKind } from "./importKind";
import { formatMoney } from "./readMoney";

/** What `exportCsv` takes. */
export const ExportCsvInput = z.strictObject({
  kind: ImportKind,
  /** Start with a UTF-8 byte-order mark, for Excel. */
  bom: z.boolean().default(false),
});
export type ExportCsvInput = z.input<typeof ExportCsvInput>;

/** An exported file and what is in it. */
export type CsvExport = {
  readonly kind: ImportKind;
  readonly csv: string;
  readonly columns: readonly string[];
  readonly rows: number;
};

type Row = Record<string, unknown>;

/** A value as one CSV cell; `importCsv` reads each back to the same value. */
const cell = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

/** The CSV columns of entity fields: money is amount and currency, a next step its text and due date. */
const columnsOf = (fields: readonly string[]): string[] =>
  fields.flatMap((field) =>
    field === "amount"
      ? ["amount", "currency"]
      : field === "nextStep"
        ? ["nextStep", "nextStepDueAt"]
        : [field],
  );

const cellsOf = (record: Row, columns: readonly string[]): string[] =>
  columns.map((column) => {
    const amount = record.amount as { amountMinor: number; currency: string } | undefined;
    const step = record.nextStep as Activity["nextStep"] | undefined;
    if (column === "amount") return amount ? formatMoney(amount) : "";
    if (column === "currency") return amount?.currency ?? "";
    if (column === "nextStep") return step?.text ?? "";
    if (column === "nextStepDueAt") return cell(step?.dueAt);
    return cell(record[column]);
  });

const recordsOf = async (db: Kysely<Database>, kind: AccessKind): Promise<Row[]> => {
  switch (kind) {
    case "account":
      return (
        await db.selectFrom("accounts").selectAll().orderBy("created_at").orderBy("id").execute()
      ).map(accountFromRow);
    case "contact":
      return (
        await db.selectFrom("contacts").selectAll().orderBy("created_at").orderBy("id").execute()
      ).map(contactFromRow);
    case "deal": {
      const history = await db
        .selectFrom("deal_stage_history")
        .select(["deal_id", "stage", "at", "by_user_id"])
        .orderBy("at")
        .orderBy("id")
        .execute();
      const byDeal = new Map<string, typeof history>();
      for (const h of history) byDeal.set(h.deal_id, [...(byDeal.get(h.deal_id) ?? []), h]);
      const rows = await db
        .selectFrom("deals")
        .selectAll()
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map((row) => dealFromRow(row, byDeal.get(row.id) ?? []));
    }
    case "activity": {
      const rows = await db
        .selectFrom("activities")
        .selectAll()
        .orderBy("occurred_at")
        .orderBy("id")
        .execute();
      return rows.map((row) => ({
        ...activityFromRow(row),
        dueAt: row.due_at,
        completedAt: row.completed_at,
      }));
    }
    case "lead":
      return [];
  }
};

const ACCESS_KIND: Partial<Record<ImportKind, AccessKind>> = {
  accounts: "account",
  contacts: "contact",
  deals: "deal",
  activities: "activity",
};

const USER_COLUMNS = [
  "id",
  "name",
  "email",
  "roles",
  "teamId",
  "managerId",
  "timeZone",
  "locale",
  "active",
  "outOfOfficeStart",
  "outOfOfficeEnd",
  "dailyCap",
] as const;
const TEAM_COLUMNS = ["id", "name", "function", "managerId", "parentTeamId"] as const;

const directoryExport = async (
  db: Kysely<Database>,
  kind: "users" | "teams",
): Promise<{ columns: readonly string[]; rows: string[][] }> => {
  if (kind === "teams") {
    const teams = (await db.selectFrom("teams").selectAll().orderBy("id").execute()).map(
      teamFromRow,
    );
    return { columns: TEAM_COLUMNS, rows: teams.map((t) => cellsOf(t, TEAM_COLUMNS)) };
  }
  const users = (await db.selectFrom("users").selectAll().orderBy("id").execute()).map(userFromRow);
  return {
    columns: USER_COLUMNS,
    rows: users.map((u) =>
      cellsOf(
        { ...u, outOfOfficeStart: u.outOfOffice?.start, outOfOfficeEnd: u.outOfOffice?.end },
        USER_COLUMNS,
      ),
    ),
  };
};

const recordExport = async (
  db: Kysely<Database>,
  actor: User,
  kind: AccessKind,
  config: Config,
): Promise<{ columns: readonly string[]; rows: string[][] }> => {
  const [teams, users] = await Promise.all([
    db.selectFrom("teams").select(["id", "manager_id", "parent_team_id"]).execute(),
    db.selectFrom("users").select(["id", "team_id", "manager_id"]).execute(),
  ]);
  const org = {
    teams: teams.map((t) => ({
      id: t.id,
      managerId: t.manager_id,
      parentTeamId: t.parent_team_id,
    })),
    users: users.map((u) => ({ id: u.id, teamId: u.team_id, managerId: u.manager_id })),
  };
  const extra = kind === "activity" ? ["dueAt", "completedAt"] : [];
  const columns = [...columnsOf(visibleFields(actor, kind, config)), ...extra];
  const records = await recordsOf(db, kind);
  const rows = records
    .filter((record) =>
      canRead(actor, { kind, record } as Parameters<typeof canRead>[1], org, config),
    )
    .map((record) => {
      const shown = redactRecord(actor, kind, record as Row & { id: string }, config);
      for (const field of extra) (shown as Row)[field] = record[field];
      return cellsOf(shown, columns);
    });
  return { columns, rows };
};

/**
 * Exports the records of one kind the actor may read, each with only the
 * fields their role may see (core `visibleFields`), as RFC 4180 CSV with our
 * field names as headers, so `importCsv` reads it back without a mapping:
 * export, then import into an empty CRM, gives the same records. Users and
 * teams (the company directory) are exported to every active user.
 *
 * @example await crm.exportCsv({ userId: "user-mona" }, { kind: "deals" }) // deals without the amount column
 */
export const exportCsv =
  (ctx: CrmContext) =>
  async (actor: Actor, input: ExportCsvInput): Promise<Result<CsvExport, CrmError>> => {
    const parsed = parseInput(ExportCsvInput, input, "export");
    if (!parsed.ok) return err(crmError("invalid_input", parsed.error.message));
    const { kind, bom } = parsed.value;
    return runRead(ctx, actor, async (r) => {
      const access = ACCESS_KIND[kind];
      const { columns, rows } =
        access === undefined
          ? await directoryExport(r.db, kind as "users" | "teams")
          : await recordExport(r.db, r.actor, access, ctx.config);
      return ok({ kind, columns, rows: rows.length, csv: writeCsv([columns, ...rows], bom) });
    });
  };
