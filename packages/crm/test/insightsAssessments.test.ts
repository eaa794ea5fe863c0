import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storedAssessments } from "../src";
import { ADA, EVE, FAY, LEO, MIA, MONA, openTestCrm, SUE, testClock } from "./crmTestKit";
import { aDeal, anAccount, countRows, insertAccounts, insertDeals, T } from "./insightsFixtures";

type TestCrm = Awaited<ReturnType<typeof openTestCrm>>;

describe.each(testDrivers())("assessments on $name", (driver) => {
  let crm: TestCrm;
  const clock = testClock(T("2026-03-10T09:00:00Z"));
  beforeEach(async () => {
    clock.set(T("2026-03-10T09:00:00Z"));
    crm = await openTestCrm(driver, { clock });
    // Acme was won and handed to service; Ada, who sold it, keeps read access.
    await insertAccounts(
      crm,
      anAccount({
        id: "acct-acme",
        name: "Acme GmbH",
        lifecycleStage: "customer",
        ownerId: "user-sue",
        teamId: "team-service",
        previousOwnerIds: ["user-ada"],
      }),
    );
    await insertDeals(
      crm,
      aDeal({
        id: "deal-upsell",
        name: "Acme upsell",
        accountId: "acct-acme",
        ownerId: "user-eve",
      }),
    );
    const judgements = [
      [ADA, { kind: "account", id: "acct-acme" }, "customer_grade", "A"],
      [SUE, { kind: "account", id: "acct-acme" }, "customer_grade", "B"],
      [EVE, { kind: "deal", id: "deal-upsell" }, "intent_to_buy", 70],
    ] as const;
    for (const [actor, record, kind, value] of judgements) {
      const recorded = await crm.recordAssessment(actor, { record, kind, value });
      if (!recorded.ok) throw new Error(recorded.error.message);
      clock.advance(60_000);
    }
  });
  afterEach(async () => {
    await crm.close();
  });

  const seen = async (actor: { userId: string }) => {
    const result = await crm.assessmentsOf(actor, { account: "acme gmbh" });
    return result.ok
      ? result.value.assessments.map((a) => [a.record.kind, a.kind, a.resolution.value])
      : result.error.code;
  };

  it("keeps conflicting judgements of two teams side by side and resolves them by the configured rule", async () => {
    const result = await crm.assessmentsOf(LEO, { account: "acct-acme" });
    const grade = result.ok
      ? result.value.assessments.find((a) => a.kind === "customer_grade")
      : undefined;
    expect(grade?.resolution).toMatchObject({ value: "B", rule: "owner_team_wins" });
    expect(
      grade?.resolution.recorded.map((r) => [r.assessment.team, r.assessment.value, r.counted]),
    ).toEqual([
      ["service", "B", true],
      ["sales", "A", false],
    ]);
  });

  it("keeps every judgement of a record for the account summary to show", async () => {
    const stored = await storedAssessments(crm.context.store.db, "account", "acct-acme");
    expect(stored.map((a) => [a.authorId, a.value])).toEqual([
      ["user-ada", "A"],
      ["user-sue", "B"],
    ]);
  });

  it("shows each role only the judgements of records it may read", async () => {
    expect(await seen(ADA)).toEqual([["account", "customer_grade", "B"]]);
    expect(await seen(FAY)).toEqual([
      ["account", "customer_grade", "B"],
      ["deal", "intent_to_buy", 70],
    ]);
    expect(await seen(LEO)).toEqual(await seen(FAY));
    expect(await seen(MIA)).toBe("forbidden");
    expect(await seen(MONA)).toBe("forbidden");
  });

  it("records a judgement as the author's team, with an event saying the current value moved", async () => {
    const recorded = await crm.recordAssessment(SUE, {
      record: { kind: "account", id: "acct-acme" },
      kind: "customer_grade",
      value: "C",
      note: "two escalations this month",
    });
    expect(recorded).toMatchObject({
      ok: true,
      value: { assessment: { team: "service", authorId: "user-sue" }, resolution: { value: "C" } },
    });
    const event = await crm.context.store.db
      .selectFrom("outbox")
      .select("payload")
      .where("event_type", "=", "assessment_recorded")
      .orderBy("id", "desc")
      .executeTakeFirst();
    expect(event?.payload).toMatchObject({ previousValue: "B", currentValue: "C", changed: true });
  });

  it("refuses a judgement off the kind's scale, or of a record the author cannot see, writing nothing", async () => {
    const before = await countRows(crm, "assessments");
    expect(
      await crm.recordAssessment(SUE, {
        record: { kind: "account", id: "acct-acme" },
        kind: "customer_grade",
        value: "Z",
      }),
    ).toMatchObject({ ok: false, error: { code: "value_off_scale" } });
    expect(
      await crm.recordAssessment(MONA, {
        record: { kind: "account", id: "acct-acme" },
        kind: "customer_grade",
        value: "A",
      }),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(
      await crm.recordAssessment(SUE, {
        record: { kind: "lead", id: "lead-none" },
        kind: "intent_to_buy",
        value: 5,
      }),
    ).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await countRows(crm, "assessments")).toBe(before);
  });

  it("says which accounts it means when a name is not unique", async () => {
    await insertAccounts(crm, anAccount({ id: "acct-acme-2", name: "ACME GmbH" }));
    expect(await crm.assessmentsOf(LEO, { account: "Acme GmbH" })).toMatchObject({
      ok: false,
      error: {
        code: "ambiguous",
        details: { candidates: [{ id: "acct-acme-2" }, { id: "acct-acme" }] },
      },
    });
  });
});
