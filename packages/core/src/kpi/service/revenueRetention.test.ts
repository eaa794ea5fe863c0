import { describe, expect, it } from "vitest";
import { aSubscription } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { revenueChurn } from "./revenueChurn";
import { grossRevenueRetention, netRevenueRetention } from "./revenueRetention";

const d = (iso: string) => new Date(`${iso}Z`);
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();
const changeOn = (day: string, amountMinor: number) => [
  { at: d(`2026-03-${day}T00:00:00`), mrr: eur(amountMinor) },
];

describe("revenue churn, NRR and GRR", () => {
  // start 4 × 1_000_000 = 4_000_000; +500_000 upgrade, −200_000 downgrade, −1_000_000 churned;
  // a new customer's 900_000 is left out of all three
  const customers = [
    aSubscription({ mrrChanges: changeOn("10", 1_500_000) }),
    aSubscription({ mrrChanges: changeOn("15", 800_000) }),
    aSubscription({ churnedAt: d("2026-03-20T00:00:00") }),
    aSubscription(),
    aSubscription({ startedAt: d("2026-03-05T00:00:00"), mrr: eur(900_000) }),
  ];

  it("loses 1_000_000 ÷ 4_000_000 = 0.25 of revenue to churn", () => {
    const result = revenueChurn({ customers }, march, config);
    expect(result.ok && result.value.value).toBe(0.25);
  });

  it("keeps (4_000_000 + 500_000 − 200_000 − 1_000_000) ÷ 4_000_000 = 0.825 net", () => {
    const result = netRevenueRetention({ customers }, march, config);
    expect(result.ok && result.value.value).toBe(0.825);
  });

  it("keeps (4_000_000 − 200_000 − 1_000_000) ÷ 4_000_000 = 0.7 gross, ignoring the upgrade", () => {
    const result = grossRevenueRetention({ customers }, march, config);
    expect(result.ok && result.value.value).toBe(0.7);
  });

  it("treats a customer who stays at 0 MRR as contraction, not churn", () => {
    const result = grossRevenueRetention(
      { customers: [aSubscription({ mrrChanges: changeOn("10", 0) }), aSubscription()] },
      march,
      config,
    );
    expect(result.ok && result.value).toMatchObject({
      value: 0.5,
      counts: { contractionMrrMinor: 1_000_000, churnedMrrMinor: 0, lostCustomers: 0 },
    });
  });

  it("nets the subscriptions of one account before splitting expansion from contraction", () => {
    // one account moves 1_000_000 from one subscription to another: no movement at all
    const customers = [
      aSubscription({ accountId: "acme", churnedAt: d("2026-03-10T00:00:00") }),
      aSubscription({ accountId: "acme", startedAt: d("2026-03-10T00:00:00") }),
    ];
    const result = netRevenueRetention({ customers }, march, config);
    expect(result.ok && result.value).toMatchObject({
      value: 1,
      counts: { expansionMrrMinor: 0, contractionMrrMinor: 0, churnedMrrMinor: 0 },
    });
  });

  it("is undefined when there was no MRR at the start", () => {
    const free = [aSubscription({ mrr: eur(0) })];
    for (const kpi of [revenueChurn, netRevenueRetention, grossRevenueRetention]) {
      const result = kpi({ customers: free }, march, config);
      expect(result.ok && result.value).toMatchObject({
        value: null,
        reason: "there was no recurring revenue (MRR) at the start of the period",
      });
    }
  });
});
