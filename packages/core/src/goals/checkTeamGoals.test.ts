import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aGoal, anythingOr, isResultShaped, someMalformedConfigs } from "../../test/builders";
import { Config, defaultConfig } from "../index";
import { checkTeamGoals } from "./checkTeamGoals";

const config = defaultConfig();
const q2 = { year: 2026, quarter: "Q2" as const };
const goals = (n: number, over = {}) =>
  Array.from({ length: n }, (_, i) =>
    aGoal({ id: `goal-${i + 1}`, kpi: `kpi ${i + 1}`, ...q2, ...over }),
  );

describe("checking a team's goals", () => {
  it("gently warns a team with more than three goals in a quarter", () => {
    expect(checkTeamGoals(goals(4), config)).toEqual({
      ok: true,
      value: [
        {
          kind: "too_many_goals",
          severity: "warning",
          teamId: "team-sales",
          year: 2026,
          quarter: "Q2",
          goalIds: ["goal-1", "goal-2", "goal-3", "goal-4"],
          message:
            "Team team-sales has 4 goals for Q2 2026; 2 to 3 keeps the team focused — consider dropping 1.",
        },
      ],
    });
  });

  it("notes a team with a single goal", () => {
    const result = checkTeamGoals(goals(1), config);
    expect(result.ok && result.value.map((n) => [n.kind, n.severity, n.message])).toEqual([
      [
        "too_few_goals",
        "note",
        "Team team-sales has 1 goal for Q2 2026; teams usually track 2 to 3.",
      ],
    ]);
  });

  it("has nothing to say about two or three goals", () => {
    expect(checkTeamGoals(goals(2), config)).toEqual({ ok: true, value: [] });
    expect(checkTeamGoals(goals(3), config)).toEqual({ ok: true, value: [] });
  });

  it("looks at each team and quarter on its own, in a stable order", () => {
    const result = checkTeamGoals(
      [
        ...goals(2),
        aGoal({ id: "goal-q3", year: 2026, quarter: "Q3" }),
        aGoal({ id: "goal-svc", teamId: "team-service", ...q2 }),
      ],
      config,
    );
    expect(result.ok && result.value.map((n) => [n.teamId, n.quarter, n.kind])).toEqual([
      ["team-sales", "Q3", "too_few_goals"],
      ["team-service", "Q2", "too_few_goals"],
    ]);
  });

  it("warns about the same KPI set twice, whatever its case", () => {
    const result = checkTeamGoals(
      [aGoal({ id: "a", kpi: "Win rate", ...q2 }), aGoal({ id: "b", kpi: "win rate", ...q2 })],
      config,
    );
    expect(result.ok && result.value.map((n) => [n.kind, n.goalIds])).toEqual([
      ["duplicate_kpi", ["a", "b"]],
    ]);
  });

  it("follows the company's limits", () => {
    const loose = Config.parse({ goals: { maxGoalsPerTeam: 5, minGoalsPerTeam: 1 } });
    expect(checkTeamGoals(goals(5), loose)).toEqual({ ok: true, value: [] });
    expect(checkTeamGoals(goals(1), loose)).toEqual({ ok: true, value: [] });
    const exact = Config.parse({ goals: { maxGoalsPerTeam: 3, minGoalsPerTeam: 3 } });
    const result = checkTeamGoals(goals(2), exact);
    expect(result.ok && result.value[0]?.message).toBe(
      "Team team-sales has 2 goals for Q2 2026; teams usually track 3.",
    );
  });

  it("refuses duplicate goal ids, a bad goal or a bad configuration with invalid_input", () => {
    const code = (r: ReturnType<typeof checkTeamGoals>) => (r.ok ? "ok" : r.error.code);
    expect(code(checkTeamGoals([aGoal({ id: "x" }), aGoal({ id: "x" })], config))).toBe(
      "invalid_input",
    );
    expect(code(checkTeamGoals([aGoal({ kpi: " " })], config))).toBe("invalid_input");
    for (const bad of someMalformedConfigs())
      expect(code(checkTeamGoals([], bad as Config))).toBe("invalid_input");
  });

  it("never refuses a valid set of goals, however many, and never throws", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), (n) => checkTeamGoals(goals(n), config).ok),
    );
    fc.assert(
      fc.property(anythingOr(goals(2)), anythingOr(config), (gs, cfg) =>
        isResultShaped(checkTeamGoals(gs as never, cfg as Config)),
      ),
    );
  });
});
