import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../index";

describe("duplicates configuration", () => {
  it("defaults to DOMAIN.md's legal forms, a 0.7 threshold and US phone numbers", () => {
    const { duplicates } = defaultConfig();
    expect(duplicates.minConfidence).toBe(0.7);
    expect(duplicates.defaultPhoneCountry).toBe("US");
    expect(duplicates.legalSuffixes).toEqual(
      expect.arrayContaining(["Inc", "GmbH", "有限公司", "股份有限公司"]),
    );
    expect(duplicates.signalWeights.sameEmail).toBe(0.95);
  });

  it("refuses signal weights outside [0, 1] and an empty legal form, naming the field", () => {
    const parsed = parseConfig({
      duplicates: { signalWeights: { samePhone: 1.5 }, legalSuffixes: [" "] },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain("duplicates.signalWeights.samePhone");
    expect(parsed.error.message).toContain("duplicates.legalSuffixes[0]");
  });
});
