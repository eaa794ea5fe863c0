import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

/** Slack's window: a request signed more than five minutes from now is refused, either way. */
export const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Wraps Bolt's request listener to refuse requests whose signature timestamp is
 * in the future (Bolt refuses old ones but accepts future ones, which lets a
 * captured request be replayed later). Bolt then checks the signature itself.
 *
 * @example http.createServer(refuseFutureRequests(receiver.requestListener, () => Date.now()))
 */
export const refuseFutureRequests =
  (listener: RequestListener, now: () => number): RequestListener =>
  (req: IncomingMessage, res: ServerResponse) => {
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(stamp) && stamp - Math.floor(now() / 1000) > MAX_SKEW_SECONDS) {
      res.writeHead(401, { "content-type": "text/plain" });
      res.end("request timestamp is in the future");
      req.resume();
      return;
    }
    listener(req, res);
  };
