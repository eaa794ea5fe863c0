import { describe, expect, it } from "vitest";
import { aSpend, aSubscription } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { serviceKpis } from "./serviceKpis";

const march = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const config = defaultConfig();
const empty = { customers: [], tickets: [], ratings: [], spend: [] };

describe("all service KPIs at once", () => {
  it("gives every KPI null with a reason for a company with no data yet", () => {
    const result = serviceKpis(empty, march, config);
    if (!result.ok) throw new Error(result.error.message);
    for (const kpi of Object.values(result.value.kpis)) {
      expect(kpi.value).toBeNull();
      expect(kpi.reason?.length).toBeGreaterThan(0);
    }
    expect(result.value.kpis.dataHealth.reason).toBe("no data health counts were given");
    expect(result.value.topIssueTopics.topics).toEqual([]);
  });

  it("refuses data with a list left out, rather than reading it as none", () => {
    const { tickets: _left, ...withoutTickets } = empty;
    const result = serviceKpis(withoutTickets as never, march, config);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("tickets");
  });

  it("refuses MRR and spend in different currencies", () => {
    const result = serviceKpis(
      {
        ...empty,
        customers: [aSubscription()],
        spend: [aSpend({ amount: { amountMinor: 1, currency: "CNY" } })],
      },
      march,
      config,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toContain(
        "spend[0].amount.currency: is in CNY but other amounts are in EUR",
      );
  });
});
