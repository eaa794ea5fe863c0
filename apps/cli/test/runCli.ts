import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built CLI: tests run what `npm start` runs. */
export const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export type CliRun = {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
};

/**
 * Runs `baton <args>` in `cwd` with `stdin` typed in, and waits for it to exit.
 * The environment is the test's, minus what would make the run depend on this machine.
 *
 * @example await runCli(["start"], { cwd: dir, stdin: "/help\n" })
 */
export const runCli = (
  args: readonly string[],
  options: { cwd: string; stdin?: string; env?: Record<string, string | undefined> },
): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: "1",
      ...options.env,
    };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: options.cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
