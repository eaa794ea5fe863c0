import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret";

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export const sign = (body: string, timestamp: number, secret = SIGNING_SECRET): string =>
  `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;

export type Delivery = {
  /** Seconds since the epoch in the timestamp header; default now. */
  readonly timestamp?: number;
  /** Sign with another secret, or leave the signature out (`null`). */
  readonly secret?: string | null;
  /** Slack's retry number of this delivery (x-slack-retry-num). */
  readonly retryNum?: number;
};

/**
 * Posts `body` to the app as Slack would: signed, with the timestamp header.
 *
 * @example await deliver(url, form({ command: "/log", text: "call Acme" }))
 */
export const deliver = async (
  url: string,
  body: { readonly text: string; readonly contentType: string },
  delivery: Delivery = {},
): Promise<Response> => {
  const timestamp = delivery.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": body.contentType,
    "x-slack-request-timestamp": String(timestamp),
  };
  if (delivery.secret !== null)
    headers["x-slack-signature"] = sign(body.text, timestamp, delivery.secret ?? SIGNING_SECRET);
  if (delivery.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(delivery.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body: body.text });
};

/** A slash command's form body. */
export const slashCommand = (fields: Record<string, string>) => ({
  text: new URLSearchParams(fields).toString(),
  contentType: "application/x-www-form-urlencoded",
});

/** An interactivity payload (a button press): `payload=<json>` in a form. */
export const interaction = (payload: unknown) => ({
  text: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  contentType: "application/x-www-form-urlencoded",
});

/** An Events API callback. */
export const eventCallback = (body: unknown) => ({
  text: JSON.stringify(body),
  contentType: "application/json",
});
