import { describe, expect, it } from "vitest";
import { aContact } from "../../test/builders";
import { defaultConfig } from "../index";
import { findDuplicateContacts } from "./findDuplicateContacts";

const config = defaultConfig();
const find = (contacts: Parameters<typeof findDuplicateContacts>[0]) => {
  const result = findDuplicateContacts(contacts, config);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("duplicate contacts", () => {
  it("pairs the same person entered with a plus-tagged email", () => {
    const found = find([
      { id: "c1", name: "Grace Hopper", email: "grace@navy.mil" },
      { id: "c2", name: "grace  hopper", email: "Grace+crm@navy.mil" },
    ]);
    // 1 − 0.05 × 0.1 = 0.995
    expect(found.candidates).toMatchObject([{ ids: ["c1", "c2"], confidence: 0.995 }]);
  });

  it("pairs Gmail addresses that differ only by dots", () => {
    const found = find([
      aContact({ id: "g1", name: "Ada Lovelace", email: "ada.lovelace@gmail.com" }),
      aContact({ id: "g2", name: "A. Lovelace", email: "adalovelace@gmail.com" }),
    ]);
    expect(found.candidates[0]?.reasons[0]?.signal).toBe("same_email");
  });

  it("counts belonging to the same account as a further signal", () => {
    const found = find([
      { id: "k1", name: "Jon Smith", accountId: "acct-1" },
      { id: "k2", name: "John Smith", accountId: "acct-1" },
    ]);
    expect(found.candidates[0]?.reasons.map((r) => r.signal)).toEqual([
      "similar_name",
      "same_account",
    ]);
  });

  it("does not pair colleagues with different names", () => {
    const found = find([
      { id: "m1", name: "Grace Hopper", email: "grace@navy.mil", accountId: "navy" },
      { id: "m2", name: "Alan Turing", email: "alan@navy.mil", accountId: "navy" },
    ]);
    expect(found.candidates).toEqual([]);
  });

  it("refuses a contact listed twice and a list that is not one", () => {
    const twice = findDuplicateContacts(
      [
        { id: "c1", name: "A" },
        { id: "c1", name: "B" },
      ],
      config,
    );
    expect(!twice.ok && twice.error.code).toBe("duplicate_record_id");
    const notAList = findDuplicateContacts("contacts" as never, config);
    expect(!notAList.ok && notAList.error.code).toBe("invalid_input");
  });

  it("lists an unreadable name or phone", () => {
    const found = find([{ id: "u1", name: "—", phone: "call me" }]);
    expect(found.unreadable.map((u) => u.field)).toEqual(["name", "phone"]);
  });
});
