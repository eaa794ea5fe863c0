import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decayedPoints, MS_PER_DAY } from "./engagementDecay";

describe("engagement decay", () => {
  it("keeps a fresh touch at full weight", () => {
    expect(decayedPoints(10, 0, 30 * MS_PER_DAY)).toBe(10);
  });

  it("halves a touch's weight after one half-life and quarters it after two", () => {
    expect(decayedPoints(10, 30 * MS_PER_DAY, 30 * MS_PER_DAY)).toBe(5);
    expect(decayedPoints(10, 60 * MS_PER_DAY, 30 * MS_PER_DAY)).toBe(2.5);
  });

  it("halves a touch's weight at exactly one half-life, whatever the half-life", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        (points, halfLifeMs) => {
          expect(decayedPoints(points, halfLifeMs, halfLifeMs)).toBe(points / 2);
        },
      ),
    );
  });

  it("never gains weight as a touch ages", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        (a, b) => {
          const [younger, older] = a <= b ? [a, b] : [b, a];
          const halfLife = 30 * MS_PER_DAY;
          expect(decayedPoints(7, older, halfLife)).toBeLessThanOrEqual(
            decayedPoints(7, younger, halfLife),
          );
        },
      ),
    );
  });
});
