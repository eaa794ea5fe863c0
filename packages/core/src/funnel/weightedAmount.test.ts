import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aDeal, someMalformedConfigs } from "../../test/builders";
import { type Config, defaultConfig } from "../config/config";
import { ok } from "../result";
import { weightedAmount } from "./weightedAmount";

const config = defaultConfig();
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });

describe("weighted amount", () => {
  it("weights a deal by its stage's win probability", () => {
    expect(weightedAmount(aDeal({ stage: "proposal", amount: eur(1_000_000) }), config)).toEqual(
      ok(eur(600_000)),
    );
  });

  it("counts a won deal in full and a lost one as nothing", () => {
    expect(weightedAmount(aDeal({ stage: "closed_won", amount: eur(999) }), config)).toEqual(
      ok(eur(999)),
    );
    expect(weightedAmount(aDeal({ stage: "closed_lost", amount: eur(999) }), config)).toEqual(
      ok(eur(0)),
    );
  });

  it("rounds to whole minor units, halves up", () => {
    expect(weightedAmount({ stage: "prospecting", amount: eur(15) }, config)).toEqual(ok(eur(2)));
    expect(weightedAmount({ stage: "prospecting", amount: eur(14) }, config)).toEqual(ok(eur(1)));
  });

  it("stays exact for the largest amount money can hold", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const result = weightedAmount({ stage: "negotiation", amount: eur(max) }, config);
    const exact = (BigInt(max) * 80n + 50n) / 100n;
    expect(result.ok && BigInt(result.value.amountMinor)).toBe(exact);
  });

  it("refuses a missing or malformed company configuration with a typed error, never a crash", () => {
    for (const malformed of someMalformedConfigs()) {
      const deal = { stage: "proposal", amount: eur(100) };
      expect(weightedAmount(deal, malformed as Config)).toMatchObject({
        ok: false,
        error: {
          code: "invalid_input",
          message: expect.stringMatching(/^The configuration is not valid — /),
        },
      });
    }
  });

  it("refuses a negative or fractional amount and an unknown stage", () => {
    const negative = weightedAmount({ stage: "proposal", amount: eur(-1) }, config);
    expect(!negative.ok && negative.error.message).toContain(
      "amount.amountMinor: must be 0 or more",
    );
    const fraction = weightedAmount({ stage: "proposal", amount: eur(1.5) }, config);
    expect(!fraction.ok && fraction.error.code).toBe("invalid_input");
    expect(weightedAmount({ stage: "won", amount: eur(1) }, config)).toMatchObject({
      ok: false,
      error: { code: "unknown_stage" },
    });
  });

  it("never weighs more than the amount nor less than nothing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...config.pipeline.stages.map((s) => s.id)),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (stage, amountMinor) => {
          const result = weightedAmount({ stage, amount: eur(amountMinor) }, config);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(Number.isInteger(result.value.amountMinor)).toBe(true);
          expect(result.value.amountMinor).toBeGreaterThanOrEqual(0);
          expect(result.value.amountMinor).toBeLessThanOrEqual(amountMinor);
        },
      ),
    );
  });
});
