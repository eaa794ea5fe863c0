import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../index";
import { normalizeCompanyName } from "./normalizeCompanyName";

const config = defaultConfig();
const name = (text: string) => normalizeCompanyName(text, config);

describe("company name normalisation", () => {
  it("reads 'Acme, Inc.' and 'ACME Inc' as the same company", () => {
    expect(name("Acme, Inc.")).toEqual({ ok: true, value: "acme" });
    expect(name("ACME Inc")).toEqual({ ok: true, value: "acme" });
  });

  it.each([
    ["Globex Corporation", "globex"],
    ["Initech LLC", "initech"],
    ["Umbrella Pty Ltd", "umbrella"],
    ["Siemens AG", "siemens"],
    ["Société Générale S.A.", "société générale"],
    ["Philips N.V.", "philips"],
    ["Stark Industries Co., Ltd.", "stark industries"],
    ["  Wayne   Enterprises,\tPLC ", "wayne enterprises"],
    ["ＡＣＭＥ Ｃｏ．", "acme"],
  ])("strips the legal form and folds case, width and spacing: %s", (input, expected) => {
    expect(name(input)).toEqual({ ok: true, value: expected });
  });

  it("keeps Chinese names' characters and strips their legal forms", () => {
    expect(name("阿里巴巴集团")).toEqual({ ok: true, value: "阿里巴巴" });
    expect(name("北京字节跳动科技有限公司")).toEqual({ ok: true, value: "北京字节跳动科技" });
    expect(name("华为技术股份有限公司")).toEqual({ ok: true, value: "华为技术" });
    expect(name("腾讯集团有限公司")).toEqual({ ok: true, value: "腾讯" });
  });

  it("strips a Japanese legal form in front of the name too", () => {
    expect(name("株式会社トヨタ")).toEqual({ ok: true, value: "トヨタ" });
  });

  it("never strips a name down to nothing", () => {
    expect(name("Company")).toEqual({ ok: true, value: "company" });
    expect(name("集团")).toEqual({ ok: true, value: "集团" });
  });

  it("uses the company's own list of legal forms", () => {
    const custom = parseConfig({ duplicates: { legalSuffixes: ["Holdings"] } });
    if (!custom.ok) throw new Error(custom.error.message);
    expect(normalizeCompanyName("Acme Holdings", custom.value)).toEqual({
      ok: true,
      value: "acme",
    });
    expect(normalizeCompanyName("Acme Inc", custom.value)).toEqual({ ok: true, value: "acme inc" });
  });

  it("refuses a name with nothing to compare", () => {
    const result = name(" ... ");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("empty_name");
  });

  it("is idempotent: a normalised name normalises to itself", () => {
    const words = fc.constantFrom(
      "Acme",
      "inc",
      "Co.",
      "GmbH",
      "有限公司",
      "集团",
      "株式会社",
      "Ltd",
      " ",
      ",",
      "Ａ",
      "É",
      "ß",
      "İ",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((w) => w.join(" ")),
          fc.string({ unit: "grapheme" }),
        ),
        (text) => {
          const once = name(text);
          if (!once.ok) return;
          expect(name(once.value)).toEqual(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
