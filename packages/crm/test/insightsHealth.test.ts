import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, ADM, MIA, openTestCrm, testClock } from "./crmTestKit";
import {
  aContact,
  aLead,
  anAccount,
  anActivity,
  insertAccounts,
  insertActivities,
  insertContacts,
  insertLead,
  T,
} from "./insightsFixtures";

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

const NOW = T("2026-03-10T12:00:00Z");
const complete = {
  domain: "acme.com",
  industry: "software",
  country: "DE",
  sizeBand: "51-200",
} as const;

describe.each(testDrivers())("the data-health report on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { clock: testClock(NOW) });
    await insertAccounts(
      crm,
      anAccount({
        id: "acct-good",
        name: "Good GmbH",
        ownerId: "user-ada",
        ...complete,
        createdAt: T("2026-03-01T00:00:00Z"),
      }),
      anAccount({
        id: "acct-bare",
        name: "Bare Ltd",
        ownerId: "user-bob",
        createdAt: T("2026-03-01T00:00:00Z"),
      }),
      anAccount({ id: "acct-orphan", name: "Orphan Inc", createdAt: T("2026-03-01T00:00:00Z") }),
      anAccount({
        id: "acct-mkt",
        name: "Marketing Corp",
        ownerId: "user-mona",
        ...complete,
        domain: "marketing.example",
        createdAt: T("2025-10-01T00:00:00Z"),
      }),
    );
    await insertContacts(
      crm,
      aContact({
        id: "contact-grace",
        accountId: "acct-good",
        ownerId: "user-ada",
        email: "grace@acme.com",
        phone: "+49 30 1234567",
        title: "CTO",
        createdAt: T("2026-03-01T00:00:00Z"),
      }),
    );
    await insertLead(
      crm,
      aLead({
        id: "lead-anon",
        name: "Anon",
        ownerId: "user-ada",
        createdAt: T("2026-03-05T00:00:00Z"),
      }),
    );
    await insertActivities(
      crm,
      anActivity({
        accountId: "acct-good",
        occurredAt: T("2026-03-09T10:00:00Z"),
        nextStep: { text: "send proposal", dueAt: T("2026-03-12T10:00:00Z") },
      }),
    );
  });
  afterEach(async () => {
    await crm.close();
  });

  const report = async (actor: { userId: string }) => {
    const result = await crm.dataHealthReport(actor, {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const recordOf = (r: Awaited<ReturnType<typeof report>>, id: string) =>
    r.records.find((record) => record.recordId === id);

  it("names the fields each record is missing", async () => {
    const r = await report(ADM);
    expect(recordOf(r, "acct-bare")?.missing).toEqual([
      "domain",
      "industry",
      "country",
      "sizeBand",
    ]);
    expect(recordOf(r, "lead-anon")?.missing).toEqual(["email", "company", "title", "country"]);
    expect(recordOf(r, "acct-good")).toMatchObject({ complete: true, trusted: true, problems: [] });
  });

  it("finds accounts with no owner, no contact, no next step, and dead ones", async () => {
    const r = await report(ADM);
    expect(recordOf(r, "acct-orphan")?.problems).toEqual(
      expect.arrayContaining(["no_owner", "no_contact", "no_next_step", "incomplete"]),
    );
    expect(recordOf(r, "acct-mkt")?.problems).toEqual(
      expect.arrayContaining(["dead_account", "stale", "no_contact"]),
    );
    expect(r.problems.find((p) => p.problem === "no_owner")?.records).toEqual([
      { kind: "account", recordId: "acct-orphan" },
    ]);
  });

  it("does not count a private note as a touch of the account", async () => {
    await insertActivities(
      crm,
      anActivity({
        accountId: "acct-mkt",
        actorId: "user-mona",
        kind: "note",
        private: true,
        occurredAt: T("2026-03-09T10:00:00Z"),
      }),
    );
    expect(recordOf(await report(ADM), "acct-mkt")?.lastActivityAt).toBeNull();
  });

  it("counts duplicate pairs still open", async () => {
    await insertAccounts(
      crm,
      anAccount({ id: "acct-good-2", name: "Good GmbH", domain: "acme.com" }),
    );
    expect((await report(ADM)).openDuplicates).toBe(1);
  });

  it("shows a manager only their teams' records, and the unowned queue they triage", async () => {
    const r = await report(MIA);
    expect(r.records.map((record) => record.recordId).sort()).toEqual(
      ["acct-bare", "acct-good", "acct-orphan", "contact-grace", "lead-anon"].sort(),
    );
  });

  it("is refused to a rep", async () => {
    expect(await crm.dataHealthReport(ADA, {})).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });
});
