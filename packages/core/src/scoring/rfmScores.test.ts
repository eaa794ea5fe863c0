import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anRfmCustomer, anythingOr, isResultShaped, T0 } from "../../test/builders";
import { type Config, defaultConfig, parseConfig } from "../config/config";
import { MS_PER_DAY } from "./engagementDecay";
import { type RfmCustomer, type RfmCustomerInput, rfmScores } from "./rfmScores";
import { RFM_SEGMENT_MAP } from "./rfmSegment";

const config = defaultConfig();
const daysAgo = (days: number) => new Date(T0.getTime() - days * MS_PER_DAY);
const bought = (days: number, amountMinor = 10_000) => ({ at: daysAgo(days), amountMinor });
/** A configuration as a caller might build it by hand, unchecked: `rfmScores` must check it. */
const handBuilt = (company: unknown) => company as Config;
const scoresOf = (customers: RfmCustomer[], company: Config = config) => {
  const result = rfmScores(customers, T0, company);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const codes = (customers: RfmCustomer[]) =>
  Object.fromEntries(scoresOf(customers).map((s) => [s.accountId, s.code]));

describe("RFM scores", () => {
  it("scores each dimension by quintile among the accounts that have something to rank", () => {
    const customers = [
      anRfmCustomer({
        accountId: "a",
        purchases: [bought(1, 100), bought(10, 100), bought(20, 100)],
      }),
      anRfmCustomer({ accountId: "b", purchases: [bought(5, 1000)] }),
      anRfmCustomer({ accountId: "c", purchases: [bought(100, 50), bought(400, 50)] }),
      anRfmCustomer({ accountId: "d", purchases: [bought(400, 500)] }),
      anRfmCustomer({ accountId: "e", purchases: [] }),
    ];
    // recency among a, b, c, d (1, 5, 100, 400 days): 5, 4, 2, 1
    // frequency among a, b, c (3, 1, 1 in the window): 5, 2, 2
    // monetary among a, b, c (300, 1000, 50): 3, 5, 1
    expect(codes(customers)).toEqual({ a: "553", b: "425", c: "221", d: "111", e: "111" });
    const segments = scoresOf(customers).map((s) => s.segment);
    expect(segments).toEqual([
      "champions",
      "potential_loyalists",
      "hibernating",
      "hibernating",
      "hibernating",
    ]);
  });

  it("explains each score with the value, the rank and a sentence", () => {
    const [a] = scoresOf([
      anRfmCustomer({ accountId: "a", purchases: [bought(1)] }),
      anRfmCustomer({ accountId: "b", purchases: [bought(9), bought(30)] }),
    ]);
    expect(a?.contributions).toEqual([
      {
        dimension: "recency",
        value: 1,
        score: 4,
        population: 2,
        beaten: 1,
        tied: 1,
        reason:
          "Last bought 1 day ago; ranked among 2 accounts with a purchase: ahead of 1, level with 0, so 4.",
      },
      {
        dimension: "frequency",
        value: 1,
        score: 2,
        population: 2,
        beaten: 0,
        tied: 1,
        reason:
          "1 purchase in the last 365 days; ranked among 2 accounts with a purchase in the last 365 days: ahead of 0, level with 0, so 2.",
      },
      {
        dimension: "monetary",
        value: 10_000,
        score: 2,
        population: 2,
        beaten: 0,
        tied: 1,
        reason:
          "Revenue of 10000 (minor units) in the last 365 days; ranked among 2 accounts with revenue in the last 365 days: ahead of 0, level with 0, so 2.",
      },
    ]);
  });

  it("gives an account that never bought the lowest scores and says why", () => {
    const [never] = scoresOf([anRfmCustomer({ accountId: "x", purchases: [] })]);
    expect(never?.code).toBe("111");
    expect(never?.segment).toBe("hibernating");
    expect(never?.contributions.map((c) => c.reason)).toEqual([
      "Never bought (before now), so the lowest recency: 1.",
      "No purchase in the last 365 days, so the lowest frequency: 1.",
      "No revenue in the last 365 days, so the lowest monetary value: 1.",
    ]);
  });

  describe("tiny populations", () => {
    it("scores a lone account 3 on every dimension it has", () => {
      expect(codes([anRfmCustomer({ accountId: "solo", purchases: [bought(1)] })])).toEqual({
        solo: "333",
      });
    });

    it("scores two different accounts 2 and 4", () => {
      const customers = [
        anRfmCustomer({ accountId: "old", purchases: [bought(50, 10)] }),
        anRfmCustomer({ accountId: "fresh", purchases: [bought(2, 20), bought(3, 20)] }),
      ];
      expect(codes(customers)).toEqual({ old: "222", fresh: "444" });
    });

    it("scores three different accounts 1, 3 and 5", () => {
      const customers = [1, 2, 3].map((n) =>
        anRfmCustomer({
          accountId: `acct-${n}`,
          purchases: Array.from({ length: n }, () => bought(10 * (4 - n), 100 * n)),
        }),
      );
      expect(codes(customers)).toEqual({ "acct-1": "111", "acct-2": "333", "acct-3": "555" });
    });

    it("gives identical accounts identical scores", () => {
      const same = ["p", "q", "r", "s"].map((accountId) =>
        anRfmCustomer({ accountId, purchases: [bought(7)] }),
      );
      expect(new Set(scoresOf(same).map((s) => s.code))).toEqual(new Set(["333"]));
    });
  });

  it("scores five distinct accounts 1 to 5", () => {
    const customers = [1, 2, 3, 4, 5].map((n) =>
      anRfmCustomer({ accountId: `acct-${n}`, purchases: [bought(60 - 10 * n, n)] }),
    );
    expect(scoresOf(customers).map((s) => s.monetary)).toEqual([1, 2, 3, 4, 5]);
    expect(scoresOf(customers).map((s) => s.recency)).toEqual([1, 2, 3, 4, 5]);
  });

  it("counts frequency and revenue only in the window, recency from any purchase", () => {
    const [lapsed] = scoresOf(
      [anRfmCustomer({ accountId: "lapsed", purchases: [bought(365), bought(366)] })],
      handBuilt({ scoring: { rfm: { windowDays: 365 } } }),
    );
    expect(lapsed?.contributions.map((c) => c.value)).toEqual([365, 0, 0]);
    expect(lapsed?.code).toBe("311");
  });

  it("leaves purchases after now out and counts them", () => {
    const [early] = scoresOf([
      anRfmCustomer({ accountId: "e", purchases: [bought(-3), bought(4)] }),
    ]);
    expect(early?.ignoredFuturePurchases).toBe(1);
    expect(early?.contributions[0]?.value).toBe(4);
  });

  it("returns accounts in id order", () => {
    const ids = scoresOf(["m", "b", "z", "a"].map((accountId) => anRfmCustomer({ accountId }))).map(
      (s) => s.accountId,
    );
    expect(ids).toEqual(["a", "b", "m", "z"]);
  });

  it("refuses an account listed twice", () => {
    const result = rfmScores(
      [anRfmCustomer({ accountId: "twice" }), anRfmCustomer({ accountId: "twice" })],
      T0,
      config,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "invalid_rfm_customers",
        message:
          "Account 'twice' appears more than once; give each account once with all its purchases.",
      },
    });
  });

  it("refuses a negative purchase, naming it", () => {
    const result = rfmScores(
      [anRfmCustomer({ purchases: [{ at: T0, amountMinor: -5 }] })],
      T0,
      config,
    );
    expect(!result.ok && result.error.message).toContain(
      "[0].purchases[0].amountMinor: must be 0 or more",
    );
  });

  it("refuses revenue too large to add exactly", () => {
    const huge = { at: T0, amountMinor: Number.MAX_SAFE_INTEGER };
    const result = rfmScores([anRfmCustomer({ purchases: [huge, huge] })], T0, config);
    expect(!result.ok && result.error.code).toBe("invalid_rfm_customers");
  });

  it("refuses a bad now or configuration", () => {
    expect(rfmScores([], new Date(Number.NaN), config)).toMatchObject({
      error: { code: "invalid_now" },
    });
    const bad = handBuilt({ scoring: { rfm: { windowDays: 0 } } });
    expect(rfmScores([], T0, bad)).toMatchObject({ error: { code: "invalid_scoring_config" } });
    expect(rfmScores([], T0, handBuilt(undefined))).toMatchObject({
      ok: false,
      error: { code: "invalid_scoring_config" },
    });
  });

  it("reads its window from the company configuration", () => {
    const parsed = parseConfig({ scoring: { rfm: { windowDays: 30 } } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [lapsed] = scoresOf([anRfmCustomer({ purchases: [bought(31)] })], parsed.value);
    expect(lapsed?.contributions.map((c) => c.value)).toEqual([31, 0, 0]);
  });

  describe("laws", () => {
    const aPopulation = fc.uniqueArray(
      fc.record({
        accountId: fc
          .string({ minLength: 1, maxLength: 6 })
          .filter((s) => s.trim() === s && s !== ""),
        purchases: fc.array(
          fc.record({
            at: fc.integer({ min: -30, max: 800 }).map((days) => daysAgo(days)),
            amountMinor: fc.integer({ min: 0, max: 1_000_000 }),
          }),
          { maxLength: 6 },
        ),
      }),
      { selector: (c) => c.accountId, maxLength: 25 },
    );

    it("keeps every score within 1 to 5 and the segment on the R-F map", () => {
      fc.assert(
        fc.property(aPopulation, (customers) => {
          for (const s of scoresOf(customers)) {
            for (const q of [s.recency, s.frequency, s.monetary]) {
              expect(q).toBeGreaterThanOrEqual(1);
              expect(q).toBeLessThanOrEqual(5);
            }
            expect(s.code).toMatch(/^[1-5]{3}$/);
            expect(s.segment).toBe(RFM_SEGMENT_MAP[`${s.recency}${s.frequency}`]);
          }
        }),
      );
    });

    it("gives the same scores under any permutation of the input", () => {
      const withShuffle = aPopulation.chain((customers) =>
        fc.tuple(
          fc.constant(customers),
          fc.shuffledSubarray(customers, { minLength: customers.length }),
        ),
      );
      fc.assert(
        fc.property(withShuffle, ([customers, shuffled]) => {
          expect(scoresOf(shuffled)).toEqual(scoresOf(customers));
        }),
      );
    });

    it("never scores a more recent buyer lower on recency", () => {
      fc.assert(
        fc.property(aPopulation, (customers) => {
          const scores = scoresOf(customers);
          for (const x of scores) {
            for (const y of scores) {
              const [dx, dy] = [
                x.contributions[0]?.value ?? null,
                y.contributions[0]?.value ?? null,
              ];
              if (dx !== null && dy !== null && dx < dy)
                expect(x.recency).toBeGreaterThanOrEqual(y.recency);
            }
          }
        }),
      );
    });
  });
});

describe("RFM scores on any input", () => {
  it("never throws: whatever each argument is, the answer is a Result", () => {
    fc.assert(
      fc.property(
        anythingOr([anRfmCustomer({ purchases: [bought(3)] })]),
        anythingOr(T0),
        anythingOr(config),
        (customers, now, company) => {
          const result = rfmScores(customers as RfmCustomerInput[], now as Date, company as Config);
          expect(isResultShaped(result)).toBe(true);
        },
      ),
    );
  });
});
