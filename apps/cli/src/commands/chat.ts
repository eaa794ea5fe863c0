import { openCrm } from "@baton/crm";
import type { CliConfig } from "../config";
import type { Style } from "../terminal/style";
import { runChat } from "./runChat";

/** `baton chat`: the same chat against the PostgreSQL server in DATABASE_URL. */
export const chat = async (
  config: CliConfig,
  options: { as: string },
  style: Style,
): Promise<number> => {
  if (!config.DATABASE_URL) {
    process.stderr.write(
      "DATABASE_URL is not set: it names the PostgreSQL server to chat with (postgres://user@host:5432/db).\nFor the embedded demo, run `baton start`.\n",
    );
    return 2;
  }
  const crm = await openCrm({ url: config.DATABASE_URL });
  try {
    return await runChat({ crm, config, as: options.as, style });
  } finally {
    await crm.close();
  }
};
