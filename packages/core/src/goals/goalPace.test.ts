import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aGoal, anythingOr, isResultShaped, someMalformedConfigs } from "../../test/builders";
import { Config, defaultConfig, type GoalInput } from "../index";
import { type GoalPace, goalPace } from "./goalPace";

const config = defaultConfig();
/** Midnight UTC at the end of day 30 of Q1 2026 (a 90-day quarter). */
const day30 = new Date("2026-01-31T00:00:00Z");
const afterQ1 = new Date("2026-04-05T00:00:00Z");

const paceOf = (goal: GoalInput, current: number, asOf = day30, previous?: number): GoalPace => {
  const result = goalPace(
    { goal, current, asOf, ...(previous === undefined ? {} : { previous }) },
    config,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("goal pace", () => {
  it("projects a running total to the quarter's end and says what is needed per day", () => {
    // 400 in 30 of 90 days: 400 ÷ 30 × 90 = 1,200; (900 − 400) ÷ 60 days ≈ 8.33 a day
    const pace = paceOf(aGoal({ id: "goal-bookings" }), 400);
    expect(pace).toMatchObject({
      goalId: "goal-bookings",
      teamId: "team-sales",
      kpi: "bookings",
      quarter: {
        start: new Date("2026-01-01T00:00:00Z"),
        end: new Date("2026-04-01T00:00:00Z"),
        days: 90,
      },
      elapsedDays: 30,
      remainingDays: 60,
      target: { value: 900 },
      projected: { value: 1200 },
      status: "on_track",
      explanation: "bookings is projected at 1,200 against a target of 900: on track.",
    });
    expect(pace.requiredPerDay.value).toBeCloseTo(8.333, 3);
  });

  it("is at risk within 10% short of the target, and behind beyond it", () => {
    // 270 → 810 projected, 90 (10%) short; 260 → 780, 120 short
    expect(paceOf(aGoal(), 270).status).toBe("at_risk");
    expect(paceOf(aGoal(), 270).explanation).toBe(
      "bookings is projected at 810 against a target of 900, within 10% of it: at risk.",
    );
    expect(paceOf(aGoal(), 260).status).toBe("behind");
  });

  it("follows the company's at-risk margin", () => {
    const strict = Config.parse({ goals: { atRiskWithinPercent: 5 } });
    const result = goalPace({ goal: aGoal(), current: 270, asOf: day30 }, strict);
    expect(result.ok && result.value.status).toBe("behind");
  });

  it("is achieved once a running total reaches the target, with nothing more needed", () => {
    const pace = paceOf(aGoal(), 900);
    expect(pace.status).toBe("achieved");
    expect(pace.requiredPerDay).toEqual({ value: 0 });
  });

  it("resolves a % improvement on last quarter: previous × (1 + p)", () => {
    const goal = aGoal({ target: { kind: "improvement", percent: 10 } });
    expect(paceOf(goal, 400, day30, 800).target).toEqual({ value: 880 });
  });

  it("improves a lower-is-better KPI downwards: previous × (1 − p)", () => {
    const goal = aGoal({
      kpi: "churn rate",
      lowerIsBetter: true,
      measure: "rate",
      target: { kind: "improvement", percent: 20 },
    });
    expect(paceOf(goal, 4.5, day30, 5).target).toEqual({ value: 4 });
  });

  it("improves a negative value towards better, not worse", () => {
    const goal = aGoal({
      kpi: "growth rate",
      measure: "rate",
      target: { kind: "improvement", percent: 10 },
    });
    expect(paceOf(goal, -95, day30, -100).target).toEqual({ value: -90 });
  });

  it("has no target, and no status, for a % goal without last quarter's value", () => {
    const pace = paceOf(aGoal({ target: { kind: "improvement", percent: 10 } }), 400);
    expect(pace.target).toEqual({
      value: null,
      reason:
        "the goal is a 10% improvement on last quarter, and last quarter's bookings was not given",
    });
    expect(pace.status).toBeNull();
    expect(pace.requiredPerDay.value).toBeNull();
    expect(pace.explanation).toBe(
      "No status for bookings in Q1 2026: the goal is a 10% improvement on last quarter, and last quarter's bookings was not given.",
    );
  });

  it("has no target for a % improvement on zero", () => {
    const pace = paceOf(aGoal({ target: { kind: "improvement", percent: 10 } }), 400, day30, 0);
    expect(pace.target.reason).toContain("was 0");
  });

  describe("for a lower-is-better rate such as CAC", () => {
    const cac = aGoal({
      kpi: "CAC",
      lowerIsBetter: true,
      measure: "rate",
      target: { kind: "value", value: 500 },
    });

    it("takes the current value as the projection and adds nothing per day", () => {
      const pace = paceOf(cac, 450);
      expect(pace.projected).toEqual({ value: 450 });
      expect(pace.requiredPerDay).toEqual({
        value: null,
        reason: "CAC is a rate, not a running total, so nothing is added per day",
      });
    });

    it("is on track, not yet achieved, while under the target mid-quarter", () => {
      expect(paceOf(cac, 450).status).toBe("on_track");
    });

    it("is at risk up to 10% over the target and behind beyond", () => {
      expect(paceOf(cac, 540).status).toBe("at_risk");
      expect(paceOf(cac, 600).status).toBe("behind");
    });

    it("is achieved, or missed, when the quarter is over", () => {
      expect(paceOf(cac, 450, afterQ1).status).toBe("achieved");
      expect(paceOf(cac, 520, afterQ1).status).toBe("behind");
    });
  });

  describe("for a lower-is-better running total such as churned customers", () => {
    const churn = aGoal({
      kpi: "churned customers",
      lowerIsBetter: true,
      target: { kind: "value", value: 6 },
    });

    it("is behind when the pace would end over the limit", () => {
      // 3 in 30 days → 9 by the quarter's end, 3 over a limit of 6
      expect(paceOf(churn, 3).status).toBe("behind");
    });

    it("is on track, not achieved, while the pace stays under the limit, with a daily allowance", () => {
      const pace = paceOf(churn, 2);
      expect(pace.status).toBe("on_track");
      // (6 − 2) ÷ 60 remaining days
      expect(pace.requiredPerDay.value).toBeCloseTo(0.0667, 4);
    });
  });

  it("reports the final value, and no daily need, once the quarter is over", () => {
    const pace = paceOf(aGoal(), 850, afterQ1);
    expect(pace).toMatchObject({
      elapsedDays: 90,
      remainingDays: 0,
      projected: { value: 850 },
      requiredPerDay: { value: null, reason: "the quarter is over, so no days remain" },
      status: "behind",
      explanation: "Q1 2026 ended with bookings at 850 against a target of 900: missed.",
    });
  });

  it("does not project before the quarter starts, and nothing is behind yet", () => {
    const pace = paceOf(aGoal(), 0, new Date("2025-12-15T00:00:00Z"));
    expect(pace).toMatchObject({
      elapsedDays: 0,
      remainingDays: 90,
      projected: {
        value: null,
        reason: "the quarter has not started yet, so there is no pace to project",
      },
      requiredPerDay: { value: 10 },
      status: "on_track",
    });
  });

  it("places the quarter in the team's time zone", () => {
    const shanghai = paceOf(aGoal({ quarter: "Q2", timeZone: "Asia/Shanghai" }), 0);
    expect(shanghai.quarter).toEqual({
      start: new Date("2026-03-31T16:00:00Z"),
      end: new Date("2026-06-30T16:00:00Z"),
      days: 91,
    });
    expect(paceOf(aGoal({ quarter: "Q4" }), 0).quarter.end).toEqual(
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(paceOf(aGoal({ quarter: "Q4" }), 0).quarter.days).toBe(92);
  });

  it("counts elapsed days on the local calendar across a DST change", () => {
    // midnight on 30 March in Berlin is 88 days into Q1, though clocks jumped an hour on 29 March
    const pace = paceOf(
      aGoal({ timeZone: "Europe/Berlin" }),
      880,
      new Date("2026-03-29T22:00:00Z"),
    );
    expect(pace.quarter.days).toBe(90);
    expect(pace.elapsedDays).toBe(88);
    expect(pace.projected).toEqual({ value: 900 });
  });

  it("refuses a goal, value or configuration that is not valid with invalid_input", () => {
    const code = (input: unknown, cfg: unknown) => {
      const result = goalPace(input as never, cfg as Config);
      return result.ok ? "ok" : result.error.code;
    };
    const goal = aGoal();
    expect(
      code(
        {
          goal: aGoal({ lowerIsBetter: true, target: { kind: "improvement", percent: 150 } }),
          current: 1,
          asOf: day30,
        },
        config,
      ),
    ).toBe("invalid_input");
    expect(code({ goal: { ...goal, quarter: "Q5" }, current: 1, asOf: day30 }, config)).toBe(
      "invalid_input",
    );
    expect(
      code({ goal: { ...goal, timeZone: "Moon/Base" }, current: 1, asOf: day30 }, config),
    ).toBe("invalid_input");
    expect(code({ goal, current: Number.NaN, asOf: day30 }, config)).toBe("invalid_input");
    for (const bad of someMalformedConfigs())
      expect(code({ goal, current: 1, asOf: day30 }, bad)).toBe("invalid_input");
  });

  const anyPaceCase = fc.record({
    lowerIsBetter: fc.boolean(),
    measure: fc.constantFrom("cumulative" as const, "rate" as const),
    target: fc.oneof(
      fc.record({
        kind: fc.constant("value" as const),
        value: fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant("improvement" as const),
        percent: fc.double({ min: 0.01, max: 100, noNaN: true }),
      }),
    ),
    current: fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    previous: fc.option(fc.double({ min: -1e15, max: 1e15, noNaN: true }), { nil: undefined }),
    asOf: fc.date({
      min: new Date("2025-12-01T00:00:00Z"),
      max: new Date("2026-05-01T00:00:00Z"),
      noInvalidDate: true,
    }),
    timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"),
  });

  it("never gives NaN or Infinity in any figure", () => {
    fc.assert(
      fc.property(anyPaceCase, (c) => {
        const result = goalPace(
          {
            goal: aGoal({
              lowerIsBetter: c.lowerIsBetter,
              measure: c.measure,
              target: c.target,
              timeZone: c.timeZone,
            }),
            current: c.current,
            asOf: c.asOf,
            ...(c.previous === undefined ? {} : { previous: c.previous }),
          },
          config,
        );
        if (!result.ok) return false;
        const p = result.value;
        const figures = [p.target.value, p.projected.value, p.requiredPerDay.value].filter(
          (v) => v !== null,
        );
        return [...figures, p.elapsedDays, p.remainingDays, p.current].every(Number.isFinite);
      }),
    );
  });

  it("is achieved exactly when the current value meets the target for good", () => {
    // for good: a higher-is-better running total, or any goal once the quarter is over
    fc.assert(
      fc.property(anyPaceCase, (c) => {
        const result = goalPace(
          {
            goal: aGoal({ lowerIsBetter: c.lowerIsBetter, measure: c.measure, target: c.target }),
            current: c.current,
            asOf: c.asOf,
            ...(c.previous === undefined ? {} : { previous: c.previous }),
          },
          config,
        );
        if (!result.ok) return false;
        const { target, status, current } = result.value;
        if (target.value === null) return status === null;
        const meets = c.lowerIsBetter ? current <= target.value : current >= target.value;
        const over = c.asOf.getTime() >= Date.parse("2026-04-01T00:00:00Z");
        const forGood = over || (c.measure === "cumulative" && !c.lowerIsBetter);
        return (status === "achieved") === (meets && forGood);
      }),
    );
  });

  it("never throws, whatever it is handed", () => {
    fc.assert(
      fc.property(
        anythingOr(aGoal()),
        anythingOr(400),
        anythingOr(day30),
        anythingOr(config),
        (goal, current, asOf, cfg) =>
          isResultShaped(goalPace({ goal, current, asOf } as never, cfg as Config)),
      ),
    );
  });
});
