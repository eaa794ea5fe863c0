import {
  ACTIVITY_KINDS,
  type Activity,
  kpiSnapshot as coreKpiSnapshot,
  type Deal,
  defaultConfig,
  type LeadFact,
  type RepQuota,
} from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, BOB, EVE, LEO, MIA, openTestCrm, TEAMS, testClock, USERS } from "./crmTestKit";
import {
  aDeal,
  aLead,
  anAccount,
  anActivity,
  insertAccounts,
  insertActivities,
  insertDeals,
  insertLead,
  T,
} from "./insightsFixtures";

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

const config = defaultConfig();
const DAY = 86_400_000;
const MARCH = { start: T("2026-03-01T00:00:00Z"), end: T("2026-04-01T00:00:00Z"), timeZone: "UTC" };
const FEBRUARY = {
  start: T("2026-02-01T00:00:00Z"),
  end: T("2026-03-01T00:00:00Z"),
  timeZone: "UTC",
};
const AS_OF = T("2026-04-10T12:00:00Z");
const OWNERS = ["user-ada", "user-bob", "user-eve", "user-mia", "user-gone", "user-mona"] as const;
const STAGES = config.pipeline.stages;
const OPEN = STAGES.filter((s) => s.outcome === "open").map((s) => s.id);
const FUNNEL = ["mql", "sql", "opportunity", "customer"] as const;

const instant = fc
  .integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2026-04-20T00:00:00Z") })
  .map((ms) => new Date(ms));

const dealArb = fc.record({
  owner: fc.constantFrom(...OWNERS),
  stage: fc.constantFrom(...STAGES.map((s) => s.id)),
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  currency: fc.oneof(
    { weight: 12, arbitrary: fc.constant("EUR") },
    { weight: 1, arbitrary: fc.constant("USD") },
  ),
  created: instant,
  closesAfter: fc.integer({ min: 0, max: 60 * DAY }),
  moves: fc.array(
    fc.record({ stage: fc.constantFrom(...OPEN), after: fc.integer({ min: 0, max: 50 * DAY }) }),
    {
      maxLength: 3,
    },
  ),
});

const activityArb = fc.record({
  kind: fc.constantFrom(...ACTIVITY_KINDS),
  actor: fc.constantFrom(...USERS.map((u) => u.id)),
  at: instant,
  deal: fc.option(fc.nat(), { nil: null }),
  private: fc.boolean(),
});

const leadArb = fc.record({
  created: instant,
  owner: fc.option(fc.constantFrom(...OWNERS), { nil: null }),
  source: fc.option(fc.constantFrom("webinar", "ads", "referral"), { nil: undefined }),
  campaign: fc.option(fc.constantFrom("cmp-a", "cmp-b"), { nil: undefined }),
  region: fc.option(fc.constantFrom("emea", "apac"), { nil: undefined }),
  steps: fc.array(fc.integer({ min: 0, max: 20 * DAY }), { maxLength: 4 }),
  touchAfter: fc.option(fc.integer({ min: 0, max: 3 * DAY }), { nil: null }),
});

const dataArb = fc.record({
  deals: fc.array(dealArb, { maxLength: 14 }),
  activities: fc.array(activityArb, { maxLength: 20 }),
  leads: fc.array(leadArb, { maxLength: 8 }),
});

type Generated = typeof dataArb extends fc.Arbitrary<infer T> ? T : never;

/** Builds the generated company in memory: the entities, and the lead facts core is meant to see. */
const build = (g: Generated, run: number) => {
  const deals: Deal[] = g.deals.map((d, i) => {
    const outcome = STAGES.find((s) => s.id === d.stage)?.outcome;
    const closedAt = outcome === "open" ? null : new Date(d.created.getTime() + d.closesAfter);
    return aDeal({
      id: `deal-${run}-${i}`,
      accountId: "acct-kpi",
      ownerId: d.owner,
      stage: d.stage,
      amount: { amountMinor: d.amount, currency: d.currency },
      createdAt: d.created,
      closedAt,
      stageHistory: d.moves
        .map((m) => ({ stage: m.stage, at: new Date(d.created.getTime() + m.after), by: d.owner }))
        .sort((a, b) => a.at.getTime() - b.at.getTime()),
    });
  });
  const activities: Activity[] = g.activities.map((a, i) =>
    anActivity({
      id: `act-${run}-${i}`,
      kind: a.kind,
      actorId: a.actor,
      occurredAt: a.at,
      accountId: "acct-kpi",
      dealId:
        a.deal === null || deals.length === 0 ? null : (deals[a.deal % deals.length]?.id ?? null),
      private: a.private,
    }),
  );
  const leads = g.leads.map((l, i) => {
    const lead = aLead({
      id: `lead-${run}-${i}`,
      createdAt: l.created,
      ownerId: l.owner,
      source: l.source,
      campaignId: l.campaign,
      region: l.region,
    });
    let at = l.created.getTime();
    const moves = l.steps.slice(0, FUNNEL.length).map((step, s) => {
      at += step;
      return { stage: FUNNEL[s] as (typeof FUNNEL)[number], at: new Date(at) };
    });
    const touchAt = l.touchAfter === null ? null : new Date(l.created.getTime() + l.touchAfter);
    const touch =
      touchAt === null
        ? []
        : [
            anActivity({
              id: `touch-${run}-${i}`,
              kind: "call",
              actorId: l.owner ?? "user-mona",
              occurredAt: touchAt,
              accountId: null,
              leadId: lead.id,
            }),
          ];
    const reached = (stage: (typeof FUNNEL)[number]) =>
      moves.find((m) => m.stage === stage)?.at ?? null;
    const fact: LeadFact = {
      id: lead.id,
      source: l.source ?? null,
      campaignId: l.campaign ?? null,
      ownerId: l.owner,
      region: l.region ?? null,
      createdAt: l.created,
      mqlAt: reached("mql"),
      sqlAt: reached("sql"),
      opportunityAt: reached("opportunity"),
      customerAt: reached("customer"),
      firstTouchAt: touchAt,
      dealId: null,
    };
    return { lead, moves, touch, fact };
  });
  return { deals, activities, leads };
};

const store = async (crm: TestCrm, built: ReturnType<typeof build>) => {
  await insertAccounts(crm, anAccount({ id: "acct-kpi", name: "KPI Test Ltd" }));
  await insertDeals(crm, ...built.deals);
  await insertActivities(crm, ...built.activities, ...built.leads.flatMap((l) => l.touch));
  for (const l of built.leads) await insertLead(crm, l.lead, l.moves);
};

const clear = async (crm: TestCrm) => {
  const db = crm.context.store.db;
  for (const table of [
    "activities",
    "deal_stage_history",
    "deals",
    "leads",
    "history",
    "accounts",
  ] as const)
    await db.deleteFrom(table).execute();
};

/** What core computes over the company in memory: every row, private notes left out. */
const expectedSnapshot = (
  built: ReturnType<typeof build>,
  quotas: readonly RepQuota[],
  owners: ReadonlySet<string> | null = null,
) => {
  const mine = (id: string | null) => owners === null || (id !== null && owners.has(id));
  return coreKpiSnapshot(
    {
      deals: built.deals.filter((d) => mine(d.ownerId)),
      activities: [...built.activities, ...built.leads.flatMap((l) => l.touch)].filter(
        (a) => !a.private && mine(a.actorId),
      ),
      leads: built.leads.map((l) => l.fact).filter((f) => mine(f.ownerId ?? null)),
      users: USERS.filter((u) => mine(u.id)),
      teams: TEAMS,
      quotas: quotas.filter((q) => mine(q.userId)),
      asOf: AS_OF,
    },
    MARCH,
    FEBRUARY,
    config,
  );
};

describe.each(testDrivers())("KPIs from stored data on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { clock: testClock(AS_OF) });
  });
  afterEach(async () => {
    await crm.close();
  });

  describe("a KPI snapshot", () => {
    it("equals core's snapshot of the same company built in memory: the store adds nothing, loses nothing", async () => {
      const quotas: RepQuota[] = [];
      for (const [actor, userId, period] of [
        [MIA, "user-ada", { start: "2026-03-01", end: "2026-04-01" }],
        [MIA, "user-bob", "this_quarter"],
        [MIA, "user-bob", { start: "2026-02-01", end: "2026-03-01" }],
      ] as const) {
        const set = await crm.setQuota(actor, {
          userId,
          period,
          amount: { amountMinor: 4_000_000, currency: "EUR" },
        });
        if (!set.ok) throw new Error(set.error.message);
        quotas.push(set.value);
      }
      let run = 0;
      await fc.assert(
        fc.asyncProperty(dataArb, async (generated) => {
          run++;
          await clear(crm);
          const built = build(generated, run);
          await store(crm, built);
          const stored = await crm.kpiSnapshot(LEO, {
            period: { start: "2026-03-01", end: "2026-04-01" },
            scope: "company",
          });
          expect(stored).toEqual({
            ok: true,
            value: {
              scope: "company",
              snapshot: (expectedSnapshot(built, quotas) as { value: unknown }).value,
            },
          });
        }),
        { numRuns: 25 },
      );
    });

    it("compares a named calendar period with the one before it on the viewer's calendar", async () => {
      const clock = testClock(T("2026-03-31T17:00:00Z")); // already 1 April in Shanghai
      const eveCrm = await openTestCrm(driver, { clock });
      try {
        const result = await eveCrm.kpiSnapshot(EVE, { period: "this_month" });
        expect(result.ok && result.value.snapshot.period).toEqual({
          start: T("2026-03-31T16:00:00Z"),
          end: T("2026-04-30T16:00:00Z"),
          timeZone: "Asia/Shanghai",
        });
        expect(result.ok && result.value.snapshot.previousPeriod.start).toEqual(
          T("2026-02-28T16:00:00Z"),
        );
      } finally {
        await eveCrm.close();
      }
    });

    it("compares a custom stretch of days with as many days just before it", async () => {
      const result = await crm.kpiSnapshot(LEO, {
        period: { start: "2026-03-10T00:00:00Z", end: "2026-03-17T00:00:00Z" },
      });
      expect(result.ok && result.value.snapshot.previousPeriod).toMatchObject({
        start: T("2026-03-03T00:00:00Z"),
        end: T("2026-03-10T00:00:00Z"),
      });
    });

    it("refuses a period that ends before it starts", async () => {
      const result = await crm.kpiSnapshot(LEO, {
        period: { start: "2026-04-01", end: "2026-03-01" },
      });
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      expect(await crm.kpiSnapshot(LEO, { period: "next_century" as never })).toMatchObject({
        ok: false,
        error: { code: "invalid_input" },
      });
    });
  });

  describe("quotas", () => {
    const march = { start: "2026-03-01", end: "2026-04-01" };
    const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });

    it("lets a rep's manager set it, and a second one for the period replaces the first", async () => {
      await crm.setQuota(MIA, { userId: "user-ada", period: march, amount: eur(1_000_000) });
      await crm.setQuota(MIA, { userId: "user-ada", period: march, amount: eur(2_000_000) });
      const result = await crm.kpiSnapshot(ADA, { period: march });
      expect(
        result.ok && result.value.snapshot.sales.quota_attainment.current.counts,
      ).toMatchObject({
        quotaMinor: 2_000_000,
      });
    });

    it("refuses a rep who sets a colleague's quota", async () => {
      const result = await crm.setQuota(ADA, {
        userId: "user-bob",
        period: march,
        amount: eur(1),
      });
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(
        await crm.setQuota(MIA, { userId: "user-nobody", period: march, amount: eur(1) }),
      ).toMatchObject({ ok: false, error: { code: "not_found" } });
    });
  });

  describe("whose numbers a snapshot counts", () => {
    const won = (id: string, ownerId: string, amountMinor: number) =>
      aDeal({
        id,
        accountId: "acct-kpi",
        ownerId,
        stage: "closed_won",
        amount: { amountMinor, currency: "EUR" },
        createdAt: T("2026-03-02T09:00:00Z"),
        closedAt: T("2026-03-20T09:00:00Z"),
      });
    beforeEach(async () => {
      await insertAccounts(crm, anAccount({ id: "acct-kpi", name: "KPI Test Ltd" }));
      await insertDeals(
        crm,
        won("deal-ada", "user-ada", 1_000_000),
        won("deal-bob", "user-bob", 2_000_000),
        won("deal-eve", "user-eve", 4_000_000),
      );
    });
    const booked = async (actor: { userId: string }, scope?: "me" | "team" | "company") => {
      const result = await crm.kpiSnapshot(actor, {
        period: { start: "2026-03-01", end: "2026-04-01" },
        ...(scope ? { scope } : {}),
      });
      if (!result.ok) throw new Error(result.error.message);
      return [result.value.scope, result.value.snapshot.sales.won_amount.current.value];
    };

    it("gives a rep their own numbers unless they ask for their team's", async () => {
      expect(await booked(ADA)).toEqual(["me", 1_000_000]);
      expect(await booked(ADA, "team")).toEqual(["team", 3_000_000]);
    });

    it("does not show a rep another team's numbers", async () => {
      expect(await booked(EVE, "team")).toEqual(["team", 4_000_000]);
      expect(await booked(BOB, "team")).toEqual(["team", 3_000_000]);
    });

    it("refuses a rep the whole company's numbers, saying which scopes they may ask for", async () => {
      const result = await crm.kpiSnapshot(ADA, { period: "this_month", scope: "company" });
      expect(result).toMatchObject({
        ok: false,
        error: { code: "forbidden", details: { allowed: ["me", "team"] } },
      });
    });

    it("gives a manager every team they manage, and leadership the company", async () => {
      expect(await booked(MIA)).toEqual(["team", 7_000_000]);
      expect(await booked(LEO)).toEqual(["company", 7_000_000]);
    });

    it("matches core's numbers over the same team's rows alone", async () => {
      const result = await crm.kpiSnapshot(ADA, {
        period: { start: "2026-03-01", end: "2026-04-01" },
        scope: "team",
      });
      const team = new Set(["user-ada", "user-bob", "user-mia", "user-gone"]);
      const expected = coreKpiSnapshot(
        {
          deals: [won("deal-ada", "user-ada", 1_000_000), won("deal-bob", "user-bob", 2_000_000)],
          activities: [],
          leads: [],
          users: USERS.filter((u) => team.has(u.id)),
          teams: TEAMS,
          asOf: AS_OF,
        },
        MARCH,
        FEBRUARY,
        config,
      );
      expect(result.ok && result.value.snapshot).toEqual(expected.ok && expected.value);
    });
  });
});
