import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Account } from "@baton/core";
import { accountToRow } from "@baton/store";
import { testDrivers } from "@baton/store/testing";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Crm, ImportReport } from "../src";
import { ADA, ADM, MIA, openTestCrm, T0 } from "./crmTestKit";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const COMPANIES = fixture("hubspot-companies.csv");
const CONTACTS = fixture("hubspot-contacts.csv");
const DEALS = fixture("pipedrive-deals.csv");
const DEALS_MAPPING = JSON.parse(fixture("pipedrive-deals.mapping.json"));

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

const report = (result: Awaited<ReturnType<Crm["importCsv"]>>): ImportReport => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const problemAt = (r: ImportReport, line: number) => r.problems.find((p) => p.line === line);

describe.each(testDrivers())("importing CSV files from another CRM on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  const db = () => crm.context.store.db;
  const accountNamed = (name: string) =>
    db().selectFrom("accounts").selectAll().where("name", "=", name).executeTakeFirst();
  const importCompanies = async () =>
    report(await crm.importCsv(ADM, { kind: "accounts", csv: COMPANIES }));

  describe("a large file", () => {
    it("says how far it is after each batch it commits", async () => {
      // Names far apart, so none is taken for a duplicate of another.
      const name = (i: number) => createHash("sha256").update(String(i)).digest("hex").slice(0, 12);
      const rows = Array.from({ length: 1_200 }, (_, i) => `${name(i)},${name(i)}.example`);
      const seen: [number, number][] = [];
      const done = await crm.importCsv(
        ADM,
        { kind: "accounts", csv: ["Company Name,Website", ...rows].join("\n") },
        { onProgress: (written, total) => seen.push([written, total]) },
      );
      expect(done.ok).toBe(true);
      expect(seen).toEqual([
        [500, 1_200],
        [1_000, 1_200],
        [1_200, 1_200],
      ]);
    });
  });

  describe("a HubSpot companies export with odd headers and bad rows", () => {
    it("imports the good rows and names every bad one by line and why", async () => {
      const r = await importCompanies();
      expect(r.counts).toEqual({
        read: 12,
        valid: 7,
        created: 6,
        updated: 0,
        unchanged: 0,
        skipped: 6,
      });
      expect(r.problems.map((p) => [p.line, p.outcome])).toEqual([
        [7, "invalid"],
        [8, "invalid"],
        [9, "unlinked"],
        [10, "duplicate"],
        [12, "invalid"],
        [13, "invalid"],
      ]);
      expect(problemAt(r, 7)?.message).toBe(
        "line 7: domain 'not a domain' is not a web address or domain",
      );
      expect(problemAt(r, 9)?.message).toContain("line 9: owner 'nobody@example.com' not found");
      expect(problemAt(r, 10)?.message).toContain(
        "line 10: looks like a duplicate of account 'Acme Corporation' on line 3 (same domain, similar name)",
      );
      expect(problemAt(r, 12)?.message).toContain("line 12: size band 'abc' is not a head count");
      expect(problemAt(r, 13)?.message).toContain(
        "lifecycle stage 'Engaging' is not one of subscriber",
      );
    });

    it("reads their values as ours: domain, country, head count, lifecycle label, owner, dates", async () => {
      await importCompanies();
      const northwind = await accountNamed("Northwind Logistics GmbH");
      expect(northwind).toMatchObject({
        domain: "northwind-logistics.de",
        country: "DE",
        size_band: "201-1000",
        lifecycle_stage: "sql",
        owner_id: "user-ada",
        external_id: "1001",
        created_at: new Date("2026-01-12T09:30:00Z"),
      });
      expect(await accountNamed("Acme Corporation")).toMatchObject({
        domain: "acme.com",
        country: "US",
        size_band: "1001-5000",
        owner_id: "user-bob",
      });
      expect(await accountNamed("北京星辰科技有限公司")).toMatchObject({ country: "CN" });
    });

    it("puts an account without an owner in the fallback queue, never ownerless", async () => {
      await importCompanies();
      expect(await accountNamed("Globex")).toMatchObject({
        owner_id: null,
        owner_queue: "unassigned",
      });
    });

    it("counts a multi-line cell as the lines it spans", async () => {
      const r = await importCompanies();
      // Company 1003's description spans lines 4–5, so Initrode (1005) is on line 7.
      expect(problemAt(r, 7)?.issues?.[0]).toMatchObject({
        column: "Company Domain Name",
        value: "not a domain",
      });
    });

    it("writes nothing in a dry run and reports exactly what a real run would do", async () => {
      const dry = report(
        await crm.importCsv(ADM, { kind: "accounts", csv: COMPANIES, dryRun: true }),
      );
      expect(await db().selectFrom("accounts").selectAll().execute()).toHaveLength(0);
      expect(dry.dryRun).toBe(true);
      const real = await importCompanies();
      // Ids are drawn when rows are planned, so a dry run's planned ids are not the real ones.
      const withoutIds = (r: ImportReport) =>
        r.problems.map(({ duplicateOf, ...p }) => ({ ...p, of: duplicateOf?.name }));
      expect(withoutIds(dry)).toEqual(withoutIds(real));
      expect(dry.counts).toEqual(real.counts);
      expect(dry.columns).toEqual(real.columns);
    });

    it("writes nothing the second time the same file is imported", async () => {
      await importCompanies();
      const history = await db().selectFrom("history").select("id").execute();
      const events = await db().selectFrom("outbox").select("id").execute();
      const again = await importCompanies();
      expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 6, skipped: 6 });
      expect(await db().selectFrom("accounts").selectAll().execute()).toHaveLength(6);
      expect(await db().selectFrom("history").select("id").execute()).toHaveLength(history.length);
      expect(await db().selectFrom("outbox").select("id").execute()).toHaveLength(events.length);
    });

    it("records who created each account: history rows and a record_created event", async () => {
      await importCompanies();
      const northwind = await accountNamed("Northwind Logistics GmbH");
      const history = await db()
        .selectFrom("history")
        .selectAll()
        .where("entity_id", "=", northwind?.id ?? "")
        .execute();
      expect(history.map((h) => h.field)).toContain("name");
      expect(history.every((h) => h.actor_id === "user-adm")).toBe(true);
      const created = await db()
        .selectFrom("outbox")
        .selectAll()
        .where("event_type", "=", "record_created")
        .execute();
      expect(created).toHaveLength(6);
    });

    it("updates only the records whose values changed when a corrected file comes again", async () => {
      await importCompanies();
      const corrected = COMPANIES.replace(",Logistics,Germany,250,", ",Freight,Germany,250,");
      const r = report(await crm.importCsv(ADM, { kind: "accounts", csv: corrected }));
      expect(r.counts).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
      const northwind = await accountNamed("Northwind Logistics GmbH");
      expect(northwind).toMatchObject({ industry: "Freight", version: 2 });
      const change = await db()
        .selectFrom("history")
        .selectAll()
        .where("entity_id", "=", northwind?.id ?? "")
        .where("field", "=", "industry")
        .orderBy("id", "desc")
        .executeTakeFirst();
      expect(change).toMatchObject({ old_value: "Logistics", new_value: "Freight" });
    });

    it("hands an account to its new owner, the old owner kept as a previous owner", async () => {
      await importCompanies();
      const moved = COMPANIES.replace(
        "Sales Qualified Lead,ada@example.com",
        "Sales Qualified Lead,bob@example.com",
      );
      const r = report(await crm.importCsv(ADM, { kind: "accounts", csv: moved }));
      expect(r.counts).toMatchObject({ updated: 1 });
      expect(await accountNamed("Northwind Logistics GmbH")).toMatchObject({
        owner_id: "user-bob",
        previous_owner_ids: ["user-ada"],
      });
      const updated = await db()
        .selectFrom("outbox")
        .select("payload")
        .where("event_type", "=", "record_updated")
        .executeTakeFirst();
      expect(updated?.payload).toMatchObject({ fields: ["ownerId", "previousOwnerIds"] });
    });

    it("holds back a row that looks like an account already in Baton", async () => {
      await crm.importCsv(ADM, {
        kind: "accounts",
        csv: "name,domain,owner\nContoso Ltd,contoso.com,ada@example.com\n",
      });
      const r = await importCompanies();
      expect(problemAt(r, 14)).toMatchObject({
        outcome: "duplicate",
        message: expect.stringContaining(
          "line 14: looks like a duplicate of account 'Contoso Ltd' (same domain, similar name)",
        ),
      });
      expect(await accountNamed("Contoso Limited")).toBeUndefined();
    });
  });

  describe("a Pipedrive deals export with its own stage names and a mapping file", () => {
    const importDeals = async () =>
      report(await crm.importCsv(ADM, { kind: "deals", csv: DEALS, mapping: DEALS_MAPPING }));

    it("links each deal to its account and owner by name and maps their stages to ours", async () => {
      await importCompanies();
      const r = await importDeals();
      expect(r.counts).toMatchObject({ read: 11, created: 6, skipped: 5 });
      const deals = await db().selectFrom("deals").selectAll().orderBy("external_id").execute();
      const byExternal = Object.fromEntries(deals.map((d) => [d.external_id, d]));
      const northwind = await accountNamed("Northwind Logistics GmbH");
      expect(byExternal["D-1"]).toMatchObject({
        account_id: northwind?.id,
        owner_id: "user-ada",
        stage: "proposal",
        amount_minor: 4_850_000,
        currency: "EUR",
        close_date: new Date("2026-04-15T00:00:00Z"),
        closed_at: null,
      });
      expect(byExternal["D-2"]).toMatchObject({
        stage: "closed_won",
        amount_minor: 1_250_000,
        currency: "USD",
        closed_at: new Date("2026-02-28T00:00:00Z"),
      });
      expect(byExternal["D-3"]).toMatchObject({
        stage: "qualification",
        amount_minor: 38_000_000,
        currency: "CNY",
      });
      // "Shanghai Blue River Trading Co. Ltd" and "ACME" are the stored companies without their legal forms.
      expect(byExternal["D-7"]).toMatchObject({ stage: "closed_lost" });
      expect(byExternal["D-8"]?.account_id).toBe((await accountNamed("Acme Corporation"))?.id);
      expect(byExternal["D-11"]).toMatchObject({ amount_minor: 300_000 });
    });

    it("reports unlinked accounts and owners, bad amounts, impossible dates and unknown stages", async () => {
      await importCompanies();
      const r = await importDeals();
      expect(r.problems.map((p) => p.message)).toEqual([
        "line 5: account 'Initech' not found; import the account first, or map the value in the mapping's values.account",
        "line 6: amount 'abc' is not a number",
        "line 7: close date '31/02/2026' is not a date that exists",
        "line 10: owner 'Zed Unknown' not found; import the user first, or map the value in the mapping's values.owner",
        expect.stringContaining(
          "line 11: stage 'Closing Soon' is not one of prospecting, qualification",
        ),
      ]);
    });

    it("reports a deal whose account name fits two accounts as ambiguous, never guessing", async () => {
      await importCompanies();
      // Two stored accounts of one name: only a person can tell which the deal is on.
      await db()
        .insertInto("accounts")
        .values(
          accountToRow(
            Account.parse({ id: "acc-contoso-de", name: "Contoso GmbH", createdAt: T0 }),
            T0,
          ),
        )
        .execute();
      const r = await importDeals();
      expect(problemAt(r, 12)).toMatchObject({
        outcome: "ambiguous",
        message: expect.stringContaining("line 12: account 'Contoso' matches 2 accounts"),
        candidates: expect.arrayContaining([expect.objectContaining({ name: "Contoso GmbH" })]),
      });
    });

    it("keeps each imported deal's stage in its stage history", async () => {
      await importCompanies();
      await importDeals();
      const won = await db()
        .selectFrom("deals")
        .innerJoin("deal_stage_history", "deal_stage_history.deal_id", "deals.id")
        .select([
          "deal_stage_history.stage",
          "deal_stage_history.at",
          "deal_stage_history.by_user_id",
        ])
        .where("deals.external_id", "=", "D-2")
        .execute();
      expect(won).toEqual([
        { stage: "closed_won", at: new Date("2026-02-28T00:00:00Z"), by_user_id: "user-adm" },
      ]);
    });

    it("moves a deal on when the next export shows it in a later stage", async () => {
      await importCompanies();
      await importDeals();
      crm.clock.advance(86_400_000);
      const moved = DEALS.replace('Proposal Made,"€48,500.00"', 'Won,"€48,500.00"');
      const r = report(
        await crm.importCsv(ADM, { kind: "deals", csv: moved, mapping: DEALS_MAPPING }),
      );
      expect(r.counts).toMatchObject({ created: 0, updated: 1 });
      const history = await db()
        .selectFrom("deals")
        .innerJoin("deal_stage_history", "deal_stage_history.deal_id", "deals.id")
        .select(["deal_stage_history.stage"])
        .where("deals.external_id", "=", "D-1")
        .orderBy("deal_stage_history.id")
        .execute();
      expect(history.map((h) => h.stage)).toEqual(["proposal", "closed_won"]);
    });
  });

  describe("a HubSpot contacts export", () => {
    it("joins first and last names (in Chinese order for Chinese names) and links the company", async () => {
      await importCompanies();
      const r = report(await crm.importCsv(ADM, { kind: "contacts", csv: CONTACTS }));
      expect(r.counts).toMatchObject({ read: 6, created: 3, skipped: 3 });
      const wang = await db()
        .selectFrom("contacts")
        .selectAll()
        .where("email", "=", "wang.wei@xingchen-tech.cn")
        .executeTakeFirst();
      expect(wang).toMatchObject({
        name: "王伟",
        title: "CTO",
        lifecycle_stage: "opportunity",
        account_id: (await accountNamed("北京星辰科技有限公司"))?.id,
      });
    });

    it("holds back the same person entered twice with a plus-tagged email", async () => {
      await importCompanies();
      const r = report(await crm.importCsv(ADM, { kind: "contacts", csv: CONTACTS }));
      expect(r.problems.map((p) => [p.line, p.outcome])).toEqual([
        [5, "invalid"],
        [6, "duplicate"],
        [7, "unlinked"],
      ]);
      expect(problemAt(r, 5)?.message).toBe(
        "line 5: email 'not-an-email' must be an email address",
      );
      expect(problemAt(r, 6)?.duplicateOf).toMatchObject({ name: "Grace Hopper", line: 2 });
    });
  });

  describe("activities", () => {
    it("imports calls with their next step and tasks with their due date", async () => {
      await importCompanies();
      const csv = [
        "Type,Date,Owner,Company,Subject,Notes,Next step,Next step due,Due date",
        'Call,2026-02-20 10:00,ada@example.com,Northwind Logistics GmbH,Pricing call,"Wants 15% off,\nneeds approval",Send proposal,2026-02-27,',
        "Task,2026-02-20 10:05,ada@example.com,Northwind Logistics GmbH,Send proposal,,,,2026-02-27",
        "Call,2026-02-21 09:00,ada@example.com,Northwind Logistics GmbH,Follow-up,,Call back,,",
        "Meeting,2026-02-22 09:00,ada@example.com,,Lunch,,,,",
      ].join("\n");
      const r = report(await crm.importCsv(ADM, { kind: "activities", csv }));
      expect(r.counts).toMatchObject({ read: 4, created: 2, skipped: 2 });
      expect(r.problems.map((p) => p.message)).toEqual([
        "line 5: next step 'Call back' has no due date; map a column to nextStepDueAt",
        "line 6: account, contact, lead or deal is missing",
      ]);
      const rows = await db().selectFrom("activities").selectAll().orderBy("occurred_at").execute();
      expect(rows[0]).toMatchObject({
        kind: "call",
        body: "Wants 15% off,\nneeds approval",
        next_step_text: "Send proposal",
        next_step_due_at: new Date("2026-02-27T00:00:00Z"),
        actor_id: "user-ada",
      });
      expect(rows[1]).toMatchObject({ kind: "task", due_at: new Date("2026-02-27T00:00:00Z") });
    });
  });

  describe("users and teams", () => {
    it("creates users matched by email, linking their team and a manager from the same file", async () => {
      const csv = [
        "Name,Email,Role,Team,Reports to,Time zone,Language",
        "Lin Wei,lin.wei@example.com,rep,Sales East,Mia Manager,Asia/Shanghai,中文",
        "Ada Lovelace,ada@example.com,rep,Sales,mia@example.com,Europe/London,en",
        "Nina New,nina@example.com,manager,Sales East,Leo Leader,Mars/Base,en",
        "Sam Sub,sam@example.com,rep; legal,Sales East,nina@example.com,UTC,en",
      ].join("\n");
      const r = report(await crm.importCsv(ADM, { kind: "users", csv }));
      expect(r.counts).toMatchObject({ created: 1, updated: 1, skipped: 2 });
      expect(r.problems.map((p) => p.message)).toEqual([
        "line 4: time zone 'Mars/Base' must be an IANA time zone such as 'Europe/Berlin'",
        "line 5: links to the user on line 4, which was not imported; fix line 4 first",
      ]);
      const lin = await db()
        .selectFrom("users")
        .selectAll()
        .where("email", "=", "lin.wei@example.com")
        .executeTakeFirst();
      expect(lin).toMatchObject({
        team_id: "team-sales-east",
        manager_id: "user-mia",
        locale: "zh-CN",
        roles: ["rep"],
      });
      expect(
        await db()
          .selectFrom("users")
          .select("time_zone")
          .where("id", "=", "user-ada")
          .executeTakeFirst(),
      ).toEqual({ time_zone: "Europe/London" });
    });

    it("creates a team whose manager is not in Baton yet, with a warning to import again", async () => {
      const csv = "id,name,function,managerId\nteam-apac,Sales APAC,sales,user-new\n";
      const r = report(await crm.importCsv(ADM, { kind: "teams", csv }));
      expect(r.counts).toMatchObject({ created: 1, skipped: 0 });
      expect(r.problems).toEqual([
        expect.objectContaining({
          line: 2,
          outcome: "warning",
          message: expect.stringContaining("manager 'user-new' not found; imported without it"),
        }),
      ]);
    });
  });

  describe("who may import", () => {
    it("refuses a rep or a manager, whose role may not change every record", async () => {
      const rep = await crm.importCsv(ADA, { kind: "accounts", csv: COMPANIES });
      expect(rep).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const manager = await crm.importCsv(MIA, { kind: "users", csv: "name,roles\nX,rep\n" });
      expect(manager).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await db().selectFrom("accounts").selectAll().execute()).toHaveLength(0);
    });

    it("refuses a file that is not CSV or lacks a required column, naming what to fix", async () => {
      const broken = await crm.importCsv(ADM, { kind: "accounts", csv: 'name\n"Acme\n' });
      expect(broken).toMatchObject({
        ok: false,
        error: { code: "invalid_input", message: expect.stringContaining("not valid CSV") },
      });
      const noName = await crm.importCsv(ADM, { kind: "deals", csv: "Deal Name,Stage\nx,Won\n" });
      expect(noName).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringContaining("No column is mapped to account"),
        },
      });
      const junk = await crm.importCsv(ADM, { kind: "planets", csv: 42 } as never);
      expect(junk).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    });
  });

  describe("the laws of an import", () => {
    const cell = (values: readonly string[]) => fc.constantFrom(...values);
    const row = fc.tuple(
      cell(["Acme", "Acme Inc", "Globex", "北京星辰科技有限公司", "Initech GmbH", "", "Hooli"]),
      cell(["acme.com", "globex.example", "not a domain", "", "initech.de"]),
      cell(["ada@example.com", "Bob Stone", "", "nobody@example.com"]),
      cell(["DE", "Germany", "Atlantis", ""]),
      cell(["250", "abc", ""]),
    );
    const csvOf = (rows: readonly (readonly string[])[]) =>
      ["Company,Website,Owner,Country,Employees", ...rows.map((r) => r.join(","))].join("\n");

    it("accounts for every row (created + updated + unchanged + skipped = read), reports each skipped line once, and writes nothing the second time", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
          await db().deleteFrom("accounts").execute();
          const csv = csvOf(rows);
          const first = report(await crm.importCsv(ADM, { kind: "accounts", csv }));
          const { read, created, updated, unchanged, skipped } = first.counts;
          expect(read).toBe(rows.filter((r) => r.some((c) => c !== "")).length);
          expect(created + updated + unchanged + skipped).toBe(read);
          const reported = first.problems.filter((p) => p.outcome !== "warning").map((p) => p.line);
          expect(new Set(reported).size).toBe(skipped);
          const again = report(await crm.importCsv(ADM, { kind: "accounts", csv }));
          expect(again.counts).toMatchObject({
            created: 0,
            updated: 0,
            unchanged: created + updated + unchanged,
          });
        }),
        { numRuns: 15 },
      );
    });
  });

  describe("an import retried with its idempotency key", () => {
    it("returns the first report and writes nothing", async () => {
      const first = await crm.importCsv(
        ADM,
        { kind: "accounts", csv: COMPANIES },
        { idempotencyKey: "upload:F123" },
      );
      const events = await db().selectFrom("outbox").select("id").execute();
      const retry = await crm.importCsv(
        ADM,
        { kind: "accounts", csv: COMPANIES },
        { idempotencyKey: "upload:F123" },
      );
      expect(retry).toEqual(first);
      expect(await db().selectFrom("outbox").select("id").execute()).toHaveLength(events.length);
    });
  });
});
