import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../index";
import { normalizeDomain } from "./normalizeDomain";

const config = defaultConfig();
const domain = (text: string) => normalizeDomain(text, config);

describe("domain normalisation", () => {
  it.each([
    ["https://www.Acme.com/about?x=1", "acme.com"],
    ["http://acme.com:8080", "acme.com"],
    ["www.acme.com", "acme.com"],
    ["acme.com.", "acme.com"],
    ["ada@sales.acme.com", "sales.acme.com"],
    ["mailto:ada@acme.com", "acme.com"],
    ["https://user@www2.acme.co.uk/#top", "acme.co.uk"],
    ["阿里巴巴.中国", "阿里巴巴.中国"],
  ])("reads %s as %s", (text, expected) => {
    expect(domain(text)).toEqual({ ok: true, value: expected });
  });

  it("keeps 'www' when it is the whole name", () => {
    expect(domain("www.com")).toEqual({ ok: true, value: "www.com" });
  });

  it.each(["not a site", "localhost", "", "https://"])("refuses '%s'", (text) => {
    const result = domain(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("invalid_domain");
  });

  it("is idempotent", () => {
    const host = fc.domain();
    const url = fc.tuple(
      fc.constantFrom("", "https://", "http://www.", "www."),
      host,
      fc.constantFrom("", "/a?b", ":80/x"),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          url.map((parts) => parts.join("")),
        ),
        (text) => {
          const once = domain(text);
          if (once.ok) expect(domain(once.value)).toEqual(once);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
