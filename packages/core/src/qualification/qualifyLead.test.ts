import { describe, expect, it } from "vitest";
import { aLead, T0 } from "../../test/builders";
import { type Config, defaultConfig, type LifecycleStage } from "../index";
import { qualifyLead } from "./qualifyLead";

const config = defaultConfig();
const hot = { fitGrade: "A", engagement: 60 } as const;

describe("marking a lead as MQL", () => {
  it("moves a qualifying lead to mql and keeps who, when and why", () => {
    const lead = aLead({ ownerId: "user-mia" });
    const result = qualifyLead({ lead, signals: hot, by: "mql-automation", at: T0 }, config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.decision).toMatchObject({
      leadId: lead.id,
      kind: "mql",
      from: "lead",
      to: "mql",
      by: "mql-automation",
      at: T0,
      via: "thresholds",
    });
    expect(result.value.decision.reasons).toContain("engagement 60 meets the minimum 40");
    expect(result.value.event).toEqual({
      type: "lead_qualified",
      at: T0,
      by: "mql-automation",
      leadId: lead.id,
      ownerId: "user-mia",
      from: "lead",
      to: "mql",
      via: "thresholds",
    });
  });

  it("marks a subscriber who asked for a demo as MQL via high intent", () => {
    const lead = aLead({ lifecycleStage: "subscriber" });
    const result = qualifyLead(
      {
        lead,
        signals: { fitGrade: "C", engagement: 3, events: [{ kind: "demo_request", at: T0 }] },
        by: "mql-automation",
        at: T0,
      },
      config,
    );
    expect(result.ok && result.value.decision.via).toBe("high_intent");
  });

  it("brings a recycled lead back from nurture when it qualifies again", () => {
    const lead = aLead({ lifecycleStage: "recycled" });
    const result = qualifyLead({ lead, signals: hot, by: "mql-automation", at: T0 }, config);
    expect(result.ok && result.value.decision.from).toBe("recycled");
  });

  it("refuses a lead that does not qualify, giving the reasons", () => {
    const lead = aLead({ name: "Pat Prospect" });
    const result = qualifyLead(
      { lead, signals: { fitGrade: "B", engagement: 32 }, by: "mql-automation", at: T0 },
      config,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("not_qualified");
    expect(result.error.message).toContain("Lead 'Pat Prospect' is not marketing-qualified yet");
    expect(result.error.message).toContain("engagement 32 is below the minimum 40");
  });

  it.each<LifecycleStage>(["mql", "sql", "opportunity", "customer", "disqualified", "churned"])(
    "refuses to mark a lead at %s as MQL",
    (stage) => {
      const result = qualifyLead(
        { lead: aLead({ lifecycleStage: stage }), signals: hot, by: "mql-automation", at: T0 },
        config,
      );
      expect(!result.ok && result.error.code).toBe("invalid_transition");
      expect(!result.ok && result.error.message).toContain(
        "only leads at subscriber, lead or recycled can be",
      );
    },
  );

  it("keeps a note and drops a blank one", () => {
    const noted = qualifyLead(
      { lead: aLead(), signals: hot, by: "user-mia", at: T0, note: " met at the webinar " },
      config,
    );
    expect(noted.ok && noted.value.decision.note).toBe("met at the webinar");
    const blank = qualifyLead(
      { lead: aLead(), signals: hot, by: "user-mia", at: T0, note: "   " },
      config,
    );
    expect(blank.ok && "note" in blank.value.decision).toBe(false);
  });

  it("refuses a decision without a time or a decider", () => {
    const result = qualifyLead(
      { lead: aLead(), signals: hot, by: "", at: new Date(Number.NaN) },
      config,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(result.error.message).toContain("by: must not be empty");
    expect(result.error.message).toContain("at: must be a valid date and time");
  });

  it("refuses a malformed configuration with the reason instead of throwing", () => {
    const input = { lead: aLead(), signals: hot, by: "mql-automation", at: T0 };
    const bad = { qualification: { mql: { minFitGrade: "E" } } } as unknown as Config;
    const result = qualifyLead(input, bad);
    expect(!result.ok && result.error.code).toBe("invalid_input");
    expect(!result.ok && result.error.message).toContain("qualification.mql.minFitGrade");
    expect(qualifyLead(input, undefined as unknown as Config).ok).toBe(false);
  });
});
