import { Locale, TimeZone } from "@baton/core";
import { z } from "zod";
import { Command } from "./commands/command";

/** Where a message came from. */
export const CHANNEL_KINDS = ["slack", "teams", "cli"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Longest text a turn reads; more is refused politely rather than cut silently. */
export const MAX_INBOUND_TEXT = 8_000;

/**
 * Who wrote, as the platform knows them: a Slack team + user, a Teams tenant +
 * AAD object id, or the terminal's local user. Chat maps it to a Baton user
 * through the chat identities table; an unknown one is asked to `/link`.
 */
export const InboundIdentity = z.object({
  platform: z.enum(CHANNEL_KINDS),
  tenantId: z.string().min(1).max(200),
  externalUserId: z.string().min(1).max(200),
});
export type InboundIdentity = z.infer<typeof InboundIdentity>;

/**
 * What the person did: typed text, pressed a button / picked a choice of an
 * earlier reply, or submitted a form (a Slack modal, a Teams card) that an app
 * turned into a command — checked by the same schema as a typed one.
 */
export const InboundMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({
    type: z.literal("action"),
    /** The `action` of the button pressed (see `Button`). */
    actionId: z.string().min(1).max(255),
    value: z.string().max(2_000),
  }),
  z.object({ type: z.literal("command"), command: Command }),
]);
export type InboundMessage = z.infer<typeof InboundMessage>;

/**
 * One message to Baton, channel-neutral. Apps build it from the platform's
 * payload; `idempotencyKey` comes from the platform's own ids (Slack's
 * trigger/event id, Teams' activity id) so a redelivery writes nothing twice.
 */
export const Inbound = z.object({
  identity: InboundIdentity,
  channel: z.enum(CHANNEL_KINDS),
  /** The conversation (DM, channel, thread) the answer goes to; pending questions are kept per conversation. */
  conversationId: z.string().min(1).max(500),
  message: InboundMessage,
  /** The platform's locale for the user, used until they choose one with `/lang`. */
  locale: Locale.optional(),
  /** The platform's time zone for the user, used until they set one. */
  timeZone: TimeZone.optional(),
  idempotencyKey: z.string().min(1).max(400),
});
export type Inbound = z.infer<typeof Inbound>;
