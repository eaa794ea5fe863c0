import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A Web API call or a response_url post the fake received. */
export type SlackCall = {
  readonly method: string;
  readonly body: Record<string, unknown>;
  /** The bearer token the call was made with ("" for none). */
  readonly token: string;
};

const readBody = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json"))
    return raw ? JSON.parse(raw) : {};
  const form = Object.fromEntries(new URLSearchParams(raw));
  // The Web API client sends blocks as a JSON string inside the form.
  for (const key of ["blocks", "view"])
    if (typeof form[key] === "string") form[key] = JSON.parse(form[key] as string);
  return form;
};

/** Slack users the fake knows: id → profile email (and whether Slack confirmed it). */
export type FakeUsers = Readonly<Record<string, { email: string; confirmed?: boolean }>>;

/**
 * A local server that speaks the Slack Web API (`/api/<method>`) and accepts
 * `response_url` posts (`/respond/<id>`), recording every call. Point Bolt at it
 * with `clientOptions.slackApiUrl` (SLACK_API_URL).
 */
export const startFakeSlack = async (
  users: FakeUsers = {},
  options: { socketUrl?: string } = {},
) => {
  const calls: SlackCall[] = [];
  const waiters: { match: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  let ts = 1_700_000_000;
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? "";
    const body = await readBody(req);
    const method = url.startsWith("/respond/")
      ? "response_url"
      : (url.replace(/^\/api\//, "").split("?")[0] ?? "");
    const call = {
      method,
      body: { ...body, ...(method === "response_url" ? { path: url } : {}) },
      token: (req.headers.authorization ?? "").replace(/^Bearer /, ""),
    };
    calls.push(call);
    for (const waiter of [...waiters])
      if (waiter.match(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    const answer = (payload: Record<string, unknown>) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    switch (method) {
      case "oauth.v2.access":
        return answer({
          ok: true,
          app_id: "A1",
          authed_user: { id: "U_ADA" },
          scope: "commands,chat:write",
          token_type: "bot",
          access_token: "xoxb-installed",
          bot_user_id: "UBATON2",
          team: { id: "T2", name: "Beta Corp" },
          enterprise: null,
          is_enterprise_install: false,
        });
      case "apps.connections.open":
        return answer({ ok: true, url: options.socketUrl ?? "ws://127.0.0.1:1/" });
      case "auth.test":
        return answer({
          ok: true,
          user_id: "UBATON",
          bot_id: "BBATON",
          team_id: "T1",
          team: "Acme Inc",
        });
      case "users.info": {
        const known = users[String(body.user)];
        return known
          ? answer({
              ok: true,
              user: {
                id: body.user,
                is_email_confirmed: known.confirmed ?? true,
                profile: { email: known.email },
              },
            })
          : answer({ ok: false, error: "user_not_found" });
      }
      case "chat.postMessage":
      case "chat.update":
        ts += 1;
        return answer({ ok: true, channel: body.channel, ts: `${ts}.000100` });
      case "response_url":
        return answer({ ok: true });
      default:
        return answer({ ok: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    /** A fresh response_url for one command or click. */
    responseUrl: (id: string) => `${base}/respond/${id}`,
    calls,
    /** The calls of one method so far. */
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    /** Resolves with the first call (already made or to come) that matches. */
    next: (match: (c: SlackCall) => boolean, timeoutMs = 10_000): Promise<SlackCall> => {
      const made = calls.find(match);
      if (made) return Promise.resolve(made);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error("the fake Slack API got no such call")),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
