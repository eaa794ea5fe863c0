import { describe, expect, it } from "vitest";
import { anAccount } from "../../test/builders";
import { defaultConfig, parseConfig } from "../index";
import { findDuplicateAccounts } from "./findDuplicateAccounts";

const config = defaultConfig();
const find = (accounts: Parameters<typeof findDuplicateAccounts>[0], cfg = config) => {
  const result = findDuplicateAccounts(accounts, cfg);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("duplicate accounts", () => {
  it("pairs 'Acme, Inc.' on acme.com with 'ACME Inc' on www.acme.com, for both reasons", () => {
    const found = find([
      { id: "a1", name: "Acme, Inc.", domain: "acme.com" },
      { id: "a2", name: "ACME Inc", website: "https://www.acme.com/" },
    ]);
    // Same domain 0.6 and identical names 0.9: 1 − 0.4 × 0.1 = 0.96.
    expect(found.candidates).toEqual([
      {
        ids: ["a1", "a2"],
        confidence: 0.96,
        reasons: [
          { signal: "same_domain", detail: "Both are on the domain acme.com.", strength: 0.6 },
          {
            signal: "similar_name",
            detail: "Both are named 'acme' once normalised.",
            strength: 0.9,
          },
        ],
      },
    ]);
  });

  it("accepts Account records as they are", () => {
    const found = find([
      anAccount({ id: "x1", name: "Globex GmbH" }),
      anAccount({ id: "x2", name: "Globex" }),
    ]);
    expect(found.candidates.map((c) => c.ids)).toEqual([["x1", "x2"]]);
  });

  it("scores a typo by how alike the names are", () => {
    const found = find([
      { id: "b1", name: "Goldenbridge Logistics" },
      { id: "b2", name: "Goldenbrdige Logistics Ltd" },
    ]);
    const [pair] = found.candidates;
    expect(pair?.reasons.map((r) => r.signal)).toEqual(["similar_name"]);
    // One transposition in 22 characters: Jaro (1 + 1 + 21/22) / 3 = 0.985, prefix 4: 0.991;
    // strength 0.9 × (0.991 − 0.8) / 0.2 = 0.86.
    expect(pair?.confidence).toBeCloseTo(0.86, 2);
  });

  it("pairs accounts with the same phone written differently, and a similar name", () => {
    const found = find([
      { id: "p1", name: "Initech", phone: "(415) 555-2671" },
      { id: "p2", name: "Initech Corp", phone: "+1 415 555 2671" },
    ]);
    expect(found.candidates[0]?.reasons.map((r) => r.signal)).toEqual([
      "same_phone",
      "similar_name",
    ]);
    // 1 − 0.4 × 0.1 = 0.96
    expect(found.candidates[0]?.confidence).toBe(0.96);
  });

  it("reads Chinese phone numbers in the account's country", () => {
    const found = find([
      { id: "c1", name: "华为技术有限公司", phone: "138 0013 8000", country: "CN" },
      { id: "c2", name: "华为技术", phone: "+86 13800138000" },
    ]);
    expect(found.candidates[0]?.reasons.map((r) => r.signal)).toEqual([
      "same_phone",
      "similar_name",
    ]);
  });

  it("does not pair different companies that only share a free mail domain", () => {
    const found = find([
      { id: "f1", name: "Acme", email: "acme.sales@gmail.com" },
      { id: "f2", name: "Zenith", email: "zenith@gmail.com" },
    ]);
    expect(found.candidates).toEqual([]);
  });

  it("leaves out pairs below the configured least confidence", () => {
    const accounts = [
      { id: "d1", name: "Acme", domain: "acme.com" },
      { id: "d2", name: "Zenith", domain: "acme.com" },
    ];
    expect(find(accounts).candidates).toEqual([]);
    const lenient = parseConfig({ duplicates: { minConfidence: 0.5 } });
    if (!lenient.ok) throw new Error(lenient.error.message);
    expect(find(accounts, lenient.value).candidates[0]?.confidence).toBe(0.6);
  });

  it("lists unreadable values instead of failing or ignoring them silently", () => {
    const found = find([
      { id: "u1", name: "!!!", phone: "12", email: "not-an-email", website: "nowhere" },
    ]);
    expect(found.unreadable.map((u) => u.field).sort()).toEqual([
      "email",
      "name",
      "phone",
      "website",
    ]);
  });

  it("compares a large group sharing one phone in windows, not every pair", () => {
    const accounts = Array.from({ length: 200 }, (_, i) => ({
      id: `s${String(i).padStart(3, "0")}`,
      name: `Tenant ${i}`,
      phone: "(415) 555-2671",
    }));
    const found = find(accounts);
    // 200 records, blocks of 50: each record is compared with at most the next 49.
    expect(found.comparisons).toBeLessThan((200 * 199) / 2);
    expect(found.comparisons).toBeGreaterThanOrEqual(200 * 49 - (49 * 50) / 2);
  });

  it("refuses an account listed twice", () => {
    const result = findDuplicateAccounts(
      [
        { id: "a1", name: "Acme" },
        { id: "a1", name: "Acme" },
      ],
      config,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("duplicate_record_id");
  });

  it("refuses a malformed configuration", () => {
    const result = findDuplicateAccounts([], { duplicates: { minConfidence: 2 } } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("duplicates.minConfidence");
  });
});
