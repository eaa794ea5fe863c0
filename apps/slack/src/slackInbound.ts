import type { Inbound } from "@baton/chat";
import { baseActionId } from "./blockKit/renderBlocks";

/** The identity of a Slack user in a workspace, as chat knows chat accounts. */
const identity = (teamId: string, userId: string): Inbound["identity"] => ({
  platform: "slack",
  tenantId: teamId,
  externalUserId: userId,
});

/**
 * A slash command as an inbound. `trigger_id` is the same on each of Slack's
 * retries of one invocation and new for every invocation: the idempotency key.
 *
 * @example commandInbound({ team_id: "T1", user_id: "U1", channel_id: "C1", command: "/log", text: "call Acme", trigger_id: "1.2" })
 */
export const commandInbound = (body: {
  team_id: string;
  user_id: string;
  channel_id: string;
  command: string;
  text: string;
  trigger_id: string;
}): Inbound => ({
  identity: identity(body.team_id, body.user_id),
  channel: "slack",
  conversationId: body.channel_id,
  message: { type: "text", text: `${body.command} ${body.text}`.trim() },
  idempotencyKey: `cmd:${body.trigger_id}`,
});

/** A button press; `action_ts` identifies this press, so a redelivery of it writes once. */
export const actionInbound = (body: {
  teamId: string;
  userId: string;
  channelId: string;
  actionId: string;
  value: string;
  actionTs: string;
}): Inbound => ({
  identity: identity(body.teamId, body.userId),
  channel: "slack",
  conversationId: body.channelId,
  message: { type: "action", actionId: baseActionId(body.actionId), value: body.value },
  idempotencyKey: `act:${body.actionTs}:${body.userId}`,
});

/** A direct message or a mention; `event_id` is the same on Slack's retries. */
export const messageInbound = (body: {
  teamId: string;
  userId: string;
  channelId: string;
  text: string;
  eventId: string;
}): Inbound => ({
  identity: identity(body.teamId, body.userId),
  channel: "slack",
  conversationId: body.channelId,
  // A mention starts with the bot's <@U…>; the rest is what was said to Baton.
  message: { type: "text", text: body.text.replace(/^\s*<@[A-Z0-9]+>\s*/, "") },
  idempotencyKey: `evt:${body.eventId}`,
});
