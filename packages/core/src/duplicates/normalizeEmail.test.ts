import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../index";
import { normalizeEmail } from "./normalizeEmail";

const config = defaultConfig();
const email = (text: string) => normalizeEmail(text, config);

describe("email normalisation", () => {
  it("trims, lower-cases and removes plus-tags", () => {
    expect(email(" Ada+CRM@Acme.com ")).toEqual({ ok: true, value: "ada@acme.com" });
  });

  it("reads Gmail addresses without their dots, and googlemail as gmail", () => {
    expect(email("A.Da.Lovelace@gmail.com")).toEqual({ ok: true, value: "adalovelace@gmail.com" });
    expect(email("a.da@googlemail.com")).toEqual({ ok: true, value: "ada@gmail.com" });
  });

  it("keeps dots for other providers, where they may matter", () => {
    expect(email("a.da@acme.com")).toEqual({ ok: true, value: "a.da@acme.com" });
  });

  it("keeps a leading plus, which is part of the mailbox", () => {
    expect(email("+ada@acme.com")).toEqual({ ok: true, value: "+ada@acme.com" });
  });

  it("can keep plus-tags and Gmail dots when the company says so", () => {
    const literal = parseConfig({ duplicates: { stripPlusTags: false, foldGmailDots: false } });
    if (!literal.ok) throw new Error(literal.error.message);
    expect(normalizeEmail("a.da+x@gmail.com", literal.value)).toEqual({
      ok: true,
      value: "a.da+x@gmail.com",
    });
  });

  it.each(["ada at acme", "ada@", "@acme.com", "ada@acme", "a b@acme.com", "...@gmail.com"])(
    "refuses '%s', which is not an address",
    (text) => {
      const result = email(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("invalid_email");
    },
  );

  it("is idempotent", () => {
    const local = fc.stringMatching(/^[A-Za-z0-9.+_-]{1,12}$/);
    const domain = fc.constantFrom("acme.com", "GMAIL.com", "googlemail.com", "x.co.uk");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
        ),
        (text) => {
          const once = email(text);
          if (once.ok) expect(email(once.value)).toEqual(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
