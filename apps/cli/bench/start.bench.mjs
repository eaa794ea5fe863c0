// Time from starting `baton start` to its first prompt (the welcome's last line), on a fresh
// folder (database created, migrated, demo company loaded) and on the same folder again,
// against starting a bare `node -e ""` in the same run. Also what `npm start` adds before
// that: turbo checking the build is up to date (cached).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const READY = "Type a number to press a button";

const untilReady = (cwd) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env, NO_COLOR: "1" };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [MAIN, "start"], {
      cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes(READY)) {
        const ms = performance.now() - started;
        child.stdin.end("/quit\n");
        child.on("close", () => resolve(ms));
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (!out.includes(READY)) reject(new Error(`baton start exited ${code} before the prompt`));
    });
  });

const timed = (fn) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const bare = median(
  [1, 2, 3, 4, 5].map(() => timed(() => spawnSync(process.execPath, ["-e", ""]))),
);
const firsts = [];
const seconds = [];
for (let i = 0; i < 3; i++) {
  const dir = mkdtempSync(join(tmpdir(), "baton-bench-"));
  try {
    firsts.push(await untilReady(dir));
    seconds.push(await untilReady(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const turbo = timed(() =>
  spawnSync("npx", ["turbo", "run", "build", "--filter=baton...", "--output-logs=none"], {
    cwd: ROOT,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  }),
);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `start — median of 3; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(
  `node -e "" ${s(bare)} | first run to prompt ${s(median(firsts))} (${(median(firsts) / bare).toFixed(0)}×, target < 30 s) | second run ${s(median(seconds))} (${(median(seconds) / bare).toFixed(0)}×, target < 10 s) | npm start's cached build check adds ${s(turbo)}`,
);
