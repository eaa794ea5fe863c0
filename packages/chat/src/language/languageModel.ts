import type { Locale } from "@baton/core";
import type { Command } from "../commands/command";

/** What the model is told besides the text. */
export type UnderstandContext = {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly now: Date;
};

/** What the model made of free text: a command, or why it could not say. */
export type Understood =
  | { readonly ok: true; readonly command: Command }
  | {
      readonly ok: false;
      /** `unclear`: the model answered but found no command in the text. */
      readonly reason: "timeout" | "invalid_output" | "failed" | "unclear";
    };

/** Turns free text into a command. Never throws; the grammar's hint answers when it fails. */
export type LanguageModel = {
  understand(text: string, context: UnderstandContext): Promise<Understood>;
};
