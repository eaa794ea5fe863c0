import { describe, expect, it } from "vitest";
import { aRating } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { customerSatisfaction } from "./customerSatisfaction";

const d = (iso: string) => new Date(`${iso}Z`);
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();

describe("CSAT", () => {
  it("counts 4 and 5 as satisfied: 5, 4, 3, 2 gives 2 ÷ 4 = 0.5", () => {
    const ratings = [5, 4, 3, 2].map((score) => aRating({ score, at: d("2026-03-05T00:00:00") }));
    expect(customerSatisfaction({ ratings }, march, config)).toEqual({
      ok: true,
      value: { value: 0.5, counts: { ratings: 4, satisfied: 2 } },
    });
  });

  it("is undefined when no one rated in the period", () => {
    const result = customerSatisfaction({ ratings: [aRating({ at: march.end })] }, march, config);
    expect(result.ok && result.value).toMatchObject({
      value: null,
      reason: "no ratings were given in the period",
    });
  });

  it("refuses a rating off the 1–5 scale", () => {
    for (const score of [0, 6, 4.5]) {
      const result = customerSatisfaction({ ratings: [aRating({ score })] }, march, config);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain("must be a whole number from 1 to 5");
    }
  });
});
