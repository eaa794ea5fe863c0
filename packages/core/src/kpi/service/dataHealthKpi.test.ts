import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../config/config";
import { dataHealthKpi } from "./dataHealthKpi";

const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const config = defaultConfig();

describe("the data health KPI", () => {
  it("trusts 150 of 200 records: 0.75, with the open duplicates alongside", () => {
    expect(
      dataHealthKpi({ records: 200, completeAndFresh: 150, openDuplicates: 7 }, march, config),
    ).toEqual({
      ok: true,
      value: { value: 0.75, counts: { records: 200, completeAndFresh: 150, openDuplicates: 7 } },
    });
  });

  it("is undefined when no records were checked", () => {
    const result = dataHealthKpi(
      { records: 0, completeAndFresh: 0, openDuplicates: 3 },
      march,
      config,
    );
    expect(result.ok && result.value.reason).toBe("no records were checked");
  });

  it("refuses more trusted records than records, or counts that are not whole", () => {
    for (const counts of [
      { records: 2, completeAndFresh: 3, openDuplicates: 0 },
      { records: 2, completeAndFresh: 1, openDuplicates: -1 },
      { records: 2.5, completeAndFresh: 1, openDuplicates: 0 },
    ]) {
      const result = dataHealthKpi(counts, march, config);
      expect(result.ok).toBe(false);
    }
  });
});
