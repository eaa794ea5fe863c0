import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aContact, aLead, anAccount } from "../../test/builders";
import { defaultConfig, parseConfig } from "../config/config";
import { recordCompleteness } from "./recordCompleteness";

const config = defaultConfig();

describe("record completeness", () => {
  it("counts the fields an account needs by default and names the missing ones", () => {
    const acme = anAccount({ domain: "acme.com", industry: "software", country: "DE" });
    const result = recordCompleteness(acme, "account", config);
    expect(result.ok && result.value).toMatchObject({
      kind: "account",
      recordId: acme.id,
      score: 0.6, // 3 of domain, industry, country, sizeBand, ownerId
      complete: false,
      missing: ["sizeBand", "ownerId"],
    });
    expect(result.ok && result.value.fields[0]).toEqual({ field: "domain", present: true });
  });

  it("calls a record with every configured field filled in complete", () => {
    const grace = aContact({
      email: "grace@acme.com",
      phone: "+49 30 1234567",
      title: "CFO",
      accountId: "acme",
      ownerId: "user-ada",
    });
    const result = recordCompleteness(grace, "contact", config);
    expect(result.ok && [result.value.score, result.value.complete]).toEqual([1, true]);
  });

  it("does not count blank text as filled in", () => {
    const lead = aLead({ email: "linus@acme.com", company: "  ", title: "CTO" });
    const result = recordCompleteness(lead, "lead", config);
    // email and title of email, company, title, country, ownerId
    expect(result.ok && result.value.missing).toEqual(["company", "country", "ownerId"]);
    expect(result.ok && result.value.score).toBe(0.4);
  });

  it("uses the company's own field list for a kind and keeps the defaults for the others", () => {
    const company = parseConfig({
      health: { completenessFields: { account: ["name", "region"] } },
    });
    expect(company.ok).toBe(true);
    if (!company.ok) return;
    const account = recordCompleteness(anAccount(), "account", company.value);
    expect(account.ok && account.value.missing).toEqual(["region"]);
    expect(company.value.health.completenessFields.contact).toContain("email");
  });

  it("calls every record complete when a kind has no fields to check", () => {
    const company = parseConfig({ health: { completenessFields: { lead: [] } } });
    const result = company.ok && recordCompleteness(aLead(), "lead", company.value);
    expect(result !== false && result.ok && result.value).toMatchObject({
      score: 1,
      complete: true,
    });
  });

  it("refuses a field list naming a field the kind does not have", () => {
    const company = parseConfig({ health: { completenessFields: { account: ["revenue"] } } });
    expect(!company.ok && company.error.message).toContain("unknown account field 'revenue'");
    const twice = parseConfig({ health: { completenessFields: { contact: ["email", "email"] } } });
    expect(!twice.ok && twice.error.message).toContain("must name each field once");
  });

  it("refuses an unknown kind or a record that is not of the kind", () => {
    const kind = recordCompleteness(anAccount(), "deal" as never, config);
    expect(!kind.ok && kind.error.message).toContain("unknown record kind 'deal'");
    const record = recordCompleteness({ id: "x" } as never, "contact", config);
    expect(!record.ok && record.error.code).toBe("invalid_input");
    const broken = recordCompleteness(anAccount(), "account", {
      health: { freshForDays: 0 },
    } as never);
    expect(!broken.ok && broken.error.message).toContain("health.freshForDays");
  });

  it("always scores between 0 and 1, and 1 exactly when nothing is missing", () => {
    const partial = fc.record(
      {
        domain: fc.constant("acme.com"),
        industry: fc.constant("software"),
        country: fc.constant("DE"),
        sizeBand: fc.constant("51-200" as const),
        ownerId: fc.constant("user-ada"),
        region: fc.constant("EMEA"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(partial, (over) => {
        const result = recordCompleteness(anAccount(over), "account", config);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(1);
        expect(result.value.score === 1).toBe(result.value.missing.length === 0);
      }),
    );
  });
});
