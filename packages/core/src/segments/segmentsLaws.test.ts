import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anAccount,
  anythingOr,
  anyValue,
  isResultShaped,
  someMalformedConfigs,
} from "../../test/builders";
import { defaultConfig } from "../config/config";
import { SIZE_BANDS } from "../entities/firmographics";
import { RFM_SEGMENTS } from "../scoring/rfmSegment";
import { segmentAccounts } from "./segmentAccounts";
import type { SegmentDefinitionInput, SegmentFilter } from "./segmentDefinition";

const config = defaultConfig();
const definition: SegmentDefinitionInput = {
  name: "Mid-market software",
  filter: {
    all: [
      { field: "industry", in: ["software"] },
      { metric: "revenue", gte: 100 },
    ],
  },
};

const anyFilter: fc.Arbitrary<SegmentFilter> = fc.letrec<{ filter: SegmentFilter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      field: fc.constant("industry" as const),
      in: fc.subarray(["software", "retail"], { minLength: 1 }),
    }),
    fc.record({
      field: fc.constant("sizeBand" as const),
      notIn: fc.subarray([...SIZE_BANDS], { minLength: 1 }),
    }),
    fc.record({
      field: fc.constant("rfmSegment" as const),
      in: fc.subarray([...RFM_SEGMENTS], { minLength: 1 }),
    }),
    fc.record({ metric: fc.constant("revenue"), gte: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ all: fc.array(tie("filter"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("filter"), { minLength: 1, maxLength: 3 }) }),
  ),
})).filter;

const anyAccounts = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    industry: fc.option(fc.constantFrom("software", "Retail"), { nil: undefined }),
    sizeBand: fc.option(fc.constantFrom(...SIZE_BANDS), { nil: undefined }),
    revenue: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    rfm: fc.option(fc.constantFrom(...RFM_SEGMENTS), { nil: undefined }),
  }),
  { selector: (a) => a.id, maxLength: 6 },
);

describe("segment laws", () => {
  it("membership never depends on the order the accounts come in", () => {
    fc.assert(
      fc.property(
        anyAccounts.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        fc.array(anyFilter, { minLength: 1, maxLength: 3 }),
        ([given, shuffled], filters) => {
          const definitions = filters.map((filter, i) => ({ name: `s${i}`, filter }));
          const run = (list: typeof given) =>
            segmentAccounts(
              list.map((a) => ({
                ...anAccount({ id: a.id, industry: a.industry, sizeBand: a.sizeBand }),
                metrics:
                  a.revenue === undefined ? {} : ({ revenue: a.revenue } as Record<string, number>),
              })),
              definitions,
              {
                rfm: list.flatMap((a) =>
                  a.rfm === undefined ? [] : [{ accountId: a.id, segment: a.rfm }],
                ),
              },
              config,
            );
          const expected = run(given);
          expect(expected.ok).toBe(true);
          expect(run(shuffled)).toEqual(expected);
          // Every member was given a reason; members come by id.
          for (const segment of expected.ok ? expected.value : []) {
            const ids = segment.members.map((m) => m.accountId);
            expect(ids).toEqual([...ids].sort());
            for (const member of segment.members) expect(member.reasons.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("segmentAccounts returns a Result whatever it is handed", () => {
    const accounts = [{ ...anAccount({ industry: "software" }), metrics: { revenue: 200 } }];
    expect(segmentAccounts(accounts, [definition], {}, config).ok).toBe(true);
    fc.assert(
      fc.property(
        anythingOr(accounts),
        anythingOr([definition]),
        anythingOr({}),
        anythingOr(config),
        (a, d, o, c) => {
          expect(
            isResultShaped(segmentAccounts(a as never, d as never, o as never, c as never)),
          ).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.constantFrom("name", "filter", "description"), anyValue, (field, value) => {
        const odd = [{ ...definition, [field]: value }];
        expect(isResultShaped(segmentAccounts(accounts, odd as never, {}, config))).toBe(true);
      }),
      { numRuns: 300 },
    );
    for (const bad of someMalformedConfigs()) {
      const result = segmentAccounts(accounts, null, {}, bad as never);
      expect(!result.ok && result.error.code).toBe("invalid_input");
    }
  });
});
