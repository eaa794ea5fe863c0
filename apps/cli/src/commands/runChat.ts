import { createChat, type LanguageModel, openAiModel } from "@baton/chat";
import type { Role } from "@baton/core";
import type { Crm } from "@baton/crm";
import type { CliConfig } from "../config";
import { linkTerminal, ownAccounts, userWithRole } from "../demo";
import { runSession } from "../terminal/session";
import type { Style } from "../terminal/style";

/** The language model the configuration asks for, or none (free text then gets a hint). */
export const modelOf = (config: CliConfig): LanguageModel | null =>
  config.OPENAI_API_KEY
    ? openAiModel({
        apiKey: config.OPENAI_API_KEY,
        ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
        ...(config.OPENAI_MODEL ? { model: config.OPENAI_MODEL } : {}),
      })
    : null;

export type ChatRun = {
  readonly crm: Crm;
  readonly config: CliConfig;
  /** A role to play (the first user with it) or a user id or email. */
  readonly as: string;
  readonly style: Style;
  /** Default: the process's stdin and stdout. */
  readonly io?: { input: NodeJS.ReadableStream; output: NodeJS.WriteStream };
};

const ROLES_TO_PLAY: readonly Role[] = [
  "rep",
  "manager",
  "leadership",
  "admin",
  "marketing",
  "service",
  "finance",
];

/** Finds who to play, links the terminal to them, greets them and runs the chat until /quit. */
export const runChat = async ({
  crm,
  config,
  as,
  style,
  io = { input: process.stdin, output: process.stdout },
}: ChatRun): Promise<number> => {
  const wanted = as.trim();
  const user = (ROLES_TO_PLAY as readonly string[]).includes(wanted)
    ? await userWithRole(crm, wanted as Role)
    : ((await crm.context.store.db
        .selectFrom("users")
        .select(["id", "name"])
        .where((eb) => eb.or([eb("id", "=", wanted), eb("email", "=", wanted.toLowerCase())]))
        .executeTakeFirst()) ?? null);
  if (!user) {
    io.output.write(
      `No user to play as "${wanted}". Use --as with one of ${ROLES_TO_PLAY.join(", ")}, a user id or an email.\n`,
    );
    return 2;
  }
  await linkTerminal(crm, user.id);
  const accounts = await ownAccounts(crm, user.id, 3);
  const example = accounts[0]
    ? /\s/.test(accounts[0])
      ? `"${accounts[0]}"`
      : accounts[0]
    : "<account>";
  io.output.write(
    [
      style.bold(`Baton — you are ${user.name} (${wanted}).`),
      accounts.length > 0
        ? `Some of your accounts: ${accounts.join(", ").replace(/\.?$/, ".")}`
        : "",
      `Try: /log call ${example} pricing call next: send proposal fri`,
      `     /account ${example}   /pipeline   /kpi   /help   /lang zh-CN`,
      config.OPENAI_API_KEY
        ? "Free text goes to the language model; writes are shown to you before they happen."
        : style.dim("No OPENAI_API_KEY: use commands; free text gets a hint."),
      style.dim("Type a number to press a button. /quit to leave."),
    ]
      .filter((line) => line.length > 0)
      .join("\n")
      .concat("\n\n"),
  );
  const chat = createChat({
    crm,
    model: modelOf(config),
    onError: (error) => io.output.write(style.dim(`(internal error: ${String(error)})\n`)),
  });
  await runSession({
    chat,
    userId: user.id,
    input: io.input,
    output: io.output,
    style,
    prompt: io.output.isTTY === true,
  });
  return 0;
};
