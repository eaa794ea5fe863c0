import { runSlack } from "./runSlack";

runSlack(process.env, (line) => process.stderr.write(`${line}\n`)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `baton-slack: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
