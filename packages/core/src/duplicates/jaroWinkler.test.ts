import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jaroWinkler, jaroWinklerScore } from "./jaroWinkler";

const jw = (a: string, b: string): number => {
  const result = jaroWinkler(a, b);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("Jaro-Winkler similarity", () => {
  it("matches the published values (Winkler 1990)", () => {
    expect(jw("MARTHA", "MARHTA")).toBeCloseTo(0.961, 3);
    expect(jw("DWAYNE", "DUANE")).toBeCloseTo(0.84, 3);
    expect(jw("DIXON", "DICKSONX")).toBeCloseTo(0.813, 3);
  });

  it("gives Jaro alone when the strings are not alike enough for the prefix bonus", () => {
    // Jaro of "abc"/"xbc": 2 matches, no transpositions: (2/3 + 2/3 + 1) / 3 = 0.778, no common prefix.
    expect(jw("abc", "xbc")).toBeCloseTo(0.778, 3);
    // "ab"/"ba": window 0, no matches.
    expect(jw("ab", "ba")).toBe(0);
  });

  it("compares Chinese names character by character", () => {
    // 4 of 5 characters match in place, prefix 4: Jaro (4/4 + 4/5 + 1) / 3 = 0.933, + 0.4 × 0.067 = 0.96.
    expect(jw("阿里巴巴", "阿里巴巴网")).toBeCloseTo(0.96, 3);
  });

  it("is 1 for equal strings, 0 against an empty one", () => {
    expect(jw("acme", "acme")).toBe(1);
    expect(jw("", "")).toBe(1);
    expect(jw("acme", "")).toBe(0);
  });

  it("stays in [0, 1], is symmetric and is 1 exactly for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const ab = jw(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1 + 1e-12);
        expect(jw(b, a)).toBe(ab);
        if (a === b) expect(ab).toBe(1);
      }),
    );
  });

  it("with a floor, gives the exact value whenever it reaches the floor", () => {
    const letters = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 10 });
    fc.assert(
      fc.property(letters, letters, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, floor) => {
        const codes = (s: string) => [...s].map((ch) => ch.codePointAt(0) ?? 0);
        const exact = jaroWinklerScore(codes(a), codes(b));
        const bounded = jaroWinklerScore(codes(a), codes(b), floor);
        if (exact >= floor) expect(bounded).toBe(exact);
        else expect(bounded).toBeLessThan(floor);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses what is not a pair of strings", () => {
    const result = jaroWinkler(3 as unknown as string, "acme");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("invalid_input");
  });
});
