// Acknowledgement time of `/log` through the real HTTP receiver, 50 concurrent connections on
// 127.0.0.1 (autocannon), against a bare Bolt app whose `/log` only calls ack(), in the same
// run. Each side runs in its own process (bench/server.mjs), as Slack's servers are apart from
// ours. Each request is a new invocation (its own trigger_id), signed as Slack signs it; Baton
// logs the call after the ack and answers on a local fake response_url.
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const SECRET = "bench-secret";
const CONNECTIONS = 50;
// A p99 over 3,000 requests is the 30 slowest, and moved by 2× from run to run even for bare
// Bolt; over 15,000 it is far steadier.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 15_000);

const sign = (body, ts) =>
  `v0=${createHmac("sha256", SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;

/** Starts one side and resolves with what it printed on its first line. */
const side = (kind) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles Baton's side.
        ...(kind === "baton" && process.env.BENCH_NODE_ARGS
          ? process.env.BENCH_NODE_ARGS.split(" ")
          : []),
        fileURLToPath(new URL("server.mjs", import.meta.url)),
        kind,
      ],
      {
        env: { ...process.env, BENCH_SECRET: SECRET },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    child.stdout.once("data", (chunk) =>
      resolve({ child, words: String(chunk).trim().split(" ") }),
    );
    child.once("exit", (code) => reject(new Error(`bench server ${kind} exited ${code}`)));
  });

const run = (port, account, responseBase) =>
  new Promise((resolve, reject) => {
    let n = 0;
    autocannon(
      {
        url: `http://127.0.0.1:${port}/slack/events`,
        connections: CONNECTIONS,
        amount: REQUESTS,
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              n += 1;
              const trigger = `${randomBytes(6).toString("hex")}.${n}`;
              const body = new URLSearchParams({
                team_id: "T1",
                user_id: "U_REP",
                channel_id: "C1",
                command: "/log",
                text: `call "${account}" bench call ${n}`,
                trigger_id: trigger,
                response_url: `${responseBase}/respond/${trigger}`,
              }).toString();
              const ts = String(Math.floor(Date.now() / 1000));
              return {
                ...req,
                body,
                headers: {
                  "content-type": "application/x-www-form-urlencoded",
                  "x-slack-request-timestamp": ts,
                  "x-slack-signature": sign(body, ts),
                },
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });

const bare = await side("bare");
const baton = await side("baton");
const barePort = Number(bare.words[1]);
const batonPort = Number(baton.words[1]);
const driver = baton.words[2];
const account = decodeURIComponent(baton.words[3]);
const api = baton.words[4];
const stats = async () => (await fetch(`http://127.0.0.1:${batonPort}/bench/logged`)).json();

/** Waits until every call sent so far is logged, so one run's work does not slow the next. */
const drained = async (expected) => {
  const deadline = Date.now() + 180_000;
  let logged = 0;
  while (Date.now() < deadline) {
    logged = (await stats()).logged;
    if (logged >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return logged;
};

// Warm both up, let the warm-up's logging finish, then measure one after the other.
await run(barePort, account, api);
await run(batonPort, account, api);
await drained(REQUESTS);
const base = await run(barePort, account, api);
const ours = await run(batonPort, account, api);
const logged = await drained(REQUESTS * 2);
console.log(
  `slack /log ack — ${REQUESTS} requests × ${CONNECTIONS} connections, ${driver}; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(
  `bare Bolt ack(): p50 ${base.latency.p50} ms p99 ${base.latency.p99} ms, ${Math.round(base.requests.average)} req/s | Baton /log: p50 ${ours.latency.p50} ms p99 ${ours.latency.p99} ms, ${Math.round(ours.requests.average)} req/s | p99 ratio ${(ours.latency.p99 / base.latency.p99).toFixed(2)}× (target ≤ 3× and < 100 ms) | non-2xx ${ours.non2xx} | calls logged ${logged} of ${REQUESTS * 2} | errors ${(await stats()).errors} | ${JSON.stringify(await stats())}`,
);
bare.child.kill();
baton.child.kill();
process.exit(0);
