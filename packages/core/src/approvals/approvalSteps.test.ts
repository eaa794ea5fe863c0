import { describe, expect, it } from "vitest";
import { anApprovalCompany, aUser, someApprovalTerms } from "../../test/builders";
import { approvalSteps } from "./approvalSteps";
import type { ApprovalTermsInput } from "./approvalTerms";

const company = anApprovalCompany();
const { people, config } = company;

const plan = (terms: Partial<ApprovalTermsInput>, requesterId = people.ada.id, c = company) =>
  approvalSteps({ ...c.directory, requesterId, terms: someApprovalTerms(terms) }, c.config);

const stepsOf = (terms: Partial<ApprovalTermsInput>, requesterId?: string) => {
  const result = plan(terms, requesterId);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.steps.map((s) => [s.stepId, s.approvers.map((a) => a.approverId)]);
};

const eur = (major: number) => ({ amountMinor: major * 100, currency: "EUR" });

describe("approval steps under the default policy", () => {
  it("approves a small discount on a small deal by policy", () => {
    const result = plan({ discountPercent: 14.99, contractValue: eur(49_999) });
    expect(result).toMatchObject({ ok: true, value: { autoApproved: true, steps: [] } });
    if (result.ok) expect(result.value.reasons[0]).toMatch(/No approval rule applies/);
  });

  it("asks the requester's sales manager from exactly 15% off", () => {
    const result = plan({ discountPercent: 15 });
    expect(result).toMatchObject({
      ok: true,
      value: {
        autoApproved: false,
        steps: [
          {
            stepId: "sales_manager",
            name: "Sales manager",
            mode: "first_response",
            approvers: [{ approverId: "user-sol", via: "team_manager" }],
            reasons: ["Discount of 15% or more: discount 15% is at least 15%"],
          },
        ],
      },
    });
  });

  it("keeps exactly 25% off with the sales manager alone", () => {
    expect(stepsOf({ discountPercent: 25 })).toEqual([["sales_manager", ["user-sol"]]]);
  });

  it("adds leadership after the sales manager above 25% off", () => {
    expect(stepsOf({ discountPercent: 25.5 })).toEqual([
      ["sales_manager", ["user-sol"]],
      ["leadership", ["user-vera", "user-gus"]],
    ]);
  });

  it("asks the sales manager from a contract value of 50,000", () => {
    expect(stepsOf({ contractValue: eur(50_000) })).toEqual([["sales_manager", ["user-sol"]]]);
  });

  it("asks the sales manager then leadership from a contract value of 250,000, with both reasons", () => {
    const result = plan({ discountPercent: 20, contractValue: eur(250_000) });
    expect(result.ok && result.value.steps.map((s) => s.reasons)).toEqual([
      [
        "Discount of 15% or more: discount 20% is at least 15%",
        "Contract value at or above the review threshold: contract value €250,000.00 is at or above the review threshold of €50,000.00",
        "Discount above 25% or contract value at or above the executive threshold: contract value €250,000.00 is at or above the executive threshold of €250,000.00",
      ],
      [
        "Discount above 25% or contract value at or above the executive threshold: contract value €250,000.00 is at or above the executive threshold of €250,000.00",
      ],
    ]);
  });

  it("sends non-standard terms to legal", () => {
    expect(stepsOf({ nonStandardTerms: "Unlimited liability for data loss" })).toEqual([
      ["legal", ["user-lee"]],
    ]);
  });

  it("sends payment terms beyond net 30 to finance, and leaves net 30 alone", () => {
    expect(stepsOf({ paymentTermsDays: 45 })).toEqual([["finance", ["user-fay"]]]);
    expect(stepsOf({ paymentTermsDays: 30 })).toEqual([]);
  });

  it("orders every step a request needs: sales manager, leadership, legal, finance", () => {
    expect(
      stepsOf({ discountPercent: 40, nonStandardTerms: "Custom SLA", paymentTermsDays: 90 }).map(
        ([id]) => id,
      ),
    ).toEqual(["sales_manager", "leadership", "legal", "finance"]);
  });

  it("goes over a requesting manager's head to the manager above them", () => {
    expect(stepsOf({ discountPercent: 20 }, people.sol.id)).toEqual([
      ["sales_manager", ["user-vera"]],
    ]);
  });

  it("never lists a requesting leader among the leadership approvers", () => {
    expect(stepsOf({ discountPercent: 30 }, people.gus.id)).toEqual([
      ["sales_manager", ["user-vera"]],
      ["leadership", ["user-vera"]],
    ]);
  });

  it("refuses a currency the policy has no thresholds for", () => {
    const result = plan({ contractValue: { amountMinor: 100, currency: "JPY" } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "unknown_currency",
        message:
          "The approval policy has no contract-value thresholds in JPY (it has EUR, USD, GBP and CHF); add JPY to approvals.valueThresholds or request in a listed currency.",
      },
    });
  });

  it("compares a currency against its own thresholds", () => {
    const yen = anApprovalCompany({
      valueThresholds: { JPY: { review: 5_000_000, executive: 9e7 } },
    });
    const result = plan(
      { contractValue: { amountMinor: 6_000_000, currency: "JPY" } },
      people.ada.id,
      yen,
    );
    expect(result.ok && result.value.steps[0]?.reasons).toEqual([
      "Contract value at or above the review threshold: contract value ¥6,000,000 is at or above the review threshold of ¥5,000,000",
    ]);
  });

  it("says why nobody can approve a step when no one active holds its role", () => {
    const noLegal = anApprovalCompany();
    const users = [
      ...noLegal.users.filter((u) => u.id !== "user-lee"),
      aUser({ id: "user-old", name: "Old Legal", roles: ["legal"], active: false }),
    ];
    const result = approvalSteps(
      {
        users,
        teams: noLegal.teams,
        requesterId: "user-ada",
        terms: someApprovalTerms({ nonStandardTerms: "x" }),
      },
      config,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "no_approver",
        message:
          "Nobody can approve the 'Legal' step (Old Legal is inactive); give it an active approver other than Ada Rep, or change the policy.",
      },
    });
  });

  it("refuses a requester it cannot find among the users", () => {
    expect(plan({}, "user-ghost")).toMatchObject({ ok: false, error: { code: "unknown_user" } });
  });

  it("refuses input that is not a request, naming the bad field", () => {
    const result = plan({ discountPercent: 120 });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    if (!result.ok)
      expect(result.error.message).toContain("terms.discountPercent: must be 100% or less");
  });
});

describe("approval steps under a company's own policy", () => {
  const custom = anApprovalCompany({
    steps: [
      {
        id: "deal_desk",
        name: "Deal desk",
        mode: "unanimous",
        approvers: [
          { type: "user", userId: "user-bo" },
          { type: "role", role: "finance" },
        ],
      },
      {
        id: "cfo",
        name: "CFO",
        approvers: [
          { type: "user", userId: "user-fay" },
          { type: "user", userId: "user-ada" },
        ],
      },
    ],
    rules: [
      {
        id: "thin_margin",
        name: "Thin margin",
        when: [{ kind: "margin_below", percent: 20 }],
        steps: ["deal_desk"],
      },
      {
        id: "thin_and_long",
        name: "Thin margin on long terms",
        match: "all",
        when: [
          { kind: "margin_below", percent: 20 },
          { kind: "payment_terms_over", days: 60 },
        ],
        steps: ["cfo"],
      },
    ],
  });

  it("asks every approver of a unanimous step, user and role alike", () => {
    const result = plan({ marginPercent: 12 }, people.ada.id, custom);
    expect(result).toMatchObject({
      ok: true,
      value: {
        steps: [
          {
            stepId: "deal_desk",
            mode: "unanimous",
            approvers: [
              { approverId: "user-bo", via: "user" },
              { approverId: "user-fay", via: "role" },
            ],
            reasons: ["Thin margin: margin 12% is below 20%"],
          },
        ],
      },
    });
  });

  it("applies an all-of rule only when every condition holds, and never asks the requester", () => {
    const both = plan({ marginPercent: 12, paymentTermsDays: 90 }, people.ada.id, custom);
    expect(
      both.ok && both.value.steps.map((s) => [s.stepId, s.approvers.map((a) => a.approverId)]),
    ).toEqual([
      ["deal_desk", ["user-bo", "user-fay"]],
      ["cfo", ["user-fay"]],
    ]);
  });

  it("needs the margin when a rule looks at it", () => {
    expect(plan({}, people.ada.id, custom)).toMatchObject({
      ok: false,
      error: { code: "margin_required", path: ["terms", "marginPercent"] },
    });
  });

  it("refuses a step that names a user it cannot find", () => {
    const ghost = anApprovalCompany({
      steps: [{ id: "x", name: "Ghost", approvers: [{ type: "user", userId: "user-ghost" }] }],
      rules: [
        { id: "r", name: "Any", when: [{ kind: "discount_at_least", percent: 0 }], steps: ["x"] },
      ],
    });
    expect(plan({}, people.ada.id, ghost)).toMatchObject({
      ok: false,
      error: { code: "unknown_user" },
    });
  });

  it("refuses a team_manager step when the teams cannot be followed", () => {
    const result = approvalSteps(
      {
        users: company.users,
        teams: [],
        requesterId: "user-ada",
        terms: someApprovalTerms({ discountPercent: 20 }),
      },
      config,
    );
    expect(result).toMatchObject({ ok: false, error: { code: "unknown_team" } });
  });

  it("says so when the requester has no manager to ask", () => {
    const loner = aUser({ id: "user-solo", name: "Solo Rep", teamId: null });
    const result = approvalSteps(
      {
        users: [loner],
        teams: [],
        requesterId: loner.id,
        terms: someApprovalTerms({ discountPercent: 20 }),
      },
      config,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "no_approver",
        message: expect.stringContaining("Solo Rep has no manager to ask"),
      },
    });
  });

  it("refuses a configuration that is not valid", () => {
    expect(
      approvalSteps(
        { ...company.directory, requesterId: "user-ada", terms: someApprovalTerms() },
        undefined as never,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});
