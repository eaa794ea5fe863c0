import { openAiModel } from "@baton/chat";
import { openCrm } from "@baton/crm";
import { readSlackConfig } from "./config";
import { createSlackApp } from "./createSlackApp";

/**
 * Runs Baton for Slack from the environment: checks the settings (naming what
 * is missing), opens the CRM (DATABASE_URL, else the embedded folder) and
 * serves `/slack/events` on PORT until SIGINT/SIGTERM. Resolves with an exit
 * code when it cannot start; otherwise keeps running.
 *
 * @example await runSlack(process.env, (line) => console.log(line))
 */
export const runSlack = async (
  env: Record<string, string | undefined>,
  say: (line: string) => void,
): Promise<number | null> => {
  const read = readSlackConfig(env);
  if (!read.ok) {
    say(`${read.problems.join("\n")}\nSee docs/slack.md.`);
    return 2;
  }
  const config = read.value;
  const crm = config.DATABASE_URL
    ? await openCrm({ url: config.DATABASE_URL })
    : await openCrm(config.BATON_DATA_DIR ? { dataDir: config.BATON_DATA_DIR } : {});
  const slack = await createSlackApp({
    config,
    crm,
    model: config.OPENAI_API_KEY
      ? openAiModel({
          apiKey: config.OPENAI_API_KEY,
          ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
          ...(config.OPENAI_MODEL ? { model: config.OPENAI_MODEL } : {}),
        })
      : null,
    onError: (error) =>
      say(`baton-slack: ${error instanceof Error ? error.message : String(error)}`),
  });
  const { port } = await slack.listen(config.PORT);
  slack.notifier?.start();
  say(
    port === null
      ? "Baton for Slack is connected in Socket Mode."
      : `Baton for Slack is listening on http://0.0.0.0:${port}/slack/events`,
  );
  const stop = async () => {
    await slack.close();
    await crm.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return null;
};
