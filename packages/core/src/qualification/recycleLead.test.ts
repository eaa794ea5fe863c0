import { describe, expect, it } from "vitest";
import { aLead, aUser, T0 } from "../../test/builders";
import { type Config, defaultConfig, type LifecycleStage } from "../index";
import { recycleLead } from "./recycleLead";

const config = defaultConfig();
const rep = aUser({ id: "user-ada", name: "Ada Rep", roles: ["rep"] });

describe("recycling a lead", () => {
  it("hands an MQL back to marketing nurture with a reason code and a note", () => {
    const lead = aLead({ lifecycleStage: "mql", ownerId: "user-ada" });
    const result = recycleLead(
      { lead, actor: rep, reasonCode: "bad_timing", at: T0, note: "budget opens in Q3" },
      config,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.decision).toEqual({
      leadId: lead.id,
      kind: "recycled",
      from: "mql",
      to: "recycled",
      by: "user-ada",
      at: T0,
      reasonCode: "bad_timing",
      note: "budget opens in Q3",
      reasons: ["Ada Rep handed the lead back to marketing nurture: bad_timing"],
    });
    expect(result.value.event).toEqual({
      type: "lead_recycled",
      at: T0,
      by: "user-ada",
      leadId: lead.id,
      ownerId: "user-ada",
      from: "mql",
      to: "recycled",
      reasonCode: "bad_timing",
    });
  });

  it("recycles an accepted lead that went quiet", () => {
    const result = recycleLead(
      { lead: aLead({ lifecycleStage: "sql" }), actor: rep, reasonCode: "no_response", at: T0 },
      config,
    );
    expect(result.ok && result.value.decision.from).toBe("sql");
    expect(result.ok && "note" in result.value.decision).toBe(false);
  });

  it("refuses an unknown reason code, listing the valid ones", () => {
    const result = recycleLead(
      { lead: aLead({ lifecycleStage: "mql" }), actor: rep, reasonCode: "meh", at: T0 },
      config,
    );
    expect(!result.ok && result.error).toMatchObject({
      code: "unknown_reason",
      message:
        "Unknown recycle reason 'meh'; use one of bad_timing, no_budget_yet, no_response, not_decision_maker, nurture.",
    });
  });

  it.each<LifecycleStage>([
    "lead",
    "subscriber",
    "recycled",
    "opportunity",
    "customer",
    "disqualified",
  ])("refuses to recycle a lead at %s", (stage) => {
    const result = recycleLead(
      { lead: aLead({ lifecycleStage: stage }), actor: rep, reasonCode: "nurture", at: T0 },
      config,
    );
    expect(!result.ok && result.error.code).toBe("invalid_transition");
  });

  it("leaves recycling to sales: a marketer may not", () => {
    const marketer = aUser({ roles: ["marketing"] });
    const result = recycleLead(
      { lead: aLead({ lifecycleStage: "mql" }), actor: marketer, reasonCode: "nurture", at: T0 },
      config,
    );
    expect(!result.ok && result.error.code).toBe("not_allowed");
  });

  it("refuses a missing reason code", () => {
    const result = recycleLead(
      { lead: aLead({ lifecycleStage: "mql" }), actor: rep, reasonCode: " ", at: T0 },
      config,
    );
    expect(!result.ok && result.error.message).toContain("reasonCode: must be a reason code");
  });

  it("refuses a malformed configuration with the reason instead of throwing", () => {
    const input = {
      lead: aLead({ lifecycleStage: "mql" }),
      actor: rep,
      reasonCode: "nurture",
      at: T0,
    };
    const bad = { qualification: { recycleReasons: [] } } as unknown as Config;
    const result = recycleLead(input, bad);
    expect(!result.ok && result.error.code).toBe("invalid_input");
    expect(!result.ok && result.error.message).toContain("needs at least one reason code");
    expect(recycleLead(input, "default" as unknown as Config).ok).toBe(false);
  });
});
