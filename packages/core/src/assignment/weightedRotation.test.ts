import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextByWeight, type WeightedCandidate } from "./weightedRotation";

const run = (candidates: readonly WeightedCandidate[], picks: number): string[] => {
  let current: Record<string, number> = {};
  const order: string[] = [];
  for (let i = 0; i < picks; i++) {
    const next = nextByWeight(candidates, current);
    if (next === undefined) break;
    order.push(next.userId);
    current = next.currentWeights;
  }
  return order;
};

describe("weighted rotation", () => {
  it("interleaves picks instead of giving one person a burst", () => {
    const order = run(
      [
        { userId: "a", weight: 5 },
        { userId: "b", weight: 1 },
        { userId: "c", weight: 1 },
      ],
      7,
    );
    expect(order).toEqual(["a", "a", "b", "a", "c", "a", "a"]);
  });

  it("has no one to pick when nobody is eligible", () => {
    expect(nextByWeight([], { a: 3 })).toBeUndefined();
  });

  it("leaves the running weight of someone not eligible this time untouched", () => {
    const next = nextByWeight([{ userId: "a", weight: 1 }], { a: 0, b: 7 });
    expect(next?.currentWeights.b).toBe(7);
  });

  it("gives each person exactly k times their weight over k full cycles", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            userId: fc.string({ minLength: 1 }),
            weight: fc.integer({ min: 1, max: 6 }),
          }),
          {
            minLength: 1,
            maxLength: 5,
            selector: (c) => c.userId,
          },
        ),
        fc.integer({ min: 1, max: 4 }),
        (candidates, k) => {
          const total = candidates.reduce((sum, c) => sum + c.weight, 0);
          const order = run(candidates, k * total);
          for (const { userId, weight } of candidates) {
            expect(order.filter((id) => id === userId)).toHaveLength(k * weight);
          }
        },
      ),
    );
  });
});
