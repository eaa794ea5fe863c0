import { describe, expect, it } from "vitest";
import { aUser, T0 } from "../../test/builders";
import { userAvailability } from "./userAvailability";

const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

describe("user availability for routing", () => {
  it("takes an active person in office below their cap", () => {
    expect(userAvailability(aUser({ dailyCap: 5 }), 4, T0)).toEqual({ available: true });
  });

  it("takes anyone without a cap however many records they have", () => {
    expect(userAvailability(aUser(), 1_000, T0).available).toBe(true);
  });

  it("passes over someone who is not active", () => {
    expect(userAvailability(aUser({ active: false }), 0, T0)).toMatchObject({
      available: false,
      reason: "inactive",
    });
  });

  it("passes over someone out of office, saying until when", () => {
    const away = aUser({ outOfOffice: { start: hours(-1), end: hours(48) } });
    expect(userAvailability(away, 0, T0)).toEqual({
      available: false,
      reason: "out_of_office",
      because: "is out of office until 2026-03-04T09:00:00.000Z",
    });
  });

  it("takes someone whose time off ends exactly now", () => {
    const back = aUser({ outOfOffice: { start: hours(-48), end: T0 } });
    expect(userAvailability(back, 0, T0).available).toBe(true);
  });

  it("passes over someone who has reached their daily cap", () => {
    expect(userAvailability(aUser({ dailyCap: 5 }), 5, T0)).toEqual({
      available: false,
      reason: "at_daily_cap",
      because: "already has 5 records today, their daily cap is 5",
    });
  });
});
