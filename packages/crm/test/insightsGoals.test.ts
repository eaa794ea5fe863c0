import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADA, EVE, LEO, MIA, openTestCrm, testClock } from "./crmTestKit";
import { aDeal, anAccount, countRows, insertAccounts, insertDeals, T } from "./insightsFixtures";

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

/** Day 45 of Q1 2026's 90 days, in UTC. */
const MID_Q1 = T("2026-02-15T00:00:00Z");

const won = (id: string, ownerId: string, amountMinor: number, closedAt: string) =>
  aDeal({
    id,
    accountId: "acct-goals",
    ownerId,
    stage: "closed_won",
    amount: { amountMinor, currency: "EUR" },
    createdAt: T("2025-10-01T09:00:00Z"),
    closedAt: T(closedAt),
  });

describe.each(testDrivers())("team goals on $name", (driver) => {
  let crm: TestCrm;
  beforeEach(async () => {
    crm = await openTestCrm(driver, { clock: testClock(MID_Q1) });
    await insertAccounts(crm, anAccount({ id: "acct-goals", name: "Goals Ltd" }));
    await insertDeals(
      crm,
      won("deal-ada", "user-ada", 3_000_000, "2026-01-20T10:00:00Z"),
      won("deal-eve", "user-eve", 2_000_000, "2026-02-10T10:00:00Z"),
      won("deal-bob", "user-bob", 1_000_000, "2025-11-10T10:00:00Z"),
      won("deal-mona", "user-mona", 9_000_000, "2026-02-01T10:00:00Z"),
    );
  });
  afterEach(async () => {
    await crm.close();
  });

  const q1 = { year: 2026, quarter: "Q1" } as const;

  it("lets a manager set their team's goal, and says when a team has too few", async () => {
    const set = await crm.setGoal(MIA, {
      teamId: "team-sales",
      ...q1,
      kpi: "won_amount",
      target: { kind: "value", value: 10_000_000 },
    });
    expect(set).toMatchObject({
      ok: true,
      value: {
        goal: { teamId: "team-sales", kpi: "won_amount", measure: "cumulative", timeZone: "UTC" },
        notices: [{ kind: "too_few_goals", severity: "note" }],
      },
    });
    const history = await crm.context.store.db
      .selectFrom("history")
      .select(["field", "actor_id"])
      .where("entity_type", "=", "goal")
      .execute();
    expect(history).toContainEqual({ field: "target", actor_id: "user-mia" });
  });

  it("replaces a team's goal on the same KPI rather than keeping two", async () => {
    const goal = { teamId: "team-sales", ...q1, kpi: "deals_won" as const };
    await crm.setGoal(MIA, { ...goal, target: { kind: "value", value: 5 } });
    const again = await crm.setGoal(MIA, { ...goal, target: { kind: "value", value: 8 } });
    const progress = await crm.goalProgress(MIA, { period: q1 });
    expect(progress.ok && progress.value.goals.map((g) => g.goal.target)).toEqual([
      { kind: "value", value: 8 },
    ]);
    expect(again.ok && again.value.goal.id).toBe(progress.ok && progress.value.goals[0]?.goal.id);
  });

  it("refuses a rep who sets their team's goal, and writes nothing", async () => {
    const before = await countRows(crm, "history");
    const set = await crm.setGoal(ADA, {
      teamId: "team-sales",
      ...q1,
      kpi: "won_amount",
      target: { kind: "value", value: 1 },
    });
    expect(set).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await countRows(crm, "history")).toBe(before);
  });

  describe("progress", () => {
    beforeEach(async () => {
      for (const goal of [
        { kpi: "won_amount" as const, target: { kind: "value" as const, value: 10_000_000 } },
        { kpi: "deals_won" as const, target: { kind: "improvement" as const, percent: 50 } },
        {
          kpi: "speed_to_lead_median_minutes" as const,
          target: { kind: "value" as const, value: 15 },
        },
      ]) {
        const set = await crm.setGoal(MIA, { teamId: "team-sales", ...q1, ...goal });
        if (!set.ok) throw new Error(set.error.message);
      }
    });

    it("paces bookings of the team and the teams below it against the target", async () => {
      const result = await crm.goalProgress(MIA, { period: q1 });
      const bookings = result.ok
        ? result.value.goals.find((g) => g.goal.kpi === "won_amount")
        : null;
      // Ada 3 M + Eve 2 M (Sales East is below Sales) in 45 of 90 days: 10 M projected.
      expect(bookings?.pace).toMatchObject({
        current: 5_000_000,
        elapsedDays: 45,
        projected: { value: 10_000_000 },
        status: "on_track",
      });
    });

    it("reads a % improvement against the team's value last quarter", async () => {
      const result = await crm.goalProgress(MIA, { period: q1 });
      const wins = result.ok ? result.value.goals.find((g) => g.goal.kpi === "deals_won") : null;
      expect(wins?.pace).toMatchObject({ current: 2, target: { value: 1.5 }, status: "achieved" });
    });

    it("says why a goal has no pace when its KPI has no value yet", async () => {
      const result = await crm.goalProgress(MIA, { period: q1 });
      const speed = result.ok
        ? result.value.goals.find((g) => g.goal.kpi === "speed_to_lead_median_minutes")
        : null;
      expect(speed?.pace).toBeNull();
      expect(speed?.reason).toMatch(/no value for Q1 2026/);
    });

    it("paces a new team with nobody in it yet from zero", async () => {
      await crm.upsertTeams([{ id: "team-apac", name: "Sales APAC", function: "sales" }]);
      const set = await crm.setGoal(LEO, {
        teamId: "team-apac",
        ...q1,
        kpi: "deals_won",
        target: { kind: "value", value: 3 },
      });
      expect(set.ok).toBe(true);
      const result = await crm.goalProgress(LEO, { period: q1, teamId: "team-apac" });
      expect(result.ok && result.value.goals.map((g) => [g.goal.kpi, g.pace?.current])).toEqual([
        ["deals_won", 0],
      ]);
    });

    it("shows leadership every team's goals, and a rep of another team none of them", async () => {
      const leo = await crm.goalProgress(LEO, { period: "this_quarter" });
      expect(leo.ok && leo.value.goals).toHaveLength(3);
      const eve = await crm.goalProgress(EVE);
      expect(eve).toMatchObject({ ok: true, value: { year: 2026, quarter: "Q1", goals: [] } });
      const asked = await crm.goalProgress(EVE, { teamId: "team-sales" });
      expect(asked).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });
  });
});
