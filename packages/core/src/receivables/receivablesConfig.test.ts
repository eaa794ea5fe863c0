import { describe, expect, it } from "vitest";
import { parseConfig } from "../index";
import { ReceivablesConfig } from "./receivablesConfig";

describe("receivables settings", () => {
  it("defaults to net 30, UTC and the 30/60/90 aging buckets", () => {
    expect(ReceivablesConfig.parse({})).toEqual({
      defaultNetDays: 30,
      timeZone: "UTC",
      agingBucketDays: [30, 60, 90],
    });
  });

  it("refuses bucket bounds that do not increase, and an unknown time zone", () => {
    expect(parseConfig({ receivables: { agingBucketDays: [30, 30] } }).ok).toBe(false);
    expect(parseConfig({ receivables: { agingBucketDays: [] } }).ok).toBe(false);
    expect(parseConfig({ receivables: { timeZone: "Europe/Atlantis" } }).ok).toBe(false);
  });
});
