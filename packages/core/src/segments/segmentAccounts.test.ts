import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anAccount } from "../../test/builders";
import { defaultConfig, parseConfig } from "../config/config";
import type { SegmentAccountInput } from "./segmentAccounts";
import { segmentAccounts } from "./segmentAccounts";
import type { SegmentDefinitionInput } from "./segmentDefinition";

const config = defaultConfig();
const account = (over: Partial<SegmentAccountInput>): SegmentAccountInput => ({
  ...anAccount({ id: over.id }),
  ...over,
});

const accounts = [
  account({
    id: "acme",
    name: "Acme",
    industry: "Software",
    country: "DE",
    sizeBand: "201-1000",
    metrics: { revenue: 2_000_000 },
  }),
  account({
    id: "beta",
    name: "Beta",
    industry: "software",
    country: "FR",
    sizeBand: "11-50",
    metrics: { revenue: 90_000 },
  }),
  account({
    id: "gamma",
    name: "Gamma",
    industry: "Retail",
    country: "DE",
    lifecycleStage: "customer",
    teamId: "team-service",
  }),
  account({
    id: "delta",
    name: "Delta",
    country: "AT",
    lifecycleStage: "customer",
    metrics: { revenue: 500_000 },
  }),
];

const dach: SegmentDefinitionInput = {
  name: "DACH customers or big software",
  filter: {
    any: [
      {
        all: [
          { field: "country", in: ["DE", "AT", "CH"] },
          { field: "lifecycleStage", in: ["customer"] },
        ],
      },
      {
        all: [
          { field: "industry", in: ["software"] },
          { metric: "revenue", gte: 1_000_000 },
        ],
      },
    ],
  },
};

describe("segments", () => {
  it("puts each account in the segments whose filters it passes, and says why", () => {
    const result = segmentAccounts(accounts, [dach], {}, config);
    expect(result.ok && result.value).toEqual([
      {
        segment: "DACH customers or big software",
        description: null,
        memberCount: 3,
        members: [
          {
            accountId: "acme",
            name: "Acme",
            reasons: [
              "industry is 'Software' (one of software)",
              "revenue is 2000000 (at least 1000000)",
            ],
          },
          {
            accountId: "delta",
            name: "Delta",
            reasons: [
              "country is 'AT' (one of DE, AT, CH)",
              "lifecycle stage is 'customer' (one of customer)",
            ],
          },
          {
            accountId: "gamma",
            name: "Gamma",
            reasons: [
              "country is 'DE' (one of DE, AT, CH)",
              "lifecycle stage is 'customer' (one of customer)",
            ],
          },
        ],
      },
    ]);
  });

  it("compares numbers with gt, lt, lte and between, and leaves out accounts with no figure", () => {
    const mid: SegmentDefinitionInput = {
      name: "Mid revenue",
      filter: {
        all: [
          { metric: "revenue", gt: 90_000, lte: 2_000_000 },
          { metric: "revenue", lt: 1_000_000 },
        ],
      },
    };
    const band: SegmentDefinitionInput = {
      name: "Band",
      filter: { metric: "revenue", between: [90_000, 500_000] },
    };
    const result = segmentAccounts(accounts, [mid, band], {}, config);
    expect(result.ok && result.value.map((s) => s.members.map((m) => m.accountId))).toEqual([
      ["delta"],
      ["beta", "delta"],
    ]);
    expect(result.ok && result.value[1]?.members[0]?.reasons).toEqual([
      "revenue is 90000 (between 90000 and 500000)",
    ]);
  });

  it("filters on size band, owner team and exclusions", () => {
    const result = segmentAccounts(
      accounts,
      [
        { name: "Small", filter: { field: "sizeBand", in: ["11-50", "1-10"] } },
        { name: "Service-owned", filter: { field: "ownerTeam", in: ["team-service"] } },
        { name: "Not Germany", filter: { field: "country", notIn: ["de"] } },
      ],
      {},
      config,
    );
    expect(result.ok && result.value.map((s) => s.members.map((m) => m.accountId))).toEqual([
      ["beta"],
      ["gamma"],
      ["beta", "delta"],
    ]);
    expect(result.ok && result.value[2]?.members[0]?.reasons).toEqual([
      "country is 'FR' (none of de)",
    ]);
  });

  it("filters on RFM segments from rfmScores, and asks for them when they are missing", () => {
    const champions: SegmentDefinitionInput = {
      name: "Champions",
      filter: { field: "rfmSegment", in: ["champions", "loyal"] },
    };
    const acmeScore = { accountId: "acme", segment: "champions" as const };
    const rfm = [acmeScore, { accountId: "beta", segment: "at_risk" as const }];
    const result = segmentAccounts(accounts, [champions], { rfm }, config);
    expect(result.ok && result.value[0]?.members).toEqual([
      {
        accountId: "acme",
        name: "Acme",
        reasons: ["RFM segment is 'champions' (one of champions, loyal)"],
      },
    ]);
    const missing = segmentAccounts(accounts, [champions], {}, config);
    expect(!missing.ok && missing.error.code).toBe("rfm_scores_required");
    const twice = segmentAccounts(accounts, [champions], { rfm: [...rfm, acmeScore] }, config);
    expect(!twice.ok && twice.error.code).toBe("duplicate_account");
  });

  it("uses the company's definitions when given null", () => {
    const company = parseConfig({ segments: { definitions: [dach] } });
    expect(company.ok).toBe(true);
    if (!company.ok) return;
    const result = segmentAccounts(accounts, null, {}, company.value);
    expect(result.ok && result.value[0]?.memberCount).toBe(3);
    const none = segmentAccounts(accounts, null, {}, config);
    expect(none.ok && none.value).toEqual([]);
  });

  it("refuses definitions with unknown fields or values, clashing names, or no comparison", () => {
    const field = segmentAccounts(
      accounts,
      [{ name: "x", filter: { field: "revenue", in: ["1"] } as never }],
      {},
      config,
    );
    expect(!field.ok && field.error.code).toBe("invalid_input");
    const stage = parseConfig({
      segments: {
        definitions: [{ name: "Won", filter: { field: "lifecycleStage", in: ["won"] } }],
      },
    });
    expect(!stage.ok && stage.error.message).toContain("unknown lifecycleStage 'won'");
    const rfm = segmentAccounts(
      accounts,
      [{ name: "x", filter: { field: "rfmSegment", notIn: ["vips"] } }],
      {},
      config,
    );
    expect(!rfm.ok && rfm.error.message).toContain("unknown rfmSegment 'vips'");
    const names = segmentAccounts(
      accounts,
      [dach, { ...dach, name: "dach customers or big software" }],
      {},
      config,
    );
    expect(!names.ok && names.error.message).toContain("is defined more than once");
    const bare = segmentAccounts(
      accounts,
      [{ name: "x", filter: { metric: "revenue" } }],
      {},
      config,
    );
    expect(!bare.ok && bare.error.message).toContain("must compare the metric");
    const between = segmentAccounts(
      accounts,
      [{ name: "x", filter: { metric: "revenue", between: [5, 1] } }],
      {},
      config,
    );
    expect(!between.ok && between.error.message).toContain("min ≤ max");
    const shape = segmentAccounts(
      accounts,
      [{ name: "x", filter: { nope: 1 } as never }],
      {},
      config,
    );
    expect(!shape.ok && shape.error.message).toContain("must be a filter");
  });

  it("refuses an account listed twice and malformed accounts, options or configuration", () => {
    const twice = segmentAccounts(
      [accounts[0] ?? {}, accounts[0] ?? {}] as never,
      [dach],
      {},
      config,
    );
    expect(!twice.ok && twice.error.code).toBe("duplicate_account");
    expect(segmentAccounts([{ id: "x" }] as never, [dach], {}, config).ok).toBe(false);
    expect(segmentAccounts(accounts, [dach], { rfm: "all" } as never, config).ok).toBe(false);
    expect(segmentAccounts(accounts, [dach], {}, { segments: 1 } as never).ok).toBe(false);
  });

  it("gives the same members whatever order the accounts come in", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(accounts, { minLength: accounts.length }), (shuffled) => {
        expect(segmentAccounts(shuffled, [dach], {}, config)).toEqual(
          segmentAccounts(accounts, [dach], {}, config),
        );
      }),
      { numRuns: 50 },
    );
  });
});
