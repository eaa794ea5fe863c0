import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aContact, aLead, anAccount, anActivity, aTeam, aUser, T0 } from "../../test/builders";
import { defaultConfig, parseConfig } from "../config/config";
import { dataHealthReport } from "./dataHealthReport";

const config = defaultConfig();
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const asOf = day(10);

const company = () => {
  const users = [
    aUser({ id: "user-ada", teamId: "team-sales" }),
    aUser({ id: "user-bo", teamId: "team-sales" }),
  ];
  const teams = [
    aTeam({ id: "team-sales", name: "Sales EMEA" }),
    aTeam({ id: "team-marketing", name: "Marketing", function: "marketing" }),
  ];
  const full = {
    domain: "acme.com",
    industry: "software",
    country: "DE",
    sizeBand: "51-200",
  } as const;
  const accounts = [
    // Complete, worked two days ago with a follow-up booked: trusted.
    anAccount({ id: "acme", ...full, ownerId: "user-ada" }),
    // Only a domain, created 100 days ago and never touched.
    anAccount({ id: "beta", domain: "beta.io", ownerId: "user-bo", createdAt: day(-100) }),
    // Everything but an owner; the marketing team holds it; worked through its deal.
    anAccount({ id: "gamma", ...full, teamId: "team-marketing" }),
  ];
  const contacts = [
    aContact({
      id: "grace",
      accountId: "acme",
      email: "grace@acme.com",
      phone: "+49 30 1234567",
      title: "CFO",
      ownerId: "user-ada",
    }),
  ];
  const leads = [
    aLead({ id: "linus", email: "linus@x.org", ownerId: "user-gone", createdAt: day(-40) }),
  ];
  const activities = [
    anActivity({
      accountId: "acme",
      occurredAt: day(2),
      nextStep: { text: "send the proposal", dueAt: day(12) },
    }),
    anActivity({ accountId: null, dealId: "deal-gamma", occurredAt: day(1) }),
  ];
  return {
    accounts,
    contacts,
    leads,
    activities,
    users,
    teams,
    deals: [{ id: "deal-gamma", accountId: "gamma" }],
    edits: [{ kind: "lead" as const, recordId: "linus", at: day(-1) }],
    openDuplicates: 3,
  };
};

describe("data health report", () => {
  const report = dataHealthReport(company(), asOf, config);
  if (!report.ok) throw new Error(report.error.message);
  const { value } = report;
  const record = (id: string) => value.records.find((r) => r.recordId === id);

  it("lists accounts, then contacts, then leads, each by id", () => {
    expect(value.records.map((r) => `${r.kind}:${r.recordId}`)).toEqual([
      "account:acme",
      "account:beta",
      "account:gamma",
      "contact:grace",
      "lead:linus",
    ]);
  });

  it("trusts a complete record touched recently, with a next step and a contact", () => {
    expect(record("acme")).toMatchObject({
      trusted: true,
      score: 1,
      problems: [],
      lastActivityAt: day(2),
      teamId: "team-sales",
    });
  });

  it("finds a dead, incomplete, stale account with no contact and no next step", () => {
    expect(record("beta")).toMatchObject({
      completeness: 0.4,
      missing: ["industry", "country", "sizeBand"],
      fresh: false,
      lastTouchedAt: day(-100),
      lastActivityAt: null,
      // 2 of 5 fields, and not fresh: 2 of 6 checks
      score: 2 / 6,
      problems: ["dead_account", "no_contact", "no_next_step", "incomplete", "stale"],
    });
  });

  it("counts an activity on an account's deal as activity on the account", () => {
    expect(record("gamma")).toMatchObject({
      lastActivityAt: day(1),
      fresh: true,
      teamId: "team-marketing",
      score: 5 / 6,
      problems: ["no_contact", "no_owner", "no_next_step", "incomplete"],
    });
  });

  it("counts an edit as a touch and reports an owner nobody knows", () => {
    expect(record("linus")).toMatchObject({
      lastTouchedAt: day(-1),
      fresh: true,
      teamId: null,
      score: 3 / 6,
      problems: ["unknown_owner", "incomplete"],
    });
  });

  it("gives the share of records complete and fresh, and the problems with their counts", () => {
    expect(value).toMatchObject({
      recordCount: 5,
      completeCount: 2,
      freshCount: 4,
      trustedCount: 2,
      trustedShare: { value: 0.4, counts: { trusted: 2, records: 5 } },
      openDuplicates: 3,
    });
    // (1 + 2/6 + 5/6 + 1 + 3/6) / 5 = 11/15
    expect(value.averageScore.value).toBeCloseTo(11 / 15, 10);
    expect(value.problems.map((p) => [p.problem, p.count])).toEqual([
      ["dead_account", 1],
      ["no_contact", 2],
      ["no_owner", 1],
      ["unknown_owner", 1],
      ["no_next_step", 2],
      ["incomplete", 3],
      ["stale", 1],
      ["open_duplicates", 3],
    ]);
    expect(value.problems.find((p) => p.problem === "incomplete")?.records).toEqual([
      { kind: "account", recordId: "beta" },
      { kind: "account", recordId: "gamma" },
      { kind: "lead", recordId: "linus" },
    ]);
  });

  it("gives each owner's team its own trust number, records with no team last", () => {
    expect(
      value.teams.map((t) => [t.teamId, t.teamName, t.recordCount, t.trustedShare.value]),
    ).toEqual([
      ["team-marketing", "Marketing", 1, 0],
      ["team-sales", "Sales EMEA", 3, 2 / 3],
      [null, null, 1, 0],
    ]);
  });

  it("calls an account dead after exactly deadAfterDays without activity, not a day sooner", () => {
    const quiet = (days: number) =>
      dataHealthReport(
        {
          accounts: [anAccount({ id: "a" })],
          activities: [anActivity({ accountId: "a", occurredAt: T0 })],
        },
        day(days),
        config,
      );
    const at89 = quiet(89);
    const at90 = quiet(90);
    expect(at89.ok && at89.value.records[0]?.problems).not.toContain("dead_account");
    expect(at90.ok && at90.value.records[0]?.problems).toContain("dead_account");
  });

  it("takes a meeting booked after asOf as a next step but not as past activity", () => {
    const result = dataHealthReport(
      {
        accounts: [anAccount({ id: "a" })],
        activities: [anActivity({ accountId: "a", kind: "meeting", occurredAt: day(12) })],
      },
      asOf,
      config,
    );
    expect(result.ok && result.value.records[0]).toMatchObject({
      lastActivityAt: null,
      lastTouchedAt: T0,
    });
    expect(result.ok && result.value.records[0]?.problems).not.toContain("no_next_step");
  });

  it("reads freshness and death from the company's settings", () => {
    const strict = parseConfig({ health: { freshForDays: 5, deadAfterDays: 7 } });
    const result =
      strict.ok &&
      dataHealthReport({ accounts: [anAccount({ id: "a", createdAt: T0 })] }, asOf, strict.value);
    expect(result !== false && result.ok && result.value.records[0]?.problems).toEqual([
      "dead_account",
      "no_contact",
      "no_owner",
      "no_next_step",
      "incomplete",
      "stale",
    ]);
  });

  it("has no trust number, and says why, when there are no records", () => {
    const empty = dataHealthReport({}, asOf, config);
    expect(empty.ok && empty.value.trustedShare).toEqual({
      value: null,
      counts: { trusted: 0, records: 0 },
      reason: "there are no records",
    });
    expect(empty.ok && empty.value.teams).toEqual([]);
  });

  it("refuses a record listed twice, a bad asOf and malformed data", () => {
    const twice = dataHealthReport(
      { contacts: [aContact({ id: "c" }), aContact({ id: "c" })] },
      asOf,
      config,
    );
    expect(!twice.ok && twice.error.code).toBe("duplicate_record");
    expect(!twice.ok && twice.error.message).toContain("The contact 'c' is listed more than once");
    const when = dataHealthReport({}, new Date("nope"), config);
    expect(!when.ok && when.error.message).toContain("asOf");
    const bad = dataHealthReport({ openDuplicates: -1 }, asOf, config);
    expect(!bad.ok && bad.error.message).toContain("openDuplicates");
    const noConfig = dataHealthReport({}, asOf, undefined as never);
    expect(!noConfig.ok && noConfig.error.code).toBe("invalid_input");
  });

  it("does not depend on the order records, activities and people come in", () => {
    const data = company();
    fc.assert(
      fc.property(
        fc.shuffledSubarray(data.accounts, { minLength: 3 }),
        fc.shuffledSubarray(data.activities, { minLength: 2 }),
        fc.shuffledSubarray(data.users, { minLength: 2 }),
        (accounts, activities, users) => {
          const shuffled = dataHealthReport({ ...data, accounts, activities, users }, asOf, config);
          expect(shuffled).toEqual(report);
        },
      ),
      { numRuns: 50 },
    );
  });
});
