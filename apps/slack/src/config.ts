import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => (value.length === 0 ? undefined : value))
  .optional();

/**
 * The Slack app's settings from the environment, each saying what it is for.
 * Token mode (one workspace) needs SLACK_BOT_TOKEN; OAuth (many workspaces)
 * needs the client id, secret and state secret instead.
 */
export const SlackConfig = z
  .object({
    /** Verifies that a request comes from Slack (Basic Information → App Credentials). */
    SLACK_SIGNING_SECRET: optional,
    /** xoxb- token of a single-workspace install (OAuth & Permissions). */
    SLACK_BOT_TOKEN: optional.pipe(
      z.string().startsWith("xoxb-", "must be a bot token starting with xoxb-").optional(),
    ),
    /** xapp- token with connections:write: Socket Mode, for local development. */
    SLACK_APP_TOKEN: optional.pipe(
      z.string().startsWith("xapp-", "must be an app-level token starting with xapp-").optional(),
    ),
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_STATE_SECRET: optional,
    /** Another Web API base (GovSlack, or a test server), e.g. https://slack-gov.com/api/. */
    SLACK_API_URL: optional.pipe(
      z.url({ error: "must be a URL such as https://slack.com/api/" }).optional(),
    ),
    PORT: optional
      .pipe(
        z
          .string()
          .regex(/^\d{1,5}$/, "must be a port number such as 3000")
          .optional(),
      )
      .transform((port) => (port === undefined ? 3000 : Number(port))),
    DATABASE_URL: optional,
    BATON_DATA_DIR: optional,
    OPENAI_API_KEY: optional,
    OPENAI_BASE_URL: optional,
    OPENAI_MODEL: optional,
  })
  .superRefine((c, ctx) => {
    // Socket Mode needs no signing secret: nothing reaches the app over HTTP.
    if (!c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN)
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message:
          "is missing: it verifies that requests come from Slack (Basic Information → Signing Secret)",
      });
    const oauth = [c.SLACK_CLIENT_ID, c.SLACK_CLIENT_SECRET, c.SLACK_STATE_SECRET];
    if (!c.SLACK_BOT_TOKEN && oauth.some((v) => v === undefined))
      ctx.addIssue({
        code: "custom",
        path: [
          c.SLACK_CLIENT_ID
            ? c.SLACK_CLIENT_SECRET
              ? "SLACK_STATE_SECRET"
              : "SLACK_CLIENT_SECRET"
            : "SLACK_BOT_TOKEN",
        ],
        message:
          "is missing: set SLACK_BOT_TOKEN (xoxb-, one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth, many workspaces)",
      });
  });
export type SlackConfig = z.infer<typeof SlackConfig>;

/**
 * Reads the Slack settings, or the lines naming what is wrong.
 *
 * @example readSlackConfig(process.env) // { ok: false, problems: ["SLACK_SIGNING_SECRET is missing: it verifies ..."] }
 */
export const readSlackConfig = (
  env: Record<string, string | undefined>,
): { ok: true; value: SlackConfig } | { ok: false; problems: string[] } => {
  const parsed = SlackConfig.safeParse(env);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : {
        ok: false,
        problems: parsed.error.issues.map(
          (i) => `${String(i.path[0] ?? "environment")} ${i.message}`,
        ),
      };
};
