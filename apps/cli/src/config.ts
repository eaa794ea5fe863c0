import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value.length === 0 ? undefined : value))
  .optional();

const optionalUrl = (what: string) =>
  optionalText.pipe(z.url({ error: `must be a URL (${what})` }).optional());

/**
 * Everything the CLI reads from the environment, with what each variable is
 * for: read once at start, so a mistake is named before anything runs.
 */
export const CliConfig = z.object({
  /** PostgreSQL server; without it the embedded database in BATON_DATA_DIR is used. */
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (the PostgreSQL server to use)")
      .optional(),
  ),
  /** Folder of the embedded database. */
  BATON_DATA_DIR: optionalText,
  /** Free-text understanding; without a key, free text gets a hint to use a command. */
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl("an OpenAI-compatible server, e.g. http://localhost:11434/v1"),
  OPENAI_MODEL: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith("xoxb-", "must be a bot token starting with xoxb-").optional(),
  ),
  SLACK_APP_TOKEN: optionalText.pipe(
    z.string().startsWith("xapp-", "must be an app-level token starting with xapp-").optional(),
  ),
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  /** Any value turns colours off, as https://no-color.org asks. */
  NO_COLOR: optionalText,
});
export type CliConfig = z.infer<typeof CliConfig>;

/** Why the environment was refused: each bad variable and what it must be. */
export type ConfigProblem = { readonly variable: string; readonly message: string };

/**
 * Reads the configuration from `env`.
 *
 * @example readConfig(process.env) // { ok: true, value: { DATABASE_URL: undefined, ... } }
 */
export const readConfig = (
  env: Record<string, string | undefined>,
): { ok: true; value: CliConfig } | { ok: false; problems: ConfigProblem[] } => {
  const parsed = CliConfig.safeParse(env);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? "environment"),
      message: issue.message,
    })),
  };
};

/** The refusal as lines a person reads: `DATABASE_URL must start with postgres://...`. */
export const describeProblems = (problems: readonly ConfigProblem[]): string =>
  problems.map((p) => `${p.variable} ${p.message}`).join("\n");
