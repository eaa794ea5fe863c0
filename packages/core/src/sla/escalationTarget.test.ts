import { describe, expect, it } from "vitest";
import { aTeam, aUser } from "../../test/builders";
import { escalationTarget } from "./escalationTarget";

const ada = aUser({ id: "ada", name: "Ada Rep", teamId: "emea", managerId: "carol" });
const bob = aUser({ id: "bob", name: "Bob Boss", roles: ["manager"], teamId: "emea" });
const carol = aUser({ id: "carol", name: "Carol Lead", roles: ["manager"], teamId: null });
const vic = aUser({ id: "vic", name: "Vic VP", roles: ["leadership"], teamId: "sales" });
const sales = aTeam({ id: "sales", name: "Sales", managerId: "vic" });
const emea = aTeam({ id: "emea", name: "Sales EMEA", managerId: "bob", parentTeamId: "sales" });
const everyone = [ada, bob, carol, vic];

describe("escalation target of a missed SLA", () => {
  it("is the manager of the owner's team", () => {
    expect(escalationTarget({ owner: ada, users: everyone, teams: [emea, sales] })).toEqual({
      ok: true,
      value: {
        userId: "bob",
        via: "team_manager",
        teamId: "emea",
        reason: "manager of team Sales EMEA",
      },
    });
  });

  it("falls back to the owner's own manager when the team manager is inactive", () => {
    const away = { ...bob, active: false };
    const target = escalationTarget({
      owner: ada,
      users: [ada, away, carol, vic],
      teams: [emea, sales],
    });
    expect(target).toEqual({
      ok: true,
      value: {
        userId: "carol",
        via: "own_manager",
        teamId: null,
        reason:
          "Ada Rep's own manager (passed over: team Sales EMEA's manager Bob Boss is inactive)",
      },
    });
  });

  it("never escalates to the owner: a team manager who owns the record goes to their own manager", () => {
    const bobsRecord = { ...bob, managerId: "vic" };
    const target = escalationTarget({ owner: bobsRecord, users: everyone, teams: [emea, sales] });
    expect(target.ok && target.value).toMatchObject({ userId: "vic", via: "own_manager" });
    expect(target.ok && target.value.reason).toContain(
      "team Sales EMEA's manager is Bob Boss themself",
    );
  });

  it("walks up to the parent team's manager when nobody nearer can take it", () => {
    const bobsRecord = { ...bob, managerId: null };
    const target = escalationTarget({ owner: bobsRecord, users: everyone, teams: [emea, sales] });
    expect(target).toEqual({
      ok: true,
      value: {
        userId: "vic",
        via: "parent_team_manager",
        teamId: "sales",
        reason:
          "manager of team Sales, above team Sales EMEA (passed over: team Sales EMEA's manager is Bob Boss themself; Bob Boss has no manager)",
      },
    });
  });

  it("skips teams without a manager on the way up", () => {
    const region = aTeam({
      id: "region",
      name: "EMEA North",
      managerId: null,
      parentTeamId: "sales",
    });
    const owner = aUser({ id: "ola", name: "Ola Rep", teamId: "region" });
    const target = escalationTarget({ owner, users: [owner, vic], teams: [region, sales] });
    expect(target.ok && target.value).toMatchObject({ userId: "vic", via: "parent_team_manager" });
    expect(target.ok && target.value.reason).toContain("team EMEA North has no manager");
  });

  it("uses the owner's own manager when the owner has no team", () => {
    const loner = aUser({ id: "lo", name: "Lo Solo", teamId: null, managerId: "carol" });
    const target = escalationTarget({ owner: loner, users: [loner, carol], teams: [] });
    expect(target.ok && target.value).toMatchObject({
      userId: "carol",
      via: "own_manager",
      teamId: null,
    });
  });

  it("reports that there is nobody when every path is empty, saying what to set", () => {
    const loner = aUser({ id: "lo", name: "Lo Solo", teamId: "solo", managerId: null });
    const solo = aTeam({ id: "solo", name: "Solo", managerId: null });
    const target = escalationTarget({ owner: loner, users: [loner], teams: [solo] });
    expect(target.ok).toBe(false);
    expect(!target.ok && target.error.code).toBe("no_escalation_target");
    expect(!target.ok && target.error.message).toContain("give team Solo an active manager");
    const teamless = aUser({ id: "t", name: "Tess", teamId: null, managerId: null });
    const none = escalationTarget({ owner: teamless, users: [teamless], teams: [] });
    expect(!none.ok && none.error.message).toContain("give Tess an active manager");
  });

  it("never returns an inactive user, even at the top", () => {
    const retired = { ...vic, active: false };
    const bobsRecord = { ...bob, managerId: null };
    const target = escalationTarget({
      owner: bobsRecord,
      users: [bobsRecord, retired],
      teams: [emea, sales],
    });
    expect(!target.ok && target.error.code).toBe("no_escalation_target");
  });

  it("refuses a team it was not given, a manager it was not given, and a cycle of teams", () => {
    const unknownTeam = escalationTarget({ owner: ada, users: everyone, teams: [sales] });
    expect(!unknownTeam.ok && unknownTeam.error.code).toBe("unknown_team");
    expect(!unknownTeam.ok && unknownTeam.error.message).toContain("'emea'");

    const unknownManager = escalationTarget({ owner: ada, users: [ada], teams: [emea, sales] });
    expect(!unknownManager.ok && unknownManager.error.code).toBe("unknown_user");
    expect(!unknownManager.ok && unknownManager.error.message).toContain("'bob'");

    const unknownParent = escalationTarget({
      owner: { ...bob, managerId: null },
      users: everyone,
      teams: [emea],
    });
    expect(!unknownParent.ok && unknownParent.error.code).toBe("unknown_team");

    const loopA = aTeam({ id: "a", name: "A", parentTeamId: "b" });
    const loopB = aTeam({ id: "b", name: "B", parentTeamId: "a" });
    const owner = aUser({ id: "o", name: "Owen", teamId: "a" });
    const cycle = escalationTarget({ owner, users: [owner], teams: [loopA, loopB] });
    expect(!cycle.ok && cycle.error.code).toBe("team_cycle");
    expect(!cycle.ok && cycle.error.message).toContain("A → B → A");
  });

  it("refuses malformed users and duplicate ids", () => {
    const twice = escalationTarget({ owner: ada, users: [ada, ada], teams: [emea] });
    expect(!twice.ok && twice.error.code).toBe("invalid_input");
    expect(!twice.ok && twice.error.message).toContain("must not list the same user id twice");
    const nameless = escalationTarget({ owner: { ...ada, name: "" }, users: [], teams: [] });
    expect(!nameless.ok && nameless.error.message).toContain("owner.name");
  });
});
