import { describe, expect, it } from "vitest";
import { aDeal, anActivity, aUser, T0 } from "../../test/builders";
import { parseInput } from "../validation";
import { Account } from "./account";
import { Activity } from "./activity";
import { Deal } from "./deal";
import { LifecycleStage } from "./lifecycleStage";
import { isOutOfOffice, User } from "./user";

describe("entities", () => {
  it("gives a new user sensible defaults: active, UTC, English, no cap", () => {
    const user = aUser();
    expect(user).toMatchObject({ active: true, timeZone: "UTC", locale: "en", dailyCap: null });
  });

  it("refuses a user without a role or with an unknown time zone", () => {
    const result = parseInput(User, { id: "u", name: "Nobody", roles: [], timeZone: "Mars/Base" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain("a user needs at least one role");
    expect(result.error.message).toContain("IANA time zone");
  });

  it("keeps money in whole minor units and refuses fractions and negatives", () => {
    expect(aDeal().amount).toEqual({ amountMinor: 1_000_000, currency: "EUR" });
    const fraction = Deal.safeParse({ ...aDeal(), amount: { amountMinor: 10.5, currency: "EUR" } });
    expect(fraction.success).toBe(false);
    const negative = Deal.safeParse({ ...aDeal(), amount: { amountMinor: -100, currency: "EUR" } });
    expect(negative.success).toBe(false);
  });

  it("names the valid lifecycle stages when given an unknown one", () => {
    const result = parseInput(LifecycleStage, "wonn");
    expect(!result.ok && result.error.message).toContain("unknown lifecycle stage 'wonn'");
  });

  it("lower-cases an account's domain and refuses one that is not a domain", () => {
    expect(Account.parse({ id: "a", name: "Acme", domain: "ACME.com", createdAt: T0 }).domain).toBe(
      "acme.com",
    );
    expect(
      Account.safeParse({ id: "a", name: "Acme", domain: "not a domain", createdAt: T0 }).success,
    ).toBe(false);
  });

  it("refuses an activity that is on no record", () => {
    const result = parseInput(Activity, {
      id: "x",
      kind: "call",
      occurredAt: T0,
      actorId: "u",
    });
    expect(!result.ok && result.error.message).toContain(
      "must be on an account, contact, lead or deal",
    );
    expect(anActivity({ kind: "demo" }).kind).toBe("demo");
  });

  it("refuses an invalid date instead of carrying NaN around", () => {
    expect(Deal.safeParse({ ...aDeal(), closeDate: new Date("nope") }).success).toBe(false);
  });

  it("knows when a user is out of office: start inclusive, end exclusive", () => {
    const away = aUser({
      outOfOffice: { start: T0, end: new Date(T0.getTime() + 86_400_000) },
    });
    expect(isOutOfOffice(away, T0)).toBe(true);
    expect(isOutOfOffice(away, new Date(T0.getTime() + 86_400_000))).toBe(false);
    expect(isOutOfOffice(aUser(), T0)).toBe(false);
  });
});
