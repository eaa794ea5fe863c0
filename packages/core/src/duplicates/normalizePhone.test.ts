import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../index";
import { normalizePhone } from "./normalizePhone";

const config = defaultConfig();

describe("phone normalisation", () => {
  it("writes a national number in E.164 using the company's default country", () => {
    expect(normalizePhone("(415) 555-2671", config)).toEqual({ ok: true, value: "+14155552671" });
  });

  it("reads a number in the record's own country when one is given", () => {
    expect(normalizePhone("030 1234567", config, "DE")).toEqual({
      ok: true,
      value: "+49301234567",
    });
  });

  it("keeps an international number's own country code", () => {
    expect(normalizePhone("+86 138 0013 8000", config, "DE")).toEqual({
      ok: true,
      value: "+8613800138000",
    });
  });

  it("follows the configured default country", () => {
    const german = parseConfig({ duplicates: { defaultPhoneCountry: "DE" } });
    if (!german.ok) throw new Error(german.error.message);
    expect(normalizePhone("030 1234567", german.value)).toEqual({
      ok: true,
      value: "+49301234567",
    });
  });

  it.each([
    ["12", "too_short"],
    ["phone me", "not_a_number"],
    ["1234567890123456789", "too_long"],
    ["+1 999 999 9999", "not_a_valid_number"],
  ])("refuses '%s' and says why (%s)", (text, problem) => {
    const result = normalizePhone(text, config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_phone");
    expect(result.error).toMatchObject({ details: { problem } });
  });

  it("refuses a country that is not an ISO code", () => {
    const result = normalizePhone("030 1234567", config, "Germany");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("invalid_input");
  });

  it("is idempotent", () => {
    const digits = fc.stringMatching(/^\+?[0-9 ()-]{3,18}$/);
    fc.assert(
      fc.property(digits, fc.constantFrom("US", "DE", "CN", "GB", "JP"), (text, country) => {
        const once = normalizePhone(text, config, country);
        if (once.ok) expect(normalizePhone(once.value, config, country)).toEqual(once);
      }),
      { numRuns: 1000 },
    );
  });
});
