import { Deal, type StageChange } from "@baton/core";
import { dealFromRow, dealToRow } from "@baton/store";
import { sql } from "kysely";
import { z } from "zod";
import { definedFields } from "./definedFields";
import { readDate, readPipelineStage } from "./domainValues";
import { dealDuplicates } from "./importDuplicates";
import { companyKey } from "./importLookups";
import type { ImportEnv, ImportSpec } from "./importSpec";
import { inChunks } from "./inChunks";
import type { Linker } from "./linker";
import { readMoney } from "./readMoney";
import type { RowCells } from "./rowCells";

/** A stage history cell as `exportCsv` writes it: JSON entries of stage, ISO time and user. */
const StageHistoryCell = z.array(
  z.object({
    stage: z.string().min(1),
    at: z.iso.datetime({ offset: true }),
    by: z.string().min(1),
  }),
);

const readStageHistory = (
  cells: RowCells,
  l: Linker,
  env: ImportEnv,
): StageChange[] | undefined => {
  const text = cells.text("stageHistory");
  if (text === undefined) return undefined;
  let parsed: z.infer<typeof StageHistoryCell>;
  try {
    parsed = StageHistoryCell.parse(JSON.parse(text));
  } catch {
    cells.problem(
      "stageHistory",
      "is not a stage history as Baton exports it (a JSON list of stage, at, by)",
    );
    return undefined;
  }
  // People in a deal's history may have left; their id is kept as written.
  return parsed.map((h) => ({
    stage: h.stage,
    at: new Date(h.at),
    by: l.idOrAsWritten(h.by, env.lookups.users),
  }));
};

const outcomeOf = (stage: unknown, env: ImportEnv) =>
  env.config.pipeline.stages.find((s) => s.id === stage)?.outcome ?? "open";

/** Deals: matched by id column or account + name, linked to account, owner and contacts; stage moves kept in history. */
export const dealImport: ImportSpec<Deal> = {
  recordKind: "deal",
  schema: Deal,
  needs: ["accounts", "contacts", "deals", "users"],
  createOnly: ["createdAt", "stageHistory"],
  compareWithout: ["stageHistory"],
  idColumn: "external",
  ownIndex: async (_db, env) => {
    if (!env.lookups.deals) throw new Error("deals are not loaded");
    return env.lookups.deals;
  },
  read: (cells, env) => {
    const currencyCell = cells.text("currency");
    let currency = env.mapping.currency;
    if (currencyCell !== undefined) {
      if (/^[A-Za-z]{3}$/.test(currencyCell)) currency = currencyCell.toUpperCase();
      else cells.problem("currency", "is not a three-letter currency code such as EUR");
    }
    const name = cells.text("name");
    return {
      fields: definedFields({
        name,
        stage: cells.read("stage", readPipelineStage(env.config)),
        amount: cells.read("amount", (text) => readMoney(text, currency)),
        closeDate: cells.read("closeDate", readDate(env.mapping.dateFormat)),
        createdAt: cells.read("createdAt", readDate(env.mapping.dateFormat)),
        closedAt: cells.read("closedAt", readDate(env.mapping.dateFormat)),
      }),
      key: [
        companyKey(env.config)(cells.text("account") ?? "") ||
          (cells.text("account") ?? "").toLowerCase(),
        (name ?? "").toLowerCase(),
      ],
    };
  },
  link: (cells, l, env) =>
    definedFields({
      accountId: l.one("account", env.lookups.accounts),
      ownerId: l.one("owner", env.lookups.users),
      contactIds: l.many("contacts", env.lookups.contacts),
      stageHistory: readStageHistory(cells, l, env),
    }),
  defaults: (given, env) => {
    const createdAt = (given.createdAt as Date | undefined) ?? env.now;
    const closedAt =
      outcomeOf(given.stage, env) === "open"
        ? null
        : ((given.closedAt ?? given.closeDate ?? null) as Date | null);
    return {
      createdAt,
      closedAt,
      stageHistory: [{ stage: given.stage, at: closedAt ?? createdAt, by: env.actor.id }],
    };
  },
  adjust: (before, after, env) => {
    if (after.stage === before.stage) return {};
    return {
      closedAt: outcomeOf(after.stage, env) === "open" ? null : (after.closedAt ?? after.closeDate),
      stageHistory: [...before.stageHistory, { stage: after.stage, at: env.now, by: env.actor.id }],
    };
  },
  indexed: (entity, id, externalId, line) => ({
    id,
    externalId,
    line,
    name: String(entity.name ?? ""),
    accountId: String(entity.accountId ?? ""),
  }),
  loadExisting: async (db, ids) => {
    const rows = await inChunks(ids, 1000, (chunk) =>
      db.selectFrom("deals").selectAll().where("id", "in", chunk).execute(),
    );
    const history = await inChunks(ids, 1000, (chunk) =>
      db
        .selectFrom("deal_stage_history")
        .select(["deal_id", "stage", "at", "by_user_id"])
        .where("deal_id", "in", chunk)
        .orderBy("at")
        .orderBy("id")
        .execute(),
    );
    return new Map(
      rows.map((row) => [
        row.id,
        dealFromRow(
          row,
          history.filter((h) => h.deal_id === row.id),
        ),
      ]),
    );
  },
  duplicates: dealDuplicates,
  insert: async (tx, creates, env) => {
    if (creates.length === 0) return new Set();
    const rows = await tx
      .insertInto("deals")
      .values(creates.map((c) => dealToRow(c.entity, env.now, c.externalId)))
      .onConflict((oc) => oc.column("external_id").where("external_id", "is not", null).doNothing())
      .returning("id")
      .execute();
    const inserted = new Set(rows.map((r) => r.id));
    const history = creates
      .filter((c) => inserted.has(c.entity.id))
      .flatMap((c) =>
        c.entity.stageHistory.map((h) => ({
          deal_id: c.entity.id,
          stage: h.stage,
          at: h.at,
          by_user_id: h.by,
        })),
      );
    if (history.length > 0) await tx.insertInto("deal_stage_history").values(history).execute();
    return inserted;
  },
  update: async (tx, before, after, env) => {
    // The lost reason is set by closing a deal lost, which the file does not carry.
    const { id, created_at, external_id, lost_reason, ...row } = dealToRow(after, env.now);
    await tx
      .updateTable("deals")
      .set({ ...row, version: sql`version + 1` })
      .where("id", "=", id)
      .execute();
    const moved = after.stageHistory.slice(before.stageHistory.length);
    if (moved.length > 0)
      await tx
        .insertInto("deal_stage_history")
        .values(moved.map((h) => ({ deal_id: id, stage: h.stage, at: h.at, by_user_id: h.by })))
        .execute();
  },
  nameOf: (deal) => deal.name,
  fieldOf: {
    accountId: "account",
    ownerId: "owner",
    contactIds: "contacts",
    amount: "amount",
  },
};
