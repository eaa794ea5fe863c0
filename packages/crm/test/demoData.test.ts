import {
  Account,
  Activity,
  Contact,
  Deal,
  defaultConfig,
  Lead,
  normalizeCompanyName,
  parseInput,
  Team,
  User,
} from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DemoData, type DemoLoadProgress, generateDemoData, loadDemoData } from "../src";
import { openTestCrm } from "./crmTestKit";

const NOW = new Date("2026-03-31T12:00:00Z");
const QUARTER_AGO = new Date(NOW.getTime() - 91 * 86_400_000);

const demo = (seed: number, accounts?: number): DemoData => {
  const result = generateDemoData({ seed, now: NOW, ...(accounts ? { accounts } : {}) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("generating demo data", () => {
  const data = demo(42);

  it("gives identical data for the same seed, and other data for another seed", () => {
    expect(demo(42)).toEqual(data);
    expect(demo(43).accounts.map((a) => a.name)).not.toEqual(data.accounts.map((a) => a.name));
  });

  it("makes about 200 accounts by default, with contacts, leads, deals and a quarter of activities", () => {
    expect(data.accounts).toHaveLength(200);
    expect(data.contacts.length).toBeGreaterThan(300);
    expect(data.leads).toHaveLength(100);
    expect(data.deals.length).toBeGreaterThan(100);
    expect(data.activities.length).toBeGreaterThan(500);
  });

  it("passes the core entity schemas, record by record", () => {
    const schemas = [
      [Team, data.teams],
      [User, data.users],
      [Account, data.accounts],
      [Contact, data.contacts],
      [Lead, data.leads],
      [Deal, data.deals],
      [Activity, data.activities],
    ] as const;
    for (const [schema, records] of schemas)
      for (const record of records) {
        const parsed = parseInput(schema, record);
        expect(parsed.ok ? "valid" : parsed.error.message).toBe("valid");
      }
  });

  it("names companies in English and Chinese, never the same company twice", () => {
    const names = data.accounts.map((a) => a.name);
    expect(names.some((n) => /\p{Script=Han}+(有限公司|股份有限公司|集团有限公司)$/u.test(n))).toBe(
      true,
    );
    expect(names.some((n) => /Co\., Ltd\.$/.test(n))).toBe(true);
    expect(names.some((n) => /(GmbH|Inc\.|Ltd|LLC|AG|SAS)$/.test(n))).toBe(true);
    const bigger = demo(9, 3_000);
    const config = defaultConfig();
    const keys = [...bigger.accounts, ...bigger.leads.map((l) => ({ name: l.company ?? "" }))].map(
      (a) => {
        const key = normalizeCompanyName(a.name, config);
        return key.ok ? key.value : a.name;
      },
    );
    expect(new Set(keys).size).toBe(keys.length);
    const domains = bigger.accounts.map((a) => a.domain);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it("staffs marketing, two sales regions, service, finance and leadership, in Europe, the US and Shanghai", () => {
    expect(data.teams.map((t) => t.function).sort()).toEqual(
      ["finance", "leadership", "marketing", "sales", "sales", "service"].sort(),
    );
    const roles = new Set(data.users.flatMap((u) => u.roles));
    for (const role of [
      "rep",
      "manager",
      "marketing",
      "service",
      "finance",
      "legal",
      "leadership",
      "admin",
    ])
      expect(roles).toContain(role);
    const zones = data.users.map((u) => u.timeZone);
    expect(zones.some((z) => z.startsWith("Europe/"))).toBe(true);
    expect(zones.some((z) => z.startsWith("America/"))).toBe(true);
    expect(zones).toContain("Asia/Shanghai");
    expect(new Set(data.users.map((u) => u.locale))).toEqual(new Set(["en", "zh-CN"]));
  });

  it("links every record to records that exist", () => {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
    const [users, teams, accounts, contacts, leads, deals] = [
      ids(data.users),
      ids(data.teams),
      ids(data.accounts),
      ids(data.contacts),
      ids(data.leads),
      ids(data.deals),
    ];
    for (const u of data.users) expect(u.teamId === null || teams.has(u.teamId)).toBe(true);
    for (const c of data.contacts) expect(accounts.has(c.accountId ?? "")).toBe(true);
    for (const d of data.deals) {
      expect(accounts.has(d.accountId) && users.has(d.ownerId)).toBe(true);
      for (const id of d.contactIds) expect(contacts.has(id)).toBe(true);
    }
    for (const a of data.activities) {
      expect(users.has(a.actorId)).toBe(true);
      expect(a.accountId === null || accounts.has(a.accountId)).toBe(true);
      expect(a.leadId === null || leads.has(a.leadId)).toBe(true);
      expect(a.dealId === null || deals.has(a.dealId)).toBe(true);
    }
    // Nothing is ownerless: an owner or a queue.
    for (const record of [...data.accounts, ...data.contacts, ...data.leads])
      expect(record.ownerId !== null || record.ownerQueue !== null).toBe(true);
  });

  it("walks each deal through the pipeline in order, closed deals ending won or lost", () => {
    const order = defaultConfig().pipeline.stages.map((s) => s.id);
    for (const deal of data.deals) {
      const stages = deal.stageHistory.map((h) => h.stage);
      expect(stages.at(-1)).toBe(deal.stage);
      expect(stages[0]).toBe("prospecting");
      const times = deal.stageHistory.map((h) => h.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const open = stages.filter((s) => !s.startsWith("closed_"));
      expect(open).toEqual(order.slice(0, open.length));
      expect(deal.closedAt === null).toBe(!deal.stage.startsWith("closed_"));
      expect(deal.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    const closedThisQuarter = (stage: string) =>
      data.deals.filter((d) => d.stage === stage && d.closedAt && d.closedAt >= QUARTER_AGO);
    expect(closedThisQuarter("closed_won").length).toBeGreaterThan(0);
    expect(closedThisQuarter("closed_lost").length).toBeGreaterThan(0);
  });

  it("logs a quarter of calls, emails, meetings, demos, notes and tasks for their next steps", () => {
    expect(new Set(data.activities.map((a) => a.kind))).toEqual(
      new Set(["call", "email", "meeting", "demo", "note", "task"]),
    );
    for (const a of data.activities) {
      expect(a.occurredAt.getTime()).toBeGreaterThanOrEqual(QUARTER_AGO.getTime());
      expect(a.occurredAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    const tasks = data.activities.filter((a) => a.kind === "task");
    expect(data.tasks.map((t) => t.activityId).sort()).toEqual(tasks.map((t) => t.id).sort());
    const byId = new Map(data.activities.map((a) => [a.id, a]));
    for (const task of data.tasks) {
      const agreed = byId.get(task.followsActivityId ?? "");
      expect(agreed?.nextStep?.dueAt).toEqual(task.dueAt);
      if (task.completedAt) expect(task.completedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(data.activities.some((a) => a.private)).toBe(true);
  });

  it("refuses options it cannot use", () => {
    expect(generateDemoData({ seed: -1, now: NOW })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(generateDemoData({ seed: 1, now: new Date("nope") })).toMatchObject({ ok: false });
    expect(generateDemoData({ seed: 1, now: NOW, accounts: 0 })).toMatchObject({ ok: false });
  });
});

describe.each(testDrivers())("loading demo data on $name", (driver) => {
  let crm: Awaited<ReturnType<typeof openTestCrm>>;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { seed: false });
  });
  afterEach(async () => {
    await crm.close();
  });
  const data = demo(5, 60);

  it("writes every record, reporting progress table by table", async () => {
    const progress: DemoLoadProgress[] = [];
    const loaded = await loadDemoData(crm, data, {
      onProgress: (p) => progress.push(p),
      batchSize: 50,
    });
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.rows).toMatchObject({
      teams: data.teams.length,
      users: data.users.length,
      accounts: 60,
      contacts: data.contacts.length,
      leads: data.leads.length,
      deals: data.deals.length,
      activities: data.activities.length,
    });
    const db = crm.context.store.db;
    const count = async (table: "accounts" | "activities" | "deal_stage_history") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count("accounts")).toBe(60);
    expect(await count("deal_stage_history")).toBe(
      data.deals.reduce((n, d) => n + d.stageHistory.length, 0),
    );
    expect(progress.filter((p) => p.table === "contacts").at(-1)).toEqual({
      table: "contacts",
      written: data.contacts.length,
      total: data.contacts.length,
    });
    const openTasks = await db
      .selectFrom("activities")
      .select("id")
      .where("kind", "=", "task")
      .where("completed_at", "is", null)
      .execute();
    expect(openTasks.length).toBe(data.tasks.filter((t) => t.completedAt === null).length);
  });

  it("writes nothing the second time the same data is loaded", async () => {
    await loadDemoData(crm, data);
    const again = await loadDemoData(crm, data);
    expect(again.ok && again.value.rows).toMatchObject({
      accounts: 0,
      deals: 0,
      deal_stage_history: 0,
      activities: 0,
    });
  });

  it("loads only the tables asked for, for a benchmark that needs just accounts", async () => {
    const loaded = await loadDemoData(crm, data, { tables: ["accounts"] });
    expect(loaded.ok && loaded.value.rows).toMatchObject({
      accounts: 60,
      contacts: 0,
      activities: 0,
    });
    const contacts = await crm.context.store.db.selectFrom("contacts").select("id").execute();
    expect(contacts).toHaveLength(0);
  });

  it("finds a demo company by a misspelt name and a Chinese company by part of its name", async () => {
    await loadDemoData(crm, data);
    const db = crm.context.store.db;
    const english = data.accounts.find((a) => /^[A-Z][a-z]+ [A-Z][a-z]+ /.test(a.name));
    if (!english) throw new Error("no English demo company");
    const typo = english.name.replace(/^(\w)(\w)/, "$2$1");
    const fuzzy = await sql<{ name: string }>`
      select name from accounts where lower(name) % lower(${typo})
      order by similarity(lower(name), lower(${typo})) desc limit 3`.execute(db);
    expect(fuzzy.rows[0]?.name).toBe(english.name);
    const chinese = data.accounts.find((a) => /有限公司$/.test(a.name));
    if (!chinese) throw new Error("no Chinese demo company");
    const part = [...chinese.name].slice(2, 6).join("");
    const found = await db
      .selectFrom("accounts")
      .select("name")
      .where("name", "ilike", `%${part}%`)
      .execute();
    expect(found.map((r) => r.name)).toContain(chinese.name);
  });

  it("reads back the records it wrote, equal to the generated ones", async () => {
    await loadDemoData(crm, data);
    const { accountFromRow, dealFromRow } = await import("@baton/store");
    const db = crm.context.store.db;
    const accounts = (await db.selectFrom("accounts").selectAll().orderBy("id").execute()).map(
      accountFromRow,
    );
    expect(accounts).toEqual([...data.accounts].sort((a, b) => a.id.localeCompare(b.id)));
    const deal = data.deals[0];
    if (!deal) throw new Error("no deal");
    const row = await db
      .selectFrom("deals")
      .selectAll()
      .where("id", "=", deal.id)
      .executeTakeFirstOrThrow();
    const history = await db
      .selectFrom("deal_stage_history")
      .selectAll()
      .where("deal_id", "=", deal.id)
      .orderBy("at")
      .execute();
    expect(dealFromRow(row, history)).toEqual(deal);
  });
});
