import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aContact,
  anAccount,
  anActivity,
  anythingOr,
  anyValue,
  aUser,
  isResultShaped,
  someMalformedConfigs,
  T0,
} from "../../test/builders";
import { defaultConfig } from "../config/config";
import { accountRollup } from "./accountRollup";
import { accountTree } from "./accountTree";
import { dataHealthReport } from "./dataHealthReport";
import { recordCompleteness } from "./recordCompleteness";

const config = defaultConfig();
const accounts = [
  { id: "group", name: "Group" },
  { id: "de", name: "DE", parentId: "group" },
];
const amounts = [
  { accountId: "de", measure: "revenue_won", amount: { amountMinor: 5, currency: "EUR" } },
];
const data = {
  accounts: [anAccount({ id: "acme" })],
  contacts: [aContact({ accountId: "acme" })],
  activities: [anActivity({ accountId: "acme" })],
  users: [aUser({ id: "user-ada" })],
};

describe("health laws", () => {
  it("the valid calls succeed, so the replacements below reach the checks", () => {
    expect(accountTree(accounts).ok).toBe(true);
    expect(accountRollup(accounts, amounts as never).ok).toBe(true);
    expect(recordCompleteness(anAccount(), "account", config).ok).toBe(true);
    expect(dataHealthReport(data, T0, config).ok).toBe(true);
  });

  it("every health function returns a Result whatever it is handed", () => {
    fc.assert(
      fc.property(
        anythingOr(accounts),
        anythingOr(amounts),
        anythingOr(anAccount()),
        anythingOr("account"),
        anythingOr(data),
        anythingOr(T0),
        anythingOr(config),
        (a, m, record, kind, d, at, cfg) => {
          expect(isResultShaped(accountTree(a as never))).toBe(true);
          expect(isResultShaped(accountRollup(a as never, m as never))).toBe(true);
          expect(
            isResultShaped(recordCompleteness(record as never, kind as never, cfg as never)),
          ).toBe(true);
          expect(isResultShaped(dataHealthReport(d as never, at as never, cfg as never))).toBe(
            true,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("every health function returns a Result when one field of a valid input is anything", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("accounts", "contacts", "activities", "users", "openDuplicates", "edits"),
        fc.constantFrom("id", "parentId", "name", "ownerId", "createdAt", "domain"),
        anyValue,
        (list, field, value) => {
          expect(isResultShaped(dataHealthReport({ ...data, [list]: value }, T0, config))).toBe(
            true,
          );
          const account = { ...anAccount(), [field]: value };
          expect(isResultShaped(recordCompleteness(account, "account", config))).toBe(true);
          expect(
            isResultShaped(accountTree([accounts[0], { ...accounts[1], [field]: value }] as never)),
          ).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("refuses every malformed configuration with invalid_input", () => {
    for (const bad of someMalformedConfigs()) {
      const report = dataHealthReport(data, T0, bad as never);
      expect(!report.ok && report.error.code).toBe("invalid_input");
      const completeness = recordCompleteness(anAccount(), "account", bad as never);
      expect(!completeness.ok && completeness.error.code).toBe("invalid_input");
    }
  });
});
