import { describe, expect, it } from "vitest";
import { aSubscription } from "../../../test/builders";
import { defaultConfig } from "../../config/config";
import { customerChurn } from "./customerChurn";
import { customerRetention } from "./customerRetention";

const d = (iso: string) => new Date(`${iso}Z`);
const march = { start: d("2026-03-01T00:00:00"), end: d("2026-04-01T00:00:00") };
const config = defaultConfig();

describe("customer retention and churn", () => {
  // 4 customers on 1 March; one leaves; one joins and leaves within March; one joins and stays
  const customers = [
    aSubscription(),
    aSubscription(),
    aSubscription(),
    aSubscription({ churnedAt: d("2026-03-10T00:00:00") }),
    aSubscription({ startedAt: d("2026-03-02T00:00:00"), churnedAt: d("2026-03-20T00:00:00") }),
    aSubscription({ startedAt: d("2026-03-03T00:00:00") }),
  ];

  it("keeps (E − N) ÷ S = (4 − 1) ÷ 4 of the start customers", () => {
    expect(customerRetention({ customers }, march, config)).toEqual({
      ok: true,
      value: {
        value: 0.75,
        counts: { startCustomers: 4, endCustomers: 4, newCustomers: 1, lostCustomers: 1 },
      },
    });
  });

  it("churns 1 ÷ 4, not counting a customer who joined and left within the period", () => {
    const result = customerChurn({ customers }, march, config);
    expect(result.ok && result.value.value).toBe(0.25);
  });

  it("is undefined, with the reason, when there were no customers at the start", () => {
    const result = customerRetention(
      { customers: [aSubscription({ startedAt: d("2026-03-05T00:00:00") })] },
      march,
      config,
    );
    expect(result.ok && result.value).toMatchObject({
      value: null,
      reason: "there were no customers at the start of the period",
    });
    const churn = customerChurn({ customers: [] }, march, config);
    expect(churn.ok && churn.value.value).toBeNull();
  });

  it("refuses a period that ends before it starts", () => {
    const result = customerChurn({ customers }, { start: march.end, end: march.start }, config);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("KPI period");
  });

  it("refuses a configuration that is not valid", () => {
    const result = customerRetention({ customers }, march, {
      kpi: { grossMarginPercent: 120 },
    } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("configuration");
  });
});
