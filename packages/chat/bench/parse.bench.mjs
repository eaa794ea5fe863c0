// Command parse throughput: parseCommand over a mix of real commands (English and Chinese,
// with dates, quotes and percentages) and free text, against splitting the same text into
// words — the cheapest reading there is — measured in the same run.
import { cpus, totalmem } from "node:os";
import { parseCommand } from "../dist/index.js";

const INPUTS = [
  '/log call Acme "pricing call, wants 15% off" next: proposal fri',
  "/log 电话 华为 讨论价格 下一步：发报价 明天下午3点",
  "/log email Acme Corp: sent the contract next: follow up next tuesday 3pm",
  "/account Northwind Logistics GmbH",
  "/deal Acme renewal discount 15% three-year commitment",
  "/deal 华为续约 推进 proposal",
  "/lead Jane Doe accept budget authority need",
  "/approvals approve 3f2a9c looks fine",
  "/pipeline team",
  "/kpi win rate last quarter",
  "/lang zh-CN",
  "called Acme about pricing, they want 15% off, follow up Friday",
];

const run = (fn, rounds) => {
  const started = process.hrtime.bigint();
  let sink = 0;
  for (let r = 0; r < rounds; r++) for (const text of INPUTS) sink += fn(text) ? 1 : 0;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: (rounds * INPUTS.length) / seconds, sink };
};

const baseline = (text) => text.trim().split(/\s+/).length;
const parse = (text) => parseCommand(text).kind;

// Warm up both, so the JIT has compiled them before anything is timed.
run(baseline, 2_000);
run(parse, 2_000);
const rounds = 20_000;
const base = run(baseline, rounds);
const parsed = run(parse, rounds);
console.log(
  `parse — ${INPUTS.length} inputs × ${rounds.toLocaleString("en")}; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(
  `split baseline ${Math.round(base.perSecond).toLocaleString("en")} /s | parseCommand ${Math.round(parsed.perSecond).toLocaleString("en")} /s (${(base.perSecond / parsed.perSecond).toFixed(1)}× the baseline's time, ${(1e6 / parsed.perSecond).toFixed(1)} µs a command)`,
);
