import { describe, expect, it } from "vitest";
import { aLead, aTeam, aUser, T0 } from "../../test/builders";
import {
  Config,
  defaultConfig,
  type LifecycleStage,
  type QualificationConfigInput,
} from "../index";
import { type AcceptLeadInput, acceptLead } from "./acceptLead";

const config = defaultConfig();
/** A company that changed only its qualification rules. */
const withQualification = (qualification: QualificationConfigInput): Config =>
  Config.parse({ qualification });
const sales = aTeam({ id: "team-sales", name: "Sales EMEA", function: "sales" });
const marketingTeam = aTeam({ id: "team-mkt", name: "Demand Gen", function: "marketing" });
const teams = [sales, marketingTeam];
const rep = aUser({ id: "user-ada", name: "Ada Rep", roles: ["rep"], teamId: sales.id });

const bant = {
  budget: { met: true, note: "€40k approved" },
  authority: { met: true },
  need: { met: true },
  timeline: { met: false, note: "no date yet" },
};

const accept = (over: Partial<AcceptLeadInput> = {}, cfg = config) =>
  acceptLead(
    {
      lead: aLead({ lifecycleStage: "mql", name: "Pat Prospect", ownerId: "user-mia" }),
      actor: rep,
      teams,
      criteria: bant,
      at: T0,
      ...over,
    },
    cfg,
  );

describe("SQL acceptance", () => {
  it("accepts an MQL when three of the four BANT criteria are met", () => {
    const result = accept();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { decision, event } = result.value;
    expect(decision).toMatchObject({
      kind: "sql_accepted",
      from: "mql",
      to: "sql",
      by: "user-ada",
      at: T0,
      override: false,
    });
    expect(decision.reasons).toEqual([
      "3 of 4 qualification criteria met (at least 3 needed): budget, authority and need",
      "not met: timeline",
    ]);
    expect(event).toMatchObject({
      type: "lead_accepted",
      by: "user-ada",
      ownerId: "user-mia",
      criteriaMet: ["budget", "authority", "need"],
    });
  });

  it("records every configured criterion with sales' notes, a left-out one as not recorded", () => {
    const result = accept({
      criteria: { budget: bant.budget, authority: bant.authority, need: bant.need },
    });
    expect(result.ok && result.value.decision.criteria).toEqual([
      { name: "budget", met: true, note: "€40k approved", recorded: true },
      { name: "authority", met: true, recorded: true },
      { name: "need", met: true, recorded: true },
      { name: "timeline", met: false, recorded: false },
    ]);
  });

  it("refuses when too few criteria are met, saying which are missing", () => {
    const result = accept({
      criteria: { budget: { met: true }, need: { met: false } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("criteria_not_met");
    expect(result.error.message).toBe(
      "Accepting lead 'Pat Prospect' needs at least 3 of budget, authority, need and timeline met; only budget is. Missing: authority (not recorded), need and timeline (not recorded).",
    );
  });

  it("says none is met when sales met no criterion", () => {
    const result = accept({ criteria: {} });
    expect(!result.ok && result.error.message).toContain("; none is.");
  });

  it("refuses an unknown criterion, naming the valid ones", () => {
    const result = accept({ criteria: { ...bant, champion: { met: true } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("unknown_criterion");
    expect(result.error.message).toBe(
      "Unknown qualification criterion 'champion'; use budget, authority, need or timeline.",
    );
  });

  it("names every unknown criterion at once", () => {
    const result = accept({ criteria: { champion: { met: true }, pain: { met: true } } });
    expect(!result.ok && result.error.message).toContain("criteria 'champion', 'pain'");
  });

  it("works with a company's own criteria and minimum (MEDDIC, all required)", () => {
    const meddic = withQualification({
      sql: {
        criteria: [
          "metrics",
          "economic_buyer",
          "decision_criteria",
          "decision_process",
          "pain",
          "champion",
        ],
        minimum: 6,
      },
    });
    const all = Object.fromEntries(
      meddic.qualification.sql.criteria.map((name) => [name, { met: true }]),
    );
    expect(accept({ criteria: all }, meddic).ok).toBe(true);
    const missingOne = accept({ criteria: { ...all, champion: { met: false } } }, meddic);
    expect(!missingOne.ok && missingOne.error.code).toBe("criteria_not_met");
  });

  it("lets a sales manager accept", () => {
    const manager = aUser({ roles: ["manager"], teamId: sales.id });
    expect(accept({ actor: manager }).ok).toBe(true);
  });

  it("lets the manager of a sales team accept even when they sit in another team", () => {
    const head = aUser({ id: "user-head", roles: ["manager"], teamId: "team-leadership" });
    const managed = aTeam({ function: "sales", managerId: "user-head" });
    expect(accept({ actor: head, teams: [...teams, managed] }).ok).toBe(true);
  });

  it("refuses a marketer: sales accepts leads", () => {
    const marketer = aUser({
      name: "Mia Marketer",
      roles: ["marketing"],
      teamId: marketingTeam.id,
    });
    const result = accept({ actor: marketer });
    expect(!result.ok && result.error).toMatchObject({
      code: "not_allowed",
      message:
        "Only a user with the role rep or manager can accept a lead as sales-qualified; Mia Marketer is marketing.",
    });
  });

  it("refuses a rep who is not in a sales team", () => {
    const stray = aUser({ name: "Sam Stray", roles: ["rep"], teamId: marketingTeam.id });
    const result = accept({ actor: stray });
    expect(!result.ok && result.error).toMatchObject({
      code: "not_allowed",
      message:
        "Only a member or manager of a sales team can accept leads; Sam Stray's team 'Demand Gen' is marketing.",
    });
  });

  it("refuses a rep whose team is unknown or who has none", () => {
    const unknownTeam = accept({ actor: aUser({ name: "Uma", teamId: "team-x" }) });
    expect(!unknownTeam.ok && unknownTeam.error.message).toContain(
      "'team-x' is not among the teams given",
    );
    const noTeam = accept({ actor: aUser({ name: "Noa", teamId: null }) });
    expect(!noTeam.ok && noTeam.error.message).toContain("Noa is in no team");
  });

  it("drops the team check for a company without teams", () => {
    const teamless = withQualification({ sql: { acceptTeamFunctions: [] } });
    expect(accept({ actor: aUser({ teamId: null }), teams: [] }, teamless).ok).toBe(true);
  });

  it("refuses a rep who has left the company", () => {
    const result = accept({ actor: aUser({ name: "Old Rep", active: false }) });
    expect(!result.ok && result.error.code).toBe("actor_inactive");
  });

  it.each<LifecycleStage>(["disqualified", "sql", "customer", "recycled", "subscriber"])(
    "refuses to accept a lead at %s",
    (stage) => {
      const result = accept({ lead: aLead({ lifecycleStage: stage }) });
      expect(!result.ok && result.error.code).toBe("invalid_transition");
    },
  );

  it("accepts a lead that skipped the MQL step only with an override and a note", () => {
    const lead = aLead({ lifecycleStage: "lead", name: "Fair Contact" });
    const plain = accept({ lead });
    expect(!plain.ok && plain.error).toMatchObject({ code: "invalid_transition" });
    expect(!plain.ok && plain.error.message).toContain("accept with an override and a note");

    const silent = accept({ lead, override: true });
    expect(!silent.ok && silent.error.code).toBe("note_required");

    const justified = accept({ lead, override: true, note: "met the CFO at the trade fair" });
    expect(justified.ok).toBe(true);
    if (!justified.ok) return;
    expect(justified.value.decision).toMatchObject({
      from: "lead",
      to: "sql",
      override: true,
      note: "met the CFO at the trade fair",
    });
    expect(justified.value.decision.reasons).toContain(
      "accepted from 'lead' with an override, skipping the MQL step",
    );
    expect(justified.value.event.override).toBe(true);
  });

  it("records no override when the lead was an MQL anyway", () => {
    const result = accept({ override: true });
    expect(result.ok && result.value.decision.override).toBe(false);
  });

  it("refuses an override when the company allows none", () => {
    const strict = withQualification({ sql: { overrideFromStages: [] } });
    const result = accept(
      { lead: aLead({ lifecycleStage: "lead" }), override: true, note: "trust me" },
      strict,
    );
    expect(!result.ok && result.error.code).toBe("invalid_transition");
  });

  it("refuses a criterion recorded without saying whether it is met", () => {
    const result = accept({
      criteria: { budget: { met: "yes" as unknown as boolean } },
    });
    expect(!result.ok && result.error.code).toBe("invalid_input");
    expect(!result.ok && result.error.message).toContain("criteria.budget.met");
  });

  it("refuses a malformed configuration with the reason instead of throwing", () => {
    const bad = { qualification: { sql: { criteria: ["need"], minimum: 2 } } } as unknown as Config;
    const result = accept({}, bad);
    expect(!result.ok && result.error.code).toBe("invalid_input");
    expect(!result.ok && result.error.message).toContain(
      "the minimum cannot be more than the number of criteria",
    );
    expect(accept({}, null as unknown as Config).ok).toBe(false);
  });
});
