import { defaultConfig, rfmScores } from "@baton/core";

const now = new Date("2026-03-31T00:00:00Z");
const bought = (date, yuan) => ({ at: new Date(`${date}T00:00:00Z`), amountMinor: yuan * 100 });
const customers = [
  {
    accountId: "yunfan-tech", // 杭州云帆科技
    purchases: [
      bought("2025-06-10", 80_000),
      bought("2025-11-02", 95_000),
      bought("2026-01-15", 40_000),
      bought("2026-03-28", 120_000),
    ],
  },
  { accountId: "globex", purchases: [bought("2025-09-15", 20_000), bought("2026-01-10", 15_000)] },
  { accountId: "mingde-trading", purchases: [bought("2026-03-25", 5_000)] }, // 上海明德贸易
  {
    accountId: "initech",
    purchases: [
      bought("2025-04-20", 60_000),
      bought("2025-05-18", 70_000),
      bought("2025-07-01", 90_000),
    ],
  },
  { accountId: "umbrella", purchases: [bought("2024-12-01", 200_000)] },
];
const scores = rfmScores(customers, now, defaultConfig());
if (scores.ok) {
  for (const s of scores.value) console.log(`${s.accountId.padEnd(15)} ${s.code}  ${s.segment}`);
  const initech = scores.value.find((s) => s.accountId === "initech");
  for (const c of initech?.contributions ?? []) console.log(`  ${c.reason}`);
}

/* Output:
globex          322  about_to_sleep
initech         244  at_risk
mingde-trading  411  promising
umbrella        111  hibernating
yunfan-tech     555  champions
  Last bought 273 days ago; ranked among 5 accounts with a purchase: ahead of 1, level with 0, so 2.
  3 purchases in the last 365 days; ranked among 4 accounts with a purchase in the last 365 days: ahead of 2, level with 0, so 4.
  Revenue of 22000000 (minor units) in the last 365 days; ranked among 4 accounts with revenue in the last 365 days: ahead of 2, level with 0, so 4.
*/
