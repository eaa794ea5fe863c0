import { parseArgs } from "node:util";
import { chat } from "./commands/chat";
import { doctor } from "./commands/doctor";
import { start } from "./commands/start";
import { exportFile, importFile } from "./commands/transfer";
import { describeProblems, readConfig } from "./config";
import { styleFor } from "./terminal/style";

const USAGE = `Usage: baton <command> [options]

  start     Chat with Baton on an embedded database with a demo company (first run loads it)
              --as rep|manager|leadership|admin|<user id or email>   (default rep)
              --data <folder>                                         (default ./.baton/data)
  chat      The same chat against the PostgreSQL server in DATABASE_URL   (--as as above)
  import    baton import <file> --type <kind> [--map <mapping.json>] [--dry-run] [--as <user>]
  export    baton export --type <kind> [--out <file>] [--bom] [--as <user>]
  slack     Baton for Slack: serve /slack/events on PORT (see docs/slack.md)
  doctor    Check the configuration, the database and the Slack, Teams and OpenAI settings

Kinds: accounts, contacts, deals, activities, users, teams.
`;

const main = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      as: { type: "string" },
      data: { type: "string" },
      type: { type: "string" },
      map: { type: "string" },
      out: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      bom: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const style = styleFor(process.stdout.isTTY === true && !process.env.NO_COLOR);
  if (command === "doctor") return doctor(process.env, { dataDir: values.data }, style);
  if (command === "slack") {
    // The Slack app reads its own settings; it runs until stopped.
    const { runSlack } = await import("@baton/slack");
    return (await runSlack(process.env, (line) => process.stderr.write(`${line}\n`))) ?? 0;
  }
  const config = readConfig(process.env);
  if (!config.ok) {
    process.stderr.write(
      `${describeProblems(config.problems)}\nRun \`baton doctor\` for every check.\n`,
    );
    return 2;
  }
  switch (command) {
    case "start":
      return start(config.value, { as: values.as ?? "rep", dataDir: values.data }, style);
    case "chat":
      return chat(config.value, { as: values.as ?? "rep" }, style);
    case "import":
      return importFile(
        config.value,
        {
          ...(rest[0] ? { file: rest[0] } : {}),
          ...(values.type ? { type: values.type } : {}),
          ...(values.map ? { map: values.map } : {}),
          ...(values.as ? { as: values.as } : {}),
          ...(values.data ? { dataDir: values.data } : {}),
          dryRun: values["dry-run"] ?? false,
        },
        style,
      );
    case "export":
      return exportFile(config.value, {
        ...(values.type ? { type: values.type } : {}),
        ...(values.out ? { out: values.out } : {}),
        ...(values.as ? { as: values.as } : {}),
        ...(values.data ? { dataDir: values.data } : {}),
        bom: values.bom ?? false,
      });
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
};

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`baton: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
