import { type CliConfig, describeProblems, readConfig } from "../config";
import type { Style } from "../terminal/style";
import { openFromConfig } from "./openFromConfig";
import { DEFAULT_DATA_DIR } from "./start";

/** One check: passed, a warning (works, with less), or a failure (will not work). */
export type Check = {
  readonly status: "ok" | "warn" | "fail";
  readonly what: string;
  readonly fix?: string;
};

const set = (value: string | undefined) => value !== undefined;

/** The checks that read only the configuration: which integrations are set up, and what is missing. */
export const configChecks = (config: CliConfig): Check[] => {
  const checks: Check[] = [];
  checks.push(
    config.OPENAI_API_KEY
      ? {
          status: "ok",
          what: `Free text: OPENAI_API_KEY is set (model ${config.OPENAI_MODEL ?? "gpt-4o-mini"}${config.OPENAI_BASE_URL ? ` at ${config.OPENAI_BASE_URL}` : ""})`,
        }
      : {
          status: "warn",
          what: "Free text: OPENAI_API_KEY is not set, so free text gets a hint to use a command",
          fix: "Set OPENAI_API_KEY (and OPENAI_BASE_URL for any OpenAI-compatible server) to understand free text.",
        },
  );
  const slack = {
    SLACK_SIGNING_SECRET: config.SLACK_SIGNING_SECRET,
    SLACK_BOT_TOKEN: config.SLACK_BOT_TOKEN,
  };
  const slackMissing = Object.entries(slack)
    .filter(([, v]) => !set(v))
    .map(([k]) => k);
  checks.push(
    slackMissing.length === 0
      ? {
          status: "ok",
          what: `Slack: signing secret and bot token set${config.SLACK_APP_TOKEN ? ", Socket Mode token set" : ""}`,
        }
      : {
          status: "warn",
          what: `Slack: not configured (missing ${slackMissing.join(", ")})`,
          fix: "Create the Slack app from apps/slack/manifest.yml (docs/slack.md), then set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN.",
        },
  );
  const teams = {
    MICROSOFT_APP_ID: config.MICROSOFT_APP_ID,
    MICROSOFT_APP_PASSWORD: config.MICROSOFT_APP_PASSWORD,
  };
  const teamsMissing = Object.entries(teams)
    .filter(([, v]) => !set(v))
    .map(([k]) => k);
  checks.push(
    teamsMissing.length === 0
      ? { status: "ok", what: "Microsoft Teams: app id and password set" }
      : {
          status: "warn",
          what: `Microsoft Teams: not configured (missing ${teamsMissing.join(", ")})`,
          fix: "Register a bot in Azure and set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID.",
        },
  );
  return checks;
};

/** Opens the configured database: reachable, migrated, and how much is in it. */
export const databaseCheck = async (config: CliConfig, dataDir?: string): Promise<Check> => {
  const where = config.DATABASE_URL
    ? `PostgreSQL at ${config.DATABASE_URL.replace(/\/\/[^@/]*@/, "//…@")}`
    : `embedded database in ${dataDir ?? config.BATON_DATA_DIR ?? DEFAULT_DATA_DIR}`;
  try {
    const crm = await openFromConfig(config, dataDir);
    try {
      const row = await crm.context.store.db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      return { status: "ok", what: `Database: ${where}, migrated, ${row.n} users` };
    } finally {
      await crm.close();
    }
  } catch (error) {
    return {
      status: "fail",
      what: `Database: ${where} cannot be opened (${error instanceof Error ? error.message : String(error)})`,
      fix: config.DATABASE_URL
        ? "Check that the server runs and DATABASE_URL names it (postgres://user@host:5432/db), or unset it to use the embedded database."
        : "Check the folder is writable and no other Baton process holds it, or set BATON_DATA_DIR to another folder.",
    };
  }
};

const mark = (check: Check, style: Style) =>
  check.status === "ok"
    ? style.green("✓")
    : check.status === "warn"
      ? style.yellow("!")
      : style.red("✗");

/** `baton doctor`: every check with how to fix what is missing; exit 1 when something will not work. */
export const doctor = async (
  env: Record<string, string | undefined>,
  options: { dataDir?: string | undefined },
  style: Style,
): Promise<number> => {
  const read = readConfig(env);
  if (!read.ok) {
    process.stdout.write(`${style.red("✗")} Configuration:\n${describeProblems(read.problems)}\n`);
    return 1;
  }
  const checks = [
    { status: "ok" as const, what: "Configuration: every variable set is valid" },
    await databaseCheck(read.value, options.dataDir),
    ...configChecks(read.value),
  ];
  for (const check of checks) {
    process.stdout.write(`${mark(check, style)} ${check.what}\n`);
    if (check.fix) process.stdout.write(`  ${style.dim(check.fix)}\n`);
  }
  return checks.some((c) => c.status === "fail") ? 1 : 0;
};
