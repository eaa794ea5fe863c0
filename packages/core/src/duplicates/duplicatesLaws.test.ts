import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aContact,
  anAccount,
  anythingOr,
  isResultShaped,
  someMalformedConfigs,
} from "../../test/builders";
import { defaultConfig } from "../index";
import { DUPLICATES_ERROR_CODES } from "./duplicatesError";
import { findDuplicateAccounts } from "./findDuplicateAccounts";
import { findDuplicateContacts } from "./findDuplicateContacts";
import { jaroWinkler } from "./jaroWinkler";
import { normalizeCompanyName } from "./normalizeCompanyName";
import { normalizeDomain } from "./normalizeDomain";
import { normalizeEmail } from "./normalizeEmail";
import { normalizePhone } from "./normalizePhone";
import { planMerge } from "./planMerge";

const config = defaultConfig();

const anAccountToMatch = fc.record(
  {
    name: fc.constantFrom(
      "Acme Inc",
      "ACME",
      "Acme Corp",
      "Acmee",
      "Globex GmbH",
      "Globx",
      "阿里巴巴集团",
      "阿里巴巴",
      "Initech",
      "!!",
    ),
    domain: fc.constantFrom("acme.com", "globex.de", "www.acme.com", "bad domain"),
    email: fc.constantFrom("info@acme.com", "hello@gmail.com", "Info+x@acme.com", "nope"),
    phone: fc.constantFrom("(415) 555-2671", "+1 415 555 2671", "+49 30 1234567", "12"),
  },
  { requiredKeys: ["name"] },
);
const someAccounts = fc
  .array(anAccountToMatch, { maxLength: 25 })
  .map((accounts) => accounts.map((a, i) => ({ ...a, id: `acct-${i}` })));

describe("duplicate detection laws", () => {
  it("gives the same pairs and confidences whatever order the accounts come in", () => {
    fc.assert(
      fc.property(
        someAccounts.chain((accounts) =>
          fc.tuple(
            fc.constant(accounts),
            fc.shuffledSubarray(accounts, { minLength: accounts.length }),
          ),
        ),
        ([accounts, shuffled]) => {
          expect(findDuplicateAccounts(shuffled, config)).toEqual(
            findDuplicateAccounts(accounts, config),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never pairs a record with itself, reports each pair once, and keeps confidence in [minConfidence, 1]", () => {
    fc.assert(
      fc.property(someAccounts, (accounts) => {
        const result = findDuplicateAccounts(accounts, config);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const keys = result.value.candidates.map((c) => c.ids.join("|"));
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of result.value.candidates) {
          expect(c.ids[0] < c.ids[1]).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(config.duplicates.minConfidence);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("finds with blocking exactly the pairs that comparing every pair finds, when every pair is in reach", () => {
    const everyPair = {
      ...config,
      duplicates: { ...config.duplicates, neighbourWindow: 100, maxBlockSize: 10_000 },
    };
    fc.assert(
      // Up to neighbourWindow + 1 records, every pair is within a window of each other.
      fc.property(
        someAccounts.map((accounts) => accounts.slice(0, config.duplicates.neighbourWindow + 1)),
        (accounts) => {
          expect(findDuplicateAccounts(accounts, config)).toEqual(
            findDuplicateAccounts(accounts, everyPair),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("for any input at all", () => {
  const codes = new Set<string>(DUPLICATES_ERROR_CODES);
  const account = anAccount({ id: "a1" });
  const calls: Record<string, (args: unknown[]) => unknown> = {
    normalizeCompanyName: ([a, c]) => normalizeCompanyName(a as never, c as never),
    normalizeEmail: ([a, c]) => normalizeEmail(a as never, c as never),
    normalizeDomain: ([a, c]) => normalizeDomain(a as never, c as never),
    normalizePhone: ([a, c, d]) => normalizePhone(a as never, c as never, d as never),
    findDuplicateAccounts: ([a, c]) => findDuplicateAccounts(a as never, c as never),
    findDuplicateContacts: ([a, c]) => findDuplicateContacts(a as never, c as never),
    planMerge: ([a, c]) => planMerge(a as never, c as never),
    jaroWinkler: ([a, b]) => jaroWinkler(a as never, b as never),
  };
  const valid: Record<string, unknown[]> = {
    normalizeCompanyName: ["Acme Inc", config],
    normalizeEmail: ["ada@acme.com", config],
    normalizeDomain: ["acme.com", config],
    normalizePhone: ["(415) 555-2671", config, "US"],
    findDuplicateAccounts: [
      [
        { id: "a1", name: "Acme" },
        { id: "a2", name: "Acme Inc" },
      ],
      config,
    ],
    findDuplicateContacts: [[aContact({ id: "c1" }), aContact({ id: "c2" })], config],
    planMerge: [{ kind: "account", survivor: account, duplicate: anAccount({ id: "a2" }) }, config],
    jaroWinkler: ["acme", "acne"],
  };

  it("the valid calls succeed, so the replacements below reach every check", () => {
    for (const name of Object.keys(calls))
      expect(calls[name]?.(valid[name] ?? [])).toMatchObject({ ok: true });
  });

  it("every public function returns a result with a known error code, never throws", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...Object.keys(calls))
          .chain((name) =>
            fc.tuple(fc.constant(name), fc.tuple(...(valid[name] ?? []).map((v) => anythingOr(v)))),
          ),
        ([name, args]) => {
          const result = calls[name]?.(args);
          expect(isResultShaped(result)).toBe(true);
          const r = result as { ok: boolean; error?: { code: string } };
          if (!r.ok) expect(codes.has(r.error?.code ?? "")).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("refuses every malformed configuration with invalid_input", () => {
    for (const bad of someMalformedConfigs())
      for (const name of Object.keys(calls).filter((n) => n !== "jaroWinkler")) {
        const args = [...(valid[name] ?? [])];
        args[1] = bad;
        expect(calls[name]?.(args)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      }
  });
});
