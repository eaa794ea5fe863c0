import { describe, expect, it } from "vitest";
import { aDeal, anActivity, aUser } from "../../test/builders";
import {
  type AccessConfigInput,
  Config,
  defaultConfig,
  type FieldViewer,
  type RecordKind,
} from "../index";
import { canSeeField, redactRecord, visibleFields } from "./fieldVisibility";

const config = defaultConfig();
/** A company that changed only its access rules. */
const withAccess = (access: AccessConfigInput): Config => Config.parse({ access });
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
    const hideAll = withAccess({ hiddenFields: { rep: { deal: ["name", "amount"] } } });
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
    const strict = withAccess({
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

describe("field visibility for a viewer or configuration that is not valid", () => {
  it("reads a plain viewer without `active` as active", () => {
    const plain = { id: "user-mia", roles: ["marketing" as const] };
    expect(visibleFields(plain, "deal", config)).toContain("stage");
    expect(canSeeField(plain, "deal", "amount", config)).toBe(false);
    expect(redactRecord(plain, "deal", aDeal(), config)).not.toHaveProperty("amount");
  });

  it("shows a malformed viewer nothing but the id", () => {
    const boss = { id: "user-x", roles: ["boss"] } as unknown as FieldViewer;
    const deal = aDeal();
    expect(visibleFields(boss, "deal", config)).toEqual([]);
    expect(canSeeField(boss, "deal", "id", config)).toBe(false);
    expect(redactRecord(boss, "deal", deal, config)).toEqual({ id: deal.id });
  });

  it("shows nothing under an invalid configuration, and never throws", () => {
    const bad = {
      access: { hiddenFields: { marketing: { deal: ["amout"] } } },
    } as unknown as Config;
    const deal = aDeal();
    expect(visibleFields(rep, "deal", bad)).toEqual([]);
    expect(canSeeField(rep, "deal", "name", undefined as unknown as Config)).toBe(false);
    expect(redactRecord(rep, "deal", deal, bad)).toEqual({ id: deal.id });
  });

  it("reads a hand-built partial configuration with the defaults for the rest", () => {
    const handBuilt = {
      access: { hiddenFields: { rep: { deal: ["amount"] } } },
    } as unknown as Config;
    expect(canSeeField(rep, "deal", "amount", handBuilt)).toBe(false);
    expect(canSeeField(marketer, "deal", "amount", handBuilt)).toBe(false);
  });

  it("keeps only the id for an unknown kind, and nothing of a value that is not a record", () => {
    const deal = aDeal();
    expect(redactRecord(rep, "invoice" as RecordKind, deal, config)).toEqual({ id: deal.id });
    expect(redactRecord(rep, "deal", null as unknown as { id: string }, config)).toEqual({});
    expect(canSeeField(rep, "deal", 7 as unknown as string, config)).toBe(false);
  });
});
