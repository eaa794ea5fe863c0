// Duplicate-candidate detection (`findDuplicateAccounts` from the BUILT @baton/core) on seeded
// synthetic accounts with realistic English and Chinese company names and injected duplicates
// (typos, legal-suffix variants, case changes, reformatted phones, www./https variants).
// Build first: `npx tsup`.
//
//   npm run bench                         (runs every bench; this one at 25k, 50k and 100k)
//   node bench/duplicates.bench.mjs --sizes=10000,20000   a quicker run while trying a change
//
// Targets (exit code 1 with a FAIL line naming the miss): 100,000 accounts in < 5 s; growth
// near n·log n: t(2n)/t(n) below 2.6 for each doubling; recall on injected duplicates ≥ 90%.
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { defaultConfig, findDuplicateAccounts } from "@baton/core";
import { mulberry32 } from "./seededRandom.mjs";

const TARGET_MS_AT_100K = 5000;
const MAX_DOUBLING_RATIO = 2.6;
const MIN_RECALL = 0.9;
const RUNS = 3;
const SEED = 20260402;
const sizesArg = process.argv.find((a) => a.startsWith("--sizes="));
const SIZES = sizesArg
  ? sizesArg.slice("--sizes=".length).split(",").map(Number)
  : [25_000, 50_000, 100_000];

const FIRST = (
  "Blue Red Green Silver Golden Iron Stone River Harbor North South East West Summit Pioneer " +
  "Atlas Apex Cedar Oak Maple Pine Falcon Eagle Lion Tiger Bright Clear Swift Bold Prime " +
  "Union Liberty Heritage Frontier Horizon Vista Crescent Coastal Alpine Prairie Granite " +
  "Copper Cobalt Crystal Diamond Emerald Sapphire Ruby Amber Ivory Onyx Orion Nova Stellar " +
  "Lunar Solar Polar Titan Vertex Zenith Quantum Vector Matrix Nexus Fusion Catalyst Keystone " +
  "Beacon Lighthouse Anchor Compass Meridian Pinnacle Redwood Willow Aspen Birch Hawthorne"
).split(" ");
const SECOND = (
  "Valley Ridge Bridge Point Peak Creek Field Park Gate Harbor Lake Bay Rock Hill Wood Brook " +
  "Star Wave Stream Path Trail Works Labs Systems Partners Group Ventures Holdings Networks " +
  "Dynamics Solutions Industries Resources Capital Digital Analytics Logic Data Cloud Point " +
  "Forge Mill Yard Street Square Tower Castle Crown Shield Arrow Spring Grove Meadow Shore"
).split(" ");
const INDUSTRY = (
  "Logistics Software Consulting Manufacturing Foods Pharmaceuticals Energy Robotics Media " +
  "Insurance Finance Retail Textiles Chemicals Engineering Construction Healthcare Aviation " +
  "Marine Telecom Security Biotech Semiconductors Furniture Apparel Motors Electronics Hotels"
).split(" ");
const EN_SUFFIX = [
  "Inc",
  "Inc.",
  "LLC",
  "Ltd",
  "Limited",
  "GmbH",
  "Corp",
  "Corporation",
  "Co.",
  "PLC",
  "AG",
  "S.A.",
  "BV",
  "",
];
const CITY =
  "北京 上海 广州 深圳 杭州 南京 成都 武汉 西安 苏州 天津 重庆 青岛 厦门 宁波 长沙 郑州 合肥 大连 济南".split(
    " ",
  );
const BRAND_CHARS =
  "华鑫瑞泰恒信达盛嘉诚宏远新天安康永利丰源博通海润明辉德聚鼎龙凯创佳美乐星光宇晨智汇云峰金隆".split(
    "",
  );
const CN_INDUSTRY =
  "科技 贸易 物流 电子 软件 实业 医药 能源 食品 机械 化工 建设 投资 传媒 网络 材料".split(" ");
const CN_SUFFIX = ["有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团"];
const TLDS = [".com", ".io", ".co", ".net", ".de", ".cn", ".com.cn"];

const generate = (n, seed) => {
  const random = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const accounts = [];
  const injected = []; // [originalId, duplicateId]
  const originals = Math.round(n * 0.9);
  const AREA = [212, 310, 415, 512, 617, 646, 702, 713, 206, 303, 404, 305, 312, 503, 602, 720];
  // Written as reps write them: national format for US numbers, with +86 for Chinese mobiles.
  const phoneOf = (i, chinese) =>
    chinese
      ? `+86 13${i % 10} ${String(1000 + (i % 9000))} ${String(1000 + ((i * 7919) % 9000))}`
      : `(${AREA[i % AREA.length]}) ${200 + (Math.floor(i / 16) % 700)}-${String(1000 + ((i * 7919) % 9000))}`;
  for (let i = 0; i < originals; i++) {
    const chinese = random() < 0.3;
    let core;
    let name;
    if (chinese) {
      core = `${pick(CITY)}${pick(BRAND_CHARS)}${pick(BRAND_CHARS)}${pick(CN_INDUSTRY)}`;
      name = `${core}${pick(CN_SUFFIX)}`;
    } else {
      core = `${pick(FIRST)} ${pick(SECOND)} ${pick(INDUSTRY)}`;
      const suffix = pick(EN_SUFFIX);
      name = suffix ? `${core} ${suffix}` : core;
    }
    const slug = chinese
      ? `cn${i.toString(36)}`
      : core.toLowerCase().replaceAll(" ", "") + i.toString(36);
    accounts.push({
      id: `acct-${i}`,
      name,
      core,
      chinese,
      domain: random() < 0.6 ? `${slug}${pick(TLDS)}` : undefined,
      phone: random() < 0.4 ? phoneOf(i, chinese) : undefined,
      country: chinese ? "CN" : "US",
    });
  }
  const typo = (text) => {
    const chars = [...text];
    const at = 1 + Math.floor(random() * (chars.length - 2));
    const kind = random();
    if (kind < 0.34)
      chars[at] = chars[at] === "e" ? "a" : "e"; // substitution
    else if (kind < 0.67)
      [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]]; // transposition
    else chars.splice(at, 1); // deletion
    return chars.join("");
  };
  for (let k = originals; k < n; k++) {
    const source = accounts[Math.floor(random() * originals)];
    const variant = random();
    let name;
    if (source.chinese) {
      name = variant < 0.5 ? `${source.core}${pick(CN_SUFFIX)}` : `（${source.core}）`;
    } else if (variant < 0.3) {
      name = `${source.core.toUpperCase()}, ${pick(EN_SUFFIX)}`;
    } else if (variant < 0.55) {
      name = `${source.core} ${pick(EN_SUFFIX)}`.toLowerCase();
    } else {
      name = `${typo(source.core)} ${pick(EN_SUFFIX)}`;
    }
    const duplicate = {
      id: `acct-${k}`,
      name,
      website: source.domain && random() < 0.5 ? `https://www.${source.domain}/contact` : undefined,
      phone: source.phone && random() < 0.5 ? source.phone.replaceAll(/[ ()-]/g, ".") : undefined,
      country: source.country,
    };
    accounts.push(duplicate);
    injected.push([source.id, duplicate.id]);
  }
  // Shuffle, so the injected duplicates are not next to their originals in the input.
  for (let i = accounts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [accounts[i], accounts[j]] = [accounts[j], accounts[i]];
  }
  return {
    accounts: accounts.map(({ core, chinese, ...account }) => account),
    injected,
  };
};

const config = defaultConfig();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
console.log(`Machine: node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "?"}`);
console.log(
  `Duplicate candidates over accounts (seed ${SEED}; 10% injected duplicates; ${RUNS} runs, median)`,
);
for (const n of SIZES) {
  const { accounts, injected } = generate(n, SEED + n);
  findDuplicateAccounts(accounts.slice(0, 2000), config); // warm-up
  const times = [];
  let outcome;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    outcome = findDuplicateAccounts(accounts, config);
    times.push(performance.now() - start);
  }
  if (!outcome.ok) {
    console.log(`FAIL: detection refused the generated accounts: ${outcome.error.message}`);
    process.exit(1);
  }
  const found = new Set(outcome.value.candidates.map((c) => c.ids.join("|")));
  const key = ([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const recalled = injected.filter((pair) => found.has(key(pair))).length;
  const recall = recalled / injected.length;
  const ms = median(times);
  results.push({ n, ms, recall });
  console.log(
    `n=${String(n).padStart(7)}  ${ms.toFixed(0).padStart(6)} ms  comparisons ${outcome.value.comparisons.toLocaleString("en")}` +
      `  candidates ${outcome.value.candidates.length.toLocaleString("en")}` +
      `  recall ${(recall * 100).toFixed(1)}% (${recalled}/${injected.length})` +
      `  unreadable ${outcome.value.unreadable.length}`,
  );
}
const failures = [];
const nlogn = (n) => n * Math.log2(n);
for (let i = 1; i < results.length; i++) {
  const [a, b] = [results[i - 1], results[i]];
  const ratio = b.ms / a.ms;
  const expected = nlogn(b.n) / nlogn(a.n);
  console.log(
    `t(${b.n})/t(${a.n}) = ${ratio.toFixed(2)}   (n·log n predicts ${expected.toFixed(2)}, n² would be ${((b.n / a.n) ** 2).toFixed(2)})`,
  );
  if (b.n === 2 * a.n && ratio >= MAX_DOUBLING_RATIO)
    failures.push(
      `FAIL: time grew ${ratio.toFixed(2)}x from ${a.n} to ${b.n} accounts, above ${MAX_DOUBLING_RATIO}x.`,
    );
}
for (const r of results) {
  if (r.n === 100_000 && r.ms >= TARGET_MS_AT_100K)
    failures.push(
      `FAIL: 100,000 accounts took ${r.ms.toFixed(0)} ms, above ${TARGET_MS_AT_100K} ms.`,
    );
  if (r.recall < MIN_RECALL)
    failures.push(
      `FAIL: recall ${(r.recall * 100).toFixed(1)}% at n=${r.n}, below ${MIN_RECALL * 100}%.`,
    );
}
for (const line of failures) console.log(line);
if (failures.length > 0) process.exit(1);
console.log("OK: all duplicate-detection targets met.");
