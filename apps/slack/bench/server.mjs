// One side of the acknowledgement benchmark in its own process, as Slack's servers are in
// theirs: `node bench/server.mjs bare|baton`. Prints "PORT <n>", then serves until killed.
// Baton's side also answers GET /bench/logged with how many benchmark calls are stored.
import { createServer } from "node:http";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import bolt from "@slack/bolt";
import { createSlackApp, readSlackConfig } from "../dist/index.js";
import { openCrm, upsertDemo } from "./benchCrm.mjs";

const SECRET = process.env.BENCH_SECRET ?? "bench-secret";
const kind = process.argv[2];

const listen = (handler) =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });

if (kind === "bare") {
  const receiver = new bolt.HTTPReceiver({ signingSecret: SECRET, endpoints: "/slack/events" });
  const app = new bolt.App({
    receiver,
    authorize: async () => ({ botToken: "xoxb-bench", botId: "B", botUserId: "U" }),
    logLevel: bolt.LogLevel.ERROR,
  });
  app.command("/log", async ({ ack }) => {
    await ack();
  });
  console.log(`PORT ${await listen(receiver.requestListener)}`);
} else {
  const { crm, driver } = await openCrm();
  const { account, email } = await upsertDemo(crm);
  // The fake Slack Web API and response_url, in this process: auth.test, users.info, respond.
  const api = await listen((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ok: true,
          user_id: "UBATON",
          bot_id: "BBATON",
          team_id: "T1",
          user: { id: "U_REP", profile: { email } },
        }),
      );
    });
  });
  const config = readSlackConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_API_URL: `http://127.0.0.1:${api}/api/`,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  let errors = 0;
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const gc = { pauses: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.pauses++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ["gc"] });
  const baton = await createSlackApp({
    config: config.value,
    crm,
    ...(process.env.BENCH_CONCURRENCY
      ? { concurrency: Number(process.env.BENCH_CONCURRENCY) }
      : {}),
    onError: (e) => {
      errors++;
      if (errors <= 3) console.error(String(e?.stack ?? e).slice(0, 600));
    },
  });
  const port = await listen(async (req, res) => {
    if (req.url !== "/bench/logged") return baton.listener(req, res);
    const row = await crm.context.store.db
      .selectFrom("activities")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("body", "like", "bench call %")
      .executeTakeFirstOrThrow();
    res.end(
      JSON.stringify({
        logged: Number(row.n),
        errors,
        loopDelayP99Ms: lag.percentile(99) / 1e6,
        loopDelayMaxMs: lag.max / 1e6,
        gcPauses: gc.pauses,
        gcTotalMs: Math.round(gc.totalMs),
        gcMaxMs: Math.round(gc.maxMs),
      }),
    );
  });
  console.log(`PORT ${port} ${driver} ${encodeURIComponent(account)} http://127.0.0.1:${api}`);
}
// A profile (--cpu-prof) is written only on a normal exit.
process.on("SIGTERM", () => process.exit(0));
