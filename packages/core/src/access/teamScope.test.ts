import { describe, expect, it } from "vitest";
import { aTeam, aUser } from "../../test/builders";
import { teamIdsInScope } from "./teamScope";

const emea = aTeam({ id: "team-emea", managerId: "user-maria" });
const dach = aTeam({ id: "team-dach", parentTeamId: "team-emea" });
const berlin = aTeam({ id: "team-berlin", parentTeamId: "team-dach" });
const apac = aTeam({ id: "team-apac", managerId: "user-other" });
const teams = [emea, dach, berlin, apac];

describe("team scope", () => {
  it("reaches a rep's own team and nothing else", () => {
    const rep = aUser({ id: "user-ada", teamId: "team-dach" });
    expect(teamIdsInScope(rep, teams)).toEqual(["team-dach"]);
  });

  it("reaches the teams a manager manages and every team below them", () => {
    const maria = aUser({ id: "user-maria", roles: ["manager"], teamId: null });
    expect([...teamIdsInScope(maria, teams)].sort()).toEqual([
      "team-berlin",
      "team-dach",
      "team-emea",
    ]);
  });

  it("keeps a manager's own team alongside the teams they manage", () => {
    const maria = aUser({ id: "user-maria", roles: ["manager"], teamId: "team-leadership" });
    expect(teamIdsInScope(maria, teams)).toContain("team-leadership");
  });

  it("survives a cycle in the team tree", () => {
    const a = aTeam({ id: "team-a", managerId: "user-x", parentTeamId: "team-b" });
    const b = aTeam({ id: "team-b", parentTeamId: "team-a" });
    const x = aUser({ id: "user-x", teamId: null });
    expect([...teamIdsInScope(x, [a, b])].sort()).toEqual(["team-a", "team-b"]);
  });

  it("reaches nothing for a user in no team who manages none", () => {
    expect(teamIdsInScope(aUser({ teamId: null }), teams)).toEqual([]);
  });
});
