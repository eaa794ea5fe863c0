import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Button, Chat, Inbound } from "@baton/chat";
import { renderReply } from "./renderReply";
import type { Style } from "./style";

export type SessionOptions = {
  readonly chat: Chat;
  /** The Baton user at the keyboard, linked as the terminal's chat account. */
  readonly userId: string;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly style: Style;
  /** Show a prompt (on a terminal; not when a script is piped in). */
  readonly prompt: boolean;
};

const QUIT = new Set(["/quit", "/exit", "/q", "/退出"]);

/**
 * The chat in a terminal: one line in, one reply out, until /quit or the end
 * of input. A number presses that button of the last reply, so choices,
 * confirmations and buttons all work without a mouse.
 */
export const runSession = async (options: SessionOptions): Promise<void> => {
  const { chat, userId, output, style } = options;
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  let buttons: readonly Button[] = [];
  const ask = () => {
    if (options.prompt) output.write(style.bold("> "));
  };
  const inbound = (message: Inbound["message"]): Inbound => ({
    identity: { platform: "cli", tenantId: "local", externalUserId: userId },
    channel: "cli",
    conversationId: "terminal",
    message,
    idempotencyKey: randomUUID(),
  });
  ask();
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line.length === 0) {
      ask();
      continue;
    }
    const pressed = /^\d{1,2}$/.test(line) ? buttons[Number(line) - 1] : undefined;
    const reply = await chat.handle(
      inbound(
        pressed
          ? { type: "action", actionId: pressed.actionId, value: pressed.value }
          : { type: "text", text: line },
      ),
    );
    const rendered = renderReply(reply, style);
    buttons = rendered.buttons;
    output.write(`${rendered.text}\n\n`);
    ask();
  }
  lines.close();
};
