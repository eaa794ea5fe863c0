import type { Locale, User } from "@baton/core";
import type { Actor, Crm } from "@baton/crm";
import type { Command } from "../commands/command";
import type { Catalog } from "../i18n/catalog";
import type { Inbound } from "../inbound";
import type { ReplyBlock } from "../reply";

/** One choice of a stored question: what to show, and the command it runs when picked (`null`: cancel). */
export type PendingChoice = {
  readonly label: string;
  readonly command: Command | null;
  readonly style?: "primary" | "danger";
};

/**
 * Everything a handler needs for one turn: who (loaded and checked), in which
 * language and time zone, the CRM, and the means to ask a question whose answer
 * may come later, on another replica. Handlers never touch SQL or the platform.
 */
export type Turn = {
  readonly crm: Crm;
  readonly inbound: Inbound;
  readonly actor: Actor;
  /** The acting Baton user as the database says now (roles, team, locale). */
  readonly user: User;
  readonly locale: Locale;
  /** IANA zone dates are read and shown in: the user's preference, the platform's, the user record's, UTC. */
  readonly timeZone: string;
  readonly now: Date;
  /** The messages in the user's language. */
  readonly t: Catalog;
  /**
   * The idempotency key for a write of this turn: the same on a redelivery of the
   * same inbound, so a retry writes nothing twice. Give each write of one turn
   * its own `part` ("activity", "approval").
   */
  writeKey(part?: string): string;
  /**
   * Stores a question (ambiguity, a missing part) and returns the block showing it.
   * Picking a choice — now or later, here or on another replica — runs its command.
   */
  ask(prompt: string, choices: readonly PendingChoice[]): Promise<ReplyBlock>;
  /** Stores a write to confirm and returns the block previewing it (confirm runs `command`). */
  confirm(prompt: string, command: Command): Promise<ReplyBlock>;
};

/** A command handler: never throws for a user's mistake, answers with a `Reply` in `turn.locale`. */
export type Handler<C extends Command> = (
  turn: Turn,
  command: C,
) => Promise<import("../reply").Reply>;
