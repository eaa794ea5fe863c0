import { describe, expect, it } from "vitest";
import { aLead, aUser, T0 } from "../../test/builders";
import { type Config, defaultConfig, type LifecycleStage } from "../index";
import { disqualifyLead } from "./disqualifyLead";

const config = defaultConfig();
const rep = aUser({ id: "user-ada", name: "Ada Rep", roles: ["rep"] });

describe("disqualifying a lead", () => {
  it("takes an accepted lead out of the funnel with a reason code", () => {
    const lead = aLead({ lifecycleStage: "sql" });
    const result = disqualifyLead({ lead, actor: rep, reasonCode: "competitor", at: T0 }, config);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.decision).toMatchObject({
      kind: "disqualified",
      from: "sql",
      to: "disqualified",
      by: "user-ada",
      reasonCode: "competitor",
      reasons: ["Ada Rep disqualified the lead: competitor"],
    });
    expect(result.value.event).toMatchObject({
      type: "lead_disqualified",
      reasonCode: "competitor",
    });
  });

  it("lets marketing throw out spam at the top of the funnel", () => {
    const marketer = aUser({ roles: ["marketing"] });
    const result = disqualifyLead(
      {
        lead: aLead({ lifecycleStage: "subscriber" }),
        actor: marketer,
        reasonCode: "spam",
        at: T0,
      },
      config,
    );
    expect(result.ok).toBe(true);
  });

  it.each<LifecycleStage>([
    "customer",
    "evangelist",
    "opportunity",
    "churned",
    "disqualified",
    "other",
  ])("refuses to disqualify a lead at %s", (stage) => {
    const result = disqualifyLead(
      {
        lead: aLead({ lifecycleStage: stage, name: "Big Client" }),
        actor: rep,
        reasonCode: "not_a_fit",
        at: T0,
      },
      config,
    );
    expect(!result.ok && result.error.code).toBe("invalid_transition");
    expect(!result.ok && result.error.message).toContain(
      `Cannot disqualify lead 'Big Client': it is at stage '${stage}'`,
    );
  });

  it("refuses an unknown reason code, listing the valid ones", () => {
    const result = disqualifyLead(
      { lead: aLead(), actor: rep, reasonCode: "rude", at: T0 },
      config,
    );
    expect(!result.ok && result.error.message).toBe(
      "Unknown disqualify reason 'rude'; use one of not_a_fit, no_need, competitor, duplicate, spam, student.",
    );
  });

  it("refuses a finance user: disqualifying is sales', marketing's and the CRM owner's call", () => {
    const result = disqualifyLead(
      { lead: aLead(), actor: aUser({ roles: ["finance"] }), reasonCode: "spam", at: T0 },
      config,
    );
    expect(!result.ok && result.error.code).toBe("not_allowed");
  });

  it("refuses an inactive user", () => {
    const result = disqualifyLead(
      { lead: aLead(), actor: aUser({ active: false }), reasonCode: "spam", at: T0 },
      config,
    );
    expect(!result.ok && result.error.code).toBe("actor_inactive");
  });

  it("refuses a malformed configuration with the reason instead of throwing", () => {
    const input = { lead: aLead(), actor: rep, reasonCode: "spam", at: T0 };
    const bad = { qualification: { disqualifyRoles: ["boss"] } } as unknown as Config;
    const result = disqualifyLead(input, bad);
    expect(!result.ok && result.error.code).toBe("invalid_input");
    expect(!result.ok && result.error.message).toContain("qualification.disqualifyRoles[0]");
    expect(disqualifyLead(input, undefined as unknown as Config).ok).toBe(false);
  });
});
