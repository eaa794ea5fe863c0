import type { Locale } from "@baton/core";

/** How a block should feel when a channel can show it (colour, icon). */
export type Tone = "info" | "success" | "warning" | "error";

/**
 * A button or a choice. Pressing it comes back as an `action` inbound with
 * this `actionId` and `value`; channels without buttons (the terminal) show
 * numbered choices and send the same action when the number is typed.
 */
export type Button = {
  readonly label: string;
  readonly actionId: string;
  readonly value: string;
  readonly style?: "primary" | "danger";
};

/** One row label → value, e.g. "Owner" → "Ada Lovelace". */
export type Fact = { readonly label: string; readonly value: string };

/** The parts of a reply, each rendered by the channel in its own way. */
export type ReplyBlock =
  | { readonly type: "text"; readonly text: string; readonly tone?: Tone }
  | { readonly type: "heading"; readonly text: string }
  | { readonly type: "facts"; readonly facts: readonly Fact[] }
  | {
      readonly type: "table";
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Rows left out to keep the reply short (the caller says how to see them). */
      readonly omitted?: number;
    }
  | {
      /** A question with choices (ambiguity, next action); answered by a button or its number. */
      readonly type: "choices";
      readonly prompt: string;
      readonly choices: readonly Button[];
    }
  | {
      /** A write previewed before it happens: confirm or cancel. */
      readonly type: "confirm";
      readonly prompt: string;
      readonly confirm: Button;
      readonly cancel: Button;
    }
  | { readonly type: "buttons"; readonly buttons: readonly Button[] }
  | { readonly type: "image"; readonly url: string; readonly alt: string };

/**
 * What Baton answers, channel-neutral: already in the user's language. Apps
 * render it (Block Kit, Adaptive Card, terminal text) and enforce their limits.
 */
export type Reply = {
  readonly locale: Locale;
  readonly blocks: readonly ReplyBlock[];
  /** `private`: only the person who asked should see it (Slack ephemeral). Default `private`. */
  readonly visibility?: "private" | "public";
  /**
   * Set when the reply answers a pending question: apps update the message
   * that asked it (so nobody presses a stale button) rather than post a new one.
   */
  readonly answers?: string;
  /** Error replies carry what went wrong, for apps and tests; the text already says it politely. */
  readonly problem?: ReplyProblem;
};

/** Why a turn did not do what was asked. */
export type ReplyProblem =
  | "usage"
  | "not_linked"
  | "not_found"
  | "ambiguous"
  | "forbidden"
  | "invalid_input"
  | "conflict"
  | "unavailable"
  | "too_long"
  | "expired"
  | "internal";

/**
 * A reply of `blocks` in `locale`.
 *
 * @example reply("en", [{ type: "text", text: "Logged." }])
 */
export const reply = (
  locale: Locale,
  blocks: readonly ReplyBlock[],
  extra: Omit<Reply, "locale" | "blocks"> = {},
): Reply => ({ locale, blocks, ...extra });

/** A one-line reply: `textReply("en", "Done.", "success")`. */
export const textReply = (
  locale: Locale,
  text: string,
  tone?: Tone,
  extra: Omit<Reply, "locale" | "blocks"> = {},
): Reply => reply(locale, [tone ? { type: "text", text, tone } : { type: "text", text }], extra);

/** A polite refusal: `problemReply("en", "not_found", "I found no account named Acme.")`. */
export const problemReply = (locale: Locale, problem: ReplyProblem, text: string): Reply =>
  textReply(locale, text, problem === "usage" ? "info" : "warning", { problem });

/** The text of every block, joined: handy in tests and plain-text channels. */
export const replyText = (r: Reply): string =>
  r.blocks
    .map((b) => {
      switch (b.type) {
        case "text":
        case "heading":
          return b.text;
        case "facts":
          return b.facts.map((f) => `${f.label}: ${f.value}`).join("\n");
        case "table":
          return [b.columns.join(" | "), ...b.rows.map((row) => row.join(" | "))].join("\n");
        case "choices":
          return [b.prompt, ...b.choices.map((c, i) => `${i + 1}. ${c.label}`)].join("\n");
        case "confirm":
          return `${b.prompt}\n${b.confirm.label} / ${b.cancel.label}`;
        case "buttons":
          return b.buttons.map((x) => x.label).join(" / ");
        default:
          return b.alt;
      }
    })
    .join("\n");
