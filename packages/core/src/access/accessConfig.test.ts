import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../index";
import { AccessConfig } from "./accessConfig";

describe("access configuration", () => {
  it("defaults to DOMAIN.md §8: reps and managers their teams', leadership and admin all", () => {
    const { access } = defaultConfig();
    expect(access.readScope).toMatchObject({
      rep: "team",
      manager: "team",
      leadership: "all",
      admin: "all",
      finance: "all",
    });
    expect(access.writeScope).toMatchObject({
      rep: "own",
      manager: "team",
      leadership: "own",
      admin: "all",
    });
    expect(access.readableKinds.finance).toEqual(["account", "contact", "deal"]);
    expect(access.hiddenFields.marketing?.deal).toEqual(["amount"]);
    expect(access.unownedRecordRoles).toEqual(["manager", "marketing"]);
  });

  it("lets a company change one role and keeps the defaults for the others", () => {
    const access = AccessConfig.parse({
      readScope: { finance: "team" },
      writeScope: { leadership: "none" },
    });
    expect(access.readScope.finance).toBe("team");
    expect(access.readScope.rep).toBe("team");
    expect(access.writeScope.leadership).toBe("none");
    expect(access.writeScope.admin).toBe("all");
  });

  it("replaces a role's hidden fields when the company names that role", () => {
    const access = AccessConfig.parse({
      hiddenFields: { marketing: { deal: [] }, service: { contact: ["phone"] } },
    });
    expect(access.hiddenFields.marketing?.deal).toEqual([]);
    expect(access.hiddenFields.service?.contact).toEqual(["phone"]);
  });

  it("refuses to hide a field the record kind does not have, naming the real ones", () => {
    const parsed = parseConfig({ access: { hiddenFields: { marketing: { deal: ["amout"] } } } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain("access.hiddenFields.marketing.deal");
    expect(parsed.error.message).toContain("deal has no field 'amout'; use one of id, name,");
  });

  it("refuses to hide a record's id", () => {
    const parsed = parseConfig({ access: { hiddenFields: { rep: { lead: ["id"] } } } });
    expect(!parsed.ok && parsed.error.message).toContain("'id' cannot be hidden");
  });

  it("refuses an unknown scope or record kind", () => {
    expect(AccessConfig.safeParse({ readScope: { rep: "everything" } }).success).toBe(false);
    const parsed = parseConfig({ access: { readableKinds: { finance: ["invoice"] } } });
    expect(!parsed.ok && parsed.error.message).toContain("unknown record kind 'invoice'");
  });

  it("refuses a record kind that is not even a string, and a typed array for a list, without crashing", () => {
    const odd = parseConfig({ access: { readableKinds: { finance: [Object.create(null)] } } });
    expect(!odd.ok && odd.error.message).toContain(
      "must be a record kind: one of account, contact, lead, deal, activity",
    );
    const typed = parseConfig({ access: { readableKinds: { finance: new Int8Array([1]) } } });
    expect(!typed.ok && typed.error.message).toContain("access.readableKinds.finance");
  });
});
