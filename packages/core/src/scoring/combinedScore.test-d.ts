import { describe, expectTypeOf, it } from "vitest";
import type { COMBINED_SCORE_CODES, CombinedScoreCode } from "./combinedScore";
import type { RfmCode } from "./rfmScores";

describe("combined score type", () => {
  it("is exactly the twelve codes A1 … D3", () => {
    expectTypeOf<CombinedScoreCode>().toEqualTypeOf<(typeof COMBINED_SCORE_CODES)[number]>();
    expectTypeOf<"A1">().toExtend<CombinedScoreCode>();
    expectTypeOf<"E1">().not.toExtend<CombinedScoreCode>();
    expectTypeOf<"A4">().not.toExtend<CombinedScoreCode>();
  });

  it("types an RFM code as three digits 1–5", () => {
    expectTypeOf<"555">().toExtend<RfmCode>();
    expectTypeOf<"150">().not.toExtend<RfmCode>();
  });
});
