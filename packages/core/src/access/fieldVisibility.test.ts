import { describe, expect, it } from "vitest";
import { aDeal, anActivity, aUser } from "../../test/builders";
import { AccessConfig, defaultConfig, type RecordKind } from "../index";
import { canSeeField, redactRecord, visibleFields } from "./fieldVisibility";

const config = defaultConfig().access;
const rep = aUser({ id: "user-ada", roles: ["rep"] });
const marketer = aUser({ id: "user-mia", roles: ["marketing"] });
const finance = aUser({ id: "user-fin", roles: ["finance"] });

describe("field visibility", () => {
  it("hides deal amounts from marketing", () => {
    expect(visibleFields(marketer, "deal", config)).not.toContain("amount");
    expect(visibleFields(marketer, "deal", config)).toContain("stage");
    expect(canSeeField(marketer, "deal", "amount", config)).toBe(false);
  });

  it("shows finance and sales every money field", () => {
    expect(canSeeField(finance, "deal", "amount", config)).toBe(true);
    expect(visibleFields(rep, "deal", config)).toContain("amount");
  });

  it("gives a user with several roles what any of them sees", () => {
    const both = aUser({ roles: ["marketing", "finance"] });
    expect(canSeeField(both, "deal", "amount", config)).toBe(true);
  });

  it("always shows the id, so a record can be referred to", () => {
    const hideAll = AccessConfig.parse({ hiddenFields: { rep: { deal: ["name", "amount"] } } });
    expect(visibleFields(rep, "deal", hideAll)[0]).toBe("id");
    expect(visibleFields(rep, "deal", hideAll)).not.toContain("name");
  });

  it("shows an inactive user no field at all", () => {
    expect(visibleFields(aUser({ active: false }), "deal", config)).toEqual([]);
    expect(canSeeField(aUser({ active: false }), "deal", "id", config)).toBe(false);
  });

  it("shows no field of an unknown record kind", () => {
    expect(visibleFields(rep, "invoice" as RecordKind, config)).toEqual([]);
  });

  it("lets a company hide what a role does not need", () => {
    const strict = AccessConfig.parse({
      hiddenFields: { service: { deal: ["amount", "closeDate"] } },
    });
    const agent = aUser({ roles: ["service"] });
    expect(visibleFields(agent, "deal", strict)).not.toContain("closeDate");
  });
});

describe("redacting a record", () => {
  it("drops the deal amount for marketing and keeps the rest", () => {
    const deal = aDeal();
    const shown = redactRecord(marketer, "deal", deal, config);
    expect("amount" in shown).toBe(false);
    expect(shown).toMatchObject({ id: deal.id, name: deal.name, stage: deal.stage });
  });

  it("keeps every field for a rep", () => {
    const deal = aDeal();
    expect(redactRecord(rep, "deal", deal, config)).toEqual(deal);
  });

  it("keeps only the id of someone else's private note, whatever the role", () => {
    const note = anActivity({
      kind: "note",
      private: true,
      actorId: "user-ada",
      body: "gut feeling",
    });
    const admin = aUser({ roles: ["admin"] });
    expect(redactRecord(admin, "activity", note, config)).toEqual({ id: note.id });
    expect(redactRecord(rep, "activity", note, config)).toEqual(note);
  });

  it("keeps only the id for an inactive user", () => {
    const deal = aDeal();
    expect(redactRecord(aUser({ active: false }), "deal", deal, config)).toEqual({ id: deal.id });
  });
});
