import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../config/config";

describe("approval policy configuration", () => {
  it("defaults to DOMAIN.md's matrix: sales manager, leadership, legal, finance, with a 24-hour SLA", () => {
    const { approvals } = defaultConfig();
    expect(approvals.escalateAfterHours).toBe(24);
    expect(approvals.expireAfterDays).toBe(30);
    expect(approvals.steps.map((s) => [s.id, s.mode])).toEqual([
      ["sales_manager", "first_response"],
      ["leadership", "first_response"],
      ["legal", "first_response"],
      ["finance", "first_response"],
    ]);
    expect(approvals.valueThresholds.EUR).toEqual({ review: 5_000_000, executive: 25_000_000 });
    expect(approvals.rules.map((r) => r.id)).toEqual([
      "discount_review",
      "value_review",
      "executive_review",
      "non_standard_terms",
      "extended_payment_terms",
    ]);
  });

  it("gives each company its own copy of the defaults", () => {
    const a = defaultConfig().approvals;
    const b = defaultConfig().approvals;
    expect(a.steps).not.toBe(b.steps);
  });

  it("refuses a rule that asks for a step that does not exist", () => {
    const result = parseConfig({
      approvals: {
        rules: [{ id: "r", name: "R", when: [{ kind: "non_standard_terms" }], steps: ["cfo"] }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        "approvals.rules[0].steps[0]: unknown step 'cfo'; use one of sales_manager, leadership, legal, finance",
      );
  });

  it("refuses a value threshold some currency does not set", () => {
    const result = parseConfig({
      approvals: { valueThresholds: { EUR: { review: 1 }, USD: { review: 1, executive: 2 } } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        "threshold 'executive' must be set in valueThresholds for every currency (missing for EUR)",
      );
  });

  it("refuses value rules with no currency at all, and ids used twice", () => {
    const result = parseConfig({
      approvals: {
        valueThresholds: {},
        steps: [
          { id: "x", name: "X", approvers: [{ type: "team_manager" }] },
          { id: "x", name: "Y", approvers: [{ type: "team_manager" }] },
        ],
        rules: [
          {
            id: "r",
            name: "R",
            when: [{ kind: "value_at_least", threshold: "review" }],
            steps: ["x"],
          },
          { id: "r", name: "S", when: [{ kind: "non_standard_terms" }], steps: ["x"] },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain("step id 'x' is used twice");
      expect(result.error.message).toContain("rule id 'r' is used twice");
      expect(result.error.message).toContain(
        "threshold 'review' must be set in valueThresholds for every currency.",
      );
    }
  });

  it("refuses an unknown approval mode, naming the ones to use", () => {
    const result = parseConfig({
      approvals: {
        steps: [{ id: "x", name: "X", mode: "majority", approvers: [{ type: "team_manager" }] }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        "unknown approval mode 'majority'; use one of first_response, unanimous",
      );
  });
});
