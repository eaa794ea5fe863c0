import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextInRoundRobin } from "./roundRobin";

describe("round-robin turn", () => {
  it("starts with the lowest id", () => {
    expect(nextInRoundRobin(["u-c", "u-a", "u-b"], undefined)).toBe("u-a");
  });

  it("goes to the next id after the last one served, wrapping around", () => {
    expect(nextInRoundRobin(["u-c", "u-a", "u-b"], "u-a")).toBe("u-b");
    expect(nextInRoundRobin(["u-c", "u-a", "u-b"], "u-c")).toBe("u-a");
  });

  it("carries on in order when the last person served has left the rotation", () => {
    expect(nextInRoundRobin(["u-a", "u-c"], "u-b")).toBe("u-c");
  });

  it("has no one to pick when nobody is eligible", () => {
    expect(nextInRoundRobin([], "u-a")).toBeUndefined();
  });

  it("serves everyone once before anyone twice", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 8 }),
        (ids) => {
          let last: string | undefined;
          const served: string[] = [];
          for (let i = 0; i < ids.length; i++) {
            last = nextInRoundRobin(ids, last);
            if (last !== undefined) served.push(last);
          }
          expect(new Set(served).size).toBe(ids.length);
        },
      ),
    );
  });
});
