import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anAccount } from "../../test/builders";
import { SIZE_BANDS } from "../entities/firmographics";
import { type Condition, TERRITORY_FIELDS } from "./assignmentConfig";
import type { RoutableRecord } from "./routableRecord";
import { explainCondition, matchesCondition } from "./territoryCondition";

const dach: Condition = { field: "country", in: ["DE", "AT", "CH"] };
const enterprise: Condition = { field: "sizeBand", in: ["1001-5000", "5001+"] };

describe("routing condition", () => {
  describe("territory fields", () => {
    it("matches a country in the list, whatever its case or spacing", () => {
      expect(matchesCondition(dach, { country: " de " })).toBe(true);
      expect(
        matchesCondition({ field: "industry", in: [" Software "] }, { industry: "SOFTWARE" }),
      ).toBe(true);
    });

    it("does not match a country outside the list", () => {
      expect(matchesCondition(dach, { country: "FR" })).toBe(false);
    });

    it("matches notIn when the value is outside the excluded list", () => {
      const outsideNorthAmerica: Condition = { field: "country", notIn: ["US", "CA"] };
      expect(matchesCondition(outsideNorthAmerica, { country: "DE" })).toBe(true);
      expect(matchesCondition(outsideNorthAmerica, { country: "us" })).toBe(false);
    });

    it("never routes on a field that is not recorded, neither by in nor by notIn", () => {
      expect(matchesCondition(dach, {})).toBe(false);
      expect(matchesCondition({ field: "country", notIn: ["US"] }, { country: null })).toBe(false);
      expect(matchesCondition({ field: "region", notIn: ["emea"] }, { region: "   " })).toBe(false);
    });

    it("reads the territory straight from an account", () => {
      const account = anAccount({ country: "AT", sizeBand: "5001+" });
      expect(matchesCondition({ all: [dach, enterprise] }, account)).toBe(true);
    });
  });

  describe("AND / OR", () => {
    it("needs every part of an all", () => {
      expect(
        matchesCondition({ all: [dach, enterprise] }, { country: "DE", sizeBand: "5001+" }),
      ).toBe(true);
      expect(
        matchesCondition({ all: [dach, enterprise] }, { country: "DE", sizeBand: "1-10" }),
      ).toBe(false);
    });

    it("needs one part of an any", () => {
      const fintechOrDach: Condition = { any: [dach, { field: "industry", in: ["fintech"] }] };
      expect(matchesCondition(fintechOrDach, { country: "FR", industry: "Fintech" })).toBe(true);
      expect(matchesCondition(fintechOrDach, { country: "FR", industry: "retail" })).toBe(false);
    });

    it("nests: DACH enterprise, or any fintech outside the US", () => {
      const condition: Condition = {
        any: [
          { all: [dach, enterprise] },
          {
            all: [
              { field: "industry", in: ["fintech"] },
              { field: "country", notIn: ["US"] },
            ],
          },
        ],
      };
      expect(matchesCondition(condition, { country: "CH", sizeBand: "1001-5000" })).toBe(true);
      expect(matchesCondition(condition, { country: "FR", industry: "fintech" })).toBe(true);
      expect(matchesCondition(condition, { country: "US", industry: "fintech" })).toBe(false);
      expect(matchesCondition(condition, { country: "DE", sizeBand: "11-50" })).toBe(false);
    });
  });

  describe("named accounts", () => {
    const named: Condition = { namedAccounts: ["acct-globex", "Acme.com"] };

    it("matches by domain, case-insensitively and with or without www", () => {
      expect(matchesCondition(named, { domain: "acme.com" })).toBe(true);
      expect(matchesCondition(named, { domain: "www.ACME.com" })).toBe(true);
    });

    it("matches by record id", () => {
      expect(matchesCondition(named, { id: "ACCT-GLOBEX" })).toBe(true);
    });

    it("does not match another account, or a record with neither id nor domain", () => {
      expect(matchesCondition(named, { id: "acct-initech", domain: "initech.com" })).toBe(false);
      expect(matchesCondition(named, {})).toBe(false);
    });
  });

  describe("explanation", () => {
    it("says which value matched which list", () => {
      expect(explainCondition(dach, { country: "DE" })).toEqual({
        matches: true,
        reason: "country is 'DE' (one of DE, AT, CH)",
      });
    });

    it("gives the first failing part of an all as the reason", () => {
      expect(
        explainCondition({ all: [dach, enterprise] }, { country: "DE", sizeBand: "1-10" }),
      ).toEqual({ matches: false, reason: "size band is '1-10', not one of 1001-5000, 5001+" });
    });

    it("lists every failing part of an any", () => {
      const verdict = explainCondition(
        { any: [dach, { field: "industry", notIn: ["retail"] }] },
        { country: "FR", industry: "Retail" },
      );
      expect(verdict.reason).toBe(
        "country is 'FR', not one of DE, AT, CH and industry is 'Retail', which is excluded (retail)",
      );
    });

    it("explains missing data and named accounts", () => {
      expect(explainCondition(dach, {}).reason).toBe("country is not recorded");
      expect(
        explainCondition({ field: "region", notIn: ["apac"] }, { region: "emea" }).reason,
      ).toBe("region is 'emea' (none of apac)");
      expect(explainCondition({ namedAccounts: ["acme.com"] }, { domain: "acme.com" }).reason).toBe(
        "'acme.com' is a named account",
      );
      expect(
        explainCondition({ namedAccounts: ["acme.com"] }, { id: "a-1", domain: "b.com" }).reason,
      ).toBe("'a-1 / b.com' is not among the 1 named accounts");
      expect(explainCondition({ namedAccounts: ["acme.com"] }, {}).reason).toBe(
        "the record has no id or domain to compare with the named accounts",
      );
    });
  });

  describe("laws", () => {
    const value = fc.constantFrom("DE", "de", " FR", "fintech", "Retail", ...SIZE_BANDS);
    const leaf: fc.Arbitrary<Condition> = fc.oneof(
      fc.record({
        field: fc.constantFrom(...TERRITORY_FIELDS),
        in: fc.array(value, { minLength: 1 }),
      }),
      fc.record({
        field: fc.constantFrom(...TERRITORY_FIELDS),
        notIn: fc.array(value, { minLength: 1 }),
      }),
      fc.record({ namedAccounts: fc.array(fc.constantFrom("acme.com", "a-1"), { minLength: 1 }) }),
    );
    const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.record({ all: fc.array(tie("c"), { minLength: 1, maxLength: 3 }) }),
        fc.record({ any: fc.array(tie("c"), { minLength: 1, maxLength: 3 }) }),
      ),
    })).c;
    const record: fc.Arbitrary<RoutableRecord> = fc.record(
      {
        id: fc.constantFrom("a-1", "a-2"),
        domain: fc.constantFrom("acme.com", "www.acme.com", "globex.com"),
        industry: value,
        region: value,
        country: value,
        sizeBand: value,
      },
      { requiredKeys: [] },
    );

    it("an all holds exactly when each part holds, an any when some part does", () => {
      fc.assert(
        fc.property(fc.array(condition, { minLength: 1, maxLength: 3 }), record, (parts, r) => {
          expect(matchesCondition({ all: parts }, r)).toBe(
            parts.every((p) => matchesCondition(p, r)),
          );
          expect(matchesCondition({ any: parts }, r)).toBe(
            parts.some((p) => matchesCondition(p, r)),
          );
        }),
      );
    });

    it("in and notIn over the same list never both hold", () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...TERRITORY_FIELDS),
          fc.array(value, { minLength: 1 }),
          record,
          (field, values, r) => {
            const inside = matchesCondition({ field, in: values }, r);
            const outside = matchesCondition({ field, notIn: values }, r);
            expect(inside && outside).toBe(false);
            // Both fail only when the field is not recorded.
            if (!inside && !outside) expect(r[field]?.trim() ?? "").toBe("");
          },
        ),
      );
    });

    it("the explanation always agrees with the match and is never empty", () => {
      fc.assert(
        fc.property(condition, record, (c, r) => {
          const verdict = explainCondition(c, r);
          expect(verdict.matches).toBe(matchesCondition(c, r));
          expect(verdict.reason.length).toBeGreaterThan(0);
        }),
      );
    });
  });
});
