import { openAiModel } from "@baton/chat";
import { openCrm } from "@baton/crm";
import { readSlackConfig } from "./config";
import { createSlackApp } from "./createSlackApp";

/** `npm start -w @baton/slack`: the Slack app over HTTP on PORT, on the configured database. */
const main = async (): Promise<number> => {
  const read = readSlackConfig(process.env);
  if (!read.ok) {
    process.stderr.write(`${read.problems.join("\n")}\nSee docs/slack.md.\n`);
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
    onError: (error) => process.stderr.write(`baton-slack: ${String(error)}\n`),
  });
  const { port } = await slack.listen(config.PORT);
  process.stdout.write(`Baton for Slack listening on :${port}/slack/events\n`);
  const stop = async () => {
    await slack.close();
    await crm.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return 0;
};

main().catch((error: unknown) => {
  process.stderr.write(`baton-slack: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
