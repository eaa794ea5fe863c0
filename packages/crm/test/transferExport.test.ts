import { readFileSync } from "node:fs";
import {
  accountFromRow,
  activityFromRow,
  contactFromRow,
  dealFromRow,
  teamFromRow,
  userFromRow,
} from "@baton/store";
import { testDrivers } from "@baton/store/testing";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Crm, CsvExport, ImportKind } from "../src";
import { ADA, ADM, LEO, MONA, openTestCrm, USERS } from "./crmTestKit";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

const ACTIVITIES = [
  "Type,Date,Owner,Company,Deal,Subject,Notes,Next step,Next step due,Private,Due date",
  'Call,2026-02-20 10:00,ada@example.com,Northwind Logistics GmbH,Northwind fleet rollout,Pricing call,"Wants 15% off, ""soon"".\nNeeds approval",Send proposal,2026-02-27,no,',
  "Task,2026-02-20 10:05,ada@example.com,Northwind Logistics GmbH,,Send proposal,,,,no,2026-02-27",
  "Note,2026-02-21 09:00,ada@example.com,Acme Corporation,,My own thoughts,They will churn,,,yes,",
  "Note,2026-02-21 09:30,adm@example.com,Acme Corporation,,Admin's note,Check the contract,,,yes,",
  "Meeting,2026-02-22 09:00,eve@example.com,北京星辰科技有限公司,星辰 ERP 项目,项目启动会,,,,no,",
].join("\n");

/** A company with accounts, contacts, deals and activities, all imported from files. */
const fillCompany = async (crm: Crm) => {
  const mapping = JSON.parse(fixture("pipedrive-deals.mapping.json"));
  const files = [
    { kind: "accounts", csv: fixture("hubspot-companies.csv") },
    { kind: "contacts", csv: fixture("hubspot-contacts.csv") },
    { kind: "deals", csv: fixture("pipedrive-deals.csv"), mapping },
    {
      kind: "deals",
      csv: "name,account,owner,stage,amount,currency,closeDate\nMona's webinar deal,Globex,mona@example.com,prospecting,900,EUR,2026-05-01\n",
    },
    { kind: "activities", csv: ACTIVITIES },
  ] as const;
  for (const file of files) {
    const result = await crm.importCsv(ADM, file);
    if (!result.ok) throw new Error(result.error.message);
  }
};

const exported = async (
  crm: Crm,
  actor: { userId: string },
  kind: ImportKind,
): Promise<CsvExport> => {
  const result = await crm.exportCsv(actor, { kind });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const rowsOf = (file: CsvExport): Record<string, string>[] =>
  parse(file.csv, { columns: true }) as Record<string, string>[];

/** Everything a CRM stores, as core entities, with each record's external id. */
const storedRecords = async (crm: Crm) => {
  const db = crm.context.store.db;
  const history = await db
    .selectFrom("deal_stage_history")
    .selectAll()
    .orderBy("at")
    .orderBy("id")
    .execute();
  const external = new Map<string, string>();
  const withExternal = <R extends { id: string; external_id: string | null }>(rows: R[]) => {
    for (const row of rows) if (row.external_id) external.set(row.id, row.external_id);
    return rows;
  };
  return {
    external,
    accounts: withExternal(await db.selectFrom("accounts").selectAll().execute()).map(
      accountFromRow,
    ),
    contacts: withExternal(await db.selectFrom("contacts").selectAll().execute()).map(
      contactFromRow,
    ),
    deals: withExternal(await db.selectFrom("deals").selectAll().execute()).map((row) =>
      dealFromRow(
        row,
        history.filter((h) => h.deal_id === row.id),
      ),
    ),
    activities: withExternal(await db.selectFrom("activities").selectAll().execute()).map(
      (row) => ({
        ...activityFromRow(row),
        dueAt: row.due_at,
        completedAt: row.completed_at,
      }),
    ),
    users: (await db.selectFrom("users").selectAll().execute()).map(userFromRow),
    teams: (await db.selectFrom("teams").selectAll().execute()).map(teamFromRow),
  };
};

/**
 * The records sorted by id; for a copy (`fromCopy`), with each id rewritten to the id it had
 * where it was exported from (the copy keeps that as its external id).
 */
const asOriginal = (records: Awaited<ReturnType<typeof storedRecords>>, fromCopy = false) => {
  const back = (id: string | null) =>
    id === null || !fromCopy ? id : (records.external.get(id) ?? id);
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    accounts: byId(
      records.accounts.map((a) => ({ ...a, id: back(a.id) ?? a.id, parentId: back(a.parentId) })),
    ),
    contacts: byId(
      records.contacts.map((c) => ({ ...c, id: back(c.id) ?? c.id, accountId: back(c.accountId) })),
    ),
    deals: byId(
      records.deals.map((d) => ({
        ...d,
        id: back(d.id) ?? d.id,
        accountId: back(d.accountId) ?? d.accountId,
        contactIds: d.contactIds.map((id) => back(id) ?? id),
      })),
    ),
    activities: byId(
      records.activities.map((a) => ({
        ...a,
        id: back(a.id) ?? a.id,
        accountId: back(a.accountId),
        contactId: back(a.contactId),
        dealId: back(a.dealId),
        leadId: back(a.leadId),
      })),
    ),
    users: byId(records.users),
    teams: byId(records.teams),
  };
};

describe.each(testDrivers())("exporting CSV on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
    await fillCompany(crm);
  });
  afterEach(async () => {
    await crm.close();
  });

  it("gives the same records when an export is imported into an empty CRM", async () => {
    const copy = await openTestCrm(driver, { seed: false });
    try {
      const admin = USERS.find((u) => u.id === ADM.userId);
      if (!admin || !(await copy.upsertUsers([admin])).ok) throw new Error("no admin in the copy");
      const order: ImportKind[] = [
        "teams",
        "users",
        "teams",
        "accounts",
        "contacts",
        "deals",
        "activities",
      ];
      for (const kind of order) {
        const file = await exported(crm, ADM, kind);
        const result = await copy.importCsv(ADM, { kind, csv: file.csv });
        if (!result.ok) throw new Error(result.error.message);
        const problems = result.value.problems.filter((p) => p.outcome !== "warning");
        expect(problems, `${kind}: ${problems.map((p) => p.message).join("\n")}`).toEqual([]);
      }
      const original = asOriginal(await storedRecords(crm));
      const copied = asOriginal(await storedRecords(copy), true);
      // Ada's private note is hers alone: the admin's export does not carry it.
      const othersPrivate = (a: { private: boolean; actorId: string }) =>
        a.private && a.actorId !== ADM.userId;
      expect(original.activities.some(othersPrivate)).toBe(true);
      expect(copied).toEqual({
        ...original,
        activities: original.activities.filter((a) => !othersPrivate(a)),
      });
    } finally {
      await copy.close();
    }
  });

  it("exports only the records the actor may read", async () => {
    const file = await exported(crm, ADA, "accounts");
    expect(rowsOf(file).map((r) => r.name)).toEqual([
      "Acme Corporation",
      "Northwind Logistics GmbH",
      "Contoso Limited",
    ]);
    expect((await exported(crm, LEO, "accounts")).rows).toBe(6);
  });

  it("leaves out the fields the actor's role may not see", async () => {
    const mona = await exported(crm, MONA, "deals");
    expect(rowsOf(mona).map((r) => r.name)).toEqual(["Mona's webinar deal"]);
    expect(mona.columns).not.toContain("amount");
    expect(mona.columns).not.toContain("currency");
    expect((await exported(crm, LEO, "deals")).columns).toEqual(
      expect.arrayContaining(["amount", "currency", "stageHistory"]),
    );
  });

  it("never exports someone else's private note, even to an admin", async () => {
    const subjects = (file: CsvExport) => rowsOf(file).map((r) => r.subject);
    expect(subjects(await exported(crm, ADM, "activities"))).not.toContain("My own thoughts");
    expect(subjects(await exported(crm, ADA, "activities"))).toContain("My own thoughts");
    expect(subjects(await exported(crm, ADA, "activities"))).not.toContain("Admin's note");
  });

  it("writes RFC 4180: CRLF lines, quoted commas, doubled quotes and line breaks inside quotes", async () => {
    const activities = await exported(crm, ADA, "activities");
    expect(activities.csv).toContain('"Wants 15% off, ""soon"".\nNeeds approval"');
    expect(activities.csv.split("\r\n")[0]).toBe(activities.columns.join(","));
    const call = rowsOf(activities).find((r) => r.subject === "Pricing call");
    expect(call).toMatchObject({
      body: 'Wants 15% off, "soon".\nNeeds approval',
      nextStep: "Send proposal",
      nextStepDueAt: "2026-02-27T00:00:00.000Z",
      private: "false",
    });
    const accounts = await exported(crm, LEO, "accounts");
    expect(accounts.csv).toContain('"Shanghai Blue River Trading Co., Ltd."');
  });

  it("writes money as a plain decimal with its currency beside it", async () => {
    const deals = rowsOf(await exported(crm, LEO, "deals"));
    expect(deals.find((d) => d.name === "Northwind fleet rollout")).toMatchObject({
      amount: "48500.00",
      currency: "EUR",
    });
    expect(deals.find((d) => d.name === "星辰 ERP 项目")).toMatchObject({
      amount: "380000.00",
      currency: "CNY",
    });
  });

  it("starts with a byte-order mark when asked, for Excel", async () => {
    const result = await crm.exportCsv(LEO, { kind: "teams", bom: true });
    expect(result.ok && result.value.csv.startsWith("\uFEFFid,name,function")).toBe(true);
  });

  it("refuses an unknown kind and a deactivated user", async () => {
    expect(await crm.exportCsv(ADA, { kind: "planets" } as never)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
    expect(await crm.exportCsv({ userId: "user-gone" }, { kind: "accounts" })).toMatchObject({
      ok: false,
      error: { code: "inactive_actor" },
    });
  });
});
