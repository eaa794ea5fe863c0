import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createChat, type LanguageModel } from "@baton/chat";
import type { Crm } from "@baton/crm";
import { App, type AppOptions, HTTPReceiver, LogLevel } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { SlackConfig } from "./config";
import { databaseInstallationStore } from "./installationStore";
import { registerListeners } from "./listeners";
import { type SlackNotifier, slackNotifier } from "./notify/slackNotifier";
import { refuseFutureRequests } from "./receiver/freshRequests";
import { workQueue } from "./workQueue";

/** The bot scopes Baton asks for on install (also in manifest.yml). */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "im:history",
  "im:write",
  "app_mentions:read",
  "users:read",
  "users:read.email",
];

export type SlackAppOptions = {
  readonly config: SlackConfig;
  readonly crm: Crm;
  readonly model?: LanguageModel | null;
  /** Milliseconds since the epoch; the signature window is checked against it. */
  readonly now?: () => number;
  readonly onError?: (error: unknown) => void;
  /** Commands handled at once after their acknowledgement (default 1 on PGlite, 8 on PostgreSQL, under its pool of 10). */
  readonly concurrency?: number;
};

/** A running Baton Slack app: its HTTP listener, and how to serve and stop it. */
export type SlackApp = {
  readonly app: App;
  /**
   * Delivers approval cards, outcomes, reminders and overdue hand-offs as DMs, with
   * the bot token (or each workspace's, with OAuth). `runSlack` starts it; tests pump it.
   */
  readonly notifier: SlackNotifier;
  /** Bolt's listener behind the future-timestamp check: mount it on any HTTP server. */
  readonly listener: RequestListener;
  /** Serves `/slack/events` on `port` (0: any free one); in Socket Mode connects instead (`port` null). */
  listen(port: number, host?: string): Promise<{ port: number | null }>;
  close(): Promise<void>;
};

/**
 * Builds the Bolt app over `@baton/chat`: the HTTP receiver at `/slack/events`
 * (signatures checked by Bolt, future timestamps refused here), in token mode
 * with SLACK_BOT_TOKEN or OAuth with the installations in the database.
 *
 * @example const slack = await createSlackApp({ config, crm }); await slack.listen(3000)
 */
export const createSlackApp = async (options: SlackAppOptions): Promise<SlackApp> => {
  const { config, crm } = options;
  const onError = options.onError ?? (() => {});
  const clientOptions = config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {};
  const signingSecret = config.SLACK_SIGNING_SECRET ?? "";
  const oauth = !config.SLACK_BOT_TOKEN;
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  const receiver = socketMode
    ? null
    : new HTTPReceiver({
        signingSecret,
        endpoints: "/slack/events",
        logLevel: LogLevel.ERROR,
        ...(oauth
          ? {
              clientId: config.SLACK_CLIENT_ID ?? "",
              clientSecret: config.SLACK_CLIENT_SECRET ?? "",
              stateSecret: config.SLACK_STATE_SECRET ?? "",
              scopes: BOT_SCOPES,
              installationStore: databaseInstallationStore(crm),
              installerOptions: { directInstall: true, clientOptions },
            }
          : {}),
      });
  let authorize: AppOptions["authorize"];
  let notifier: SlackNotifier | undefined;
  if (config.SLACK_BOT_TOKEN) {
    // One auth.test at start, not one per request (Bolt's default with a bare token).
    const token = config.SLACK_BOT_TOKEN;
    const client = new WebClient(token, clientOptions);
    const me = await client.auth.test();
    notifier = slackNotifier(crm, async () => client);
    authorize = async () => ({
      botToken: token,
      ...(me.bot_id ? { botId: me.bot_id } : {}),
      ...(me.user_id ? { botUserId: me.user_id } : {}),
      ...(me.team_id ? { teamId: me.team_id } : {}),
    });
  }
  if (oauth) {
    // Each workspace's messages go out with the bot token its installation gave.
    const store = databaseInstallationStore(crm);
    notifier = slackNotifier(crm, async (teamId) => {
      const installation = await store
        .fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })
        .catch(() => null);
      const token = installation?.bot?.token;
      return token ? new WebClient(token, clientOptions) : null;
    });
  }
  const app = new App({
    ...(receiver
      ? { receiver }
      : {
          // Socket Mode: Slack pushes events over a WebSocket the app opens (local development).
          socketMode: true,
          appToken: config.SLACK_APP_TOKEN,
          installerOptions: { clientOptions },
        }),
    clientOptions,
    logLevel: LogLevel.ERROR,
    ...(authorize ? { authorize } : {}),
  });
  const chat = createChat({ crm, model: options.model ?? null, onError });
  // Embedded PGlite is one connection working on this thread: one task at a time, with a turn of
  // the event loop between tasks so new requests get in. A server's queries are real I/O, and
  // eight in flight stay under its pool of ten.
  const concurrency = options.concurrency ?? (crm.context.store.driver === "pglite" ? 1 : 8);
  registerListeners(app, { chat, crm, onError, queue: workQueue(concurrency, onError) });
  app.error(async (error) => onError(error));
  const listener: RequestListener = receiver
    ? refuseFutureRequests(receiver.requestListener, options.now ?? Date.now)
    : (_req, res) => {
        res
          .writeHead(404)
          .end("Baton for Slack runs in Socket Mode: events arrive over its WebSocket.");
      };
  let server: Server | null = null;
  return {
    app,
    // The configuration has a bot token or OAuth settings, so one of the two was made.
    notifier: notifier as SlackNotifier,
    listener,
    listen: async (port, host = "0.0.0.0") => {
      if (socketMode) {
        await app.start();
        return { port: null };
      }
      return new Promise((resolve, reject) => {
        server = createServer(listener);
        server.once("error", reject);
        server.listen(port, host, () => {
          resolve({ port: ((server as Server).address() as AddressInfo).port });
        });
      });
    },
    close: async () => {
      await notifier?.stop();
      if (socketMode) await app.stop();
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
};
