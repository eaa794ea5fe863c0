import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../config/config";
import { growthRate } from "./growthRate";

const d = (iso: string) => new Date(`${iso}Z`);
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();
const growthOfSeries = (series: { at: Date; value: number }[]) => {
  const result = growthRate({ series }, march, config);
  return result.ok ? result.value : result.error;
};

describe("growth rate", () => {
  it("is (230 − 200) ÷ 200 = 0.15 from the reading at the start to the last one in the period", () => {
    expect(
      growthOfSeries([
        { at: d("2026-03-31T00:00:00"), value: 230 },
        { at: d("2026-03-01T00:00:00"), value: 200 },
        { at: d("2026-03-15T00:00:00"), value: 215 },
        { at: d("2026-04-01T00:00:00"), value: 999 },
      ]),
    ).toEqual({ value: 0.15, counts: { startValue: 200, endValue: 230 } });
  });

  it("takes the latest reading before the period as its start", () => {
    expect(
      growthOfSeries([
        { at: d("2026-01-01T00:00:00"), value: 50 },
        { at: d("2026-02-20T00:00:00"), value: 100 },
        { at: d("2026-03-20T00:00:00"), value: 80 },
      ]),
    ).toEqual({ value: -0.2, counts: { startValue: 100, endValue: 80 } });
  });

  it("is 0 when nothing was read during the period", () => {
    expect(growthOfSeries([{ at: d("2026-02-20T00:00:00"), value: 100 }])).toMatchObject({
      value: 0,
    });
  });

  it("divides by the size of a negative start, so a rise is positive: −100 to −50 is +0.5", () => {
    expect(
      growthOfSeries([
        { at: d("2026-02-20T00:00:00"), value: -100 },
        { at: d("2026-03-20T00:00:00"), value: -50 },
      ]),
    ).toMatchObject({ value: 0.5 });
  });

  it("is undefined without a reading by the start, or from a start of 0", () => {
    expect(growthOfSeries([{ at: d("2026-03-20T00:00:00"), value: 5 }])).toMatchObject({
      value: null,
      reason: "the series has no reading at or before the start of the period",
      counts: { startValue: 0, endValue: 5 },
    });
    expect(growthOfSeries([])).toMatchObject({ value: null });
    expect(growthOfSeries([{ at: d("2026-02-20T00:00:00"), value: 0 }])).toMatchObject({
      value: null,
      reason: "the series was 0 at the start of the period",
    });
  });

  it("refuses a reading that is not a finite number", () => {
    expect(growthOfSeries([{ at: march.start, value: Number.POSITIVE_INFINITY }])).toMatchObject({
      code: "invalid_input",
    });
  });
});
