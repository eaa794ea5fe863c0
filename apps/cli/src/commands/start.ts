import { openCrm } from "@baton/crm";
import type { CliConfig } from "../config";
import { isEmpty, loadDemo } from "../demo";
import { progressBar } from "../terminal/progress";
import type { Style } from "../terminal/style";
import { runChat } from "./runChat";

/** Default folder of the embedded database, relative to where Baton is started. */
export const DEFAULT_DATA_DIR = "./.baton/data";

/**
 * `baton start`: the embedded database (demo data on first run), then a chat.
 * Never touches DATABASE_URL: the demo must not write into a real server.
 */
export const start = async (
  config: CliConfig,
  options: { as: string; dataDir?: string | undefined },
  style: Style,
): Promise<number> => {
  const dataDir = options.dataDir ?? config.BATON_DATA_DIR ?? DEFAULT_DATA_DIR;
  const crm = await openCrm({ dataDir });
  try {
    if (await isEmpty(crm)) {
      process.stderr.write(`First run: creating a demo company in ${dataDir}\n`);
      await loadDemo(crm, progressBar(process.stderr));
    }
    return await runChat({ crm, config, as: options.as, style });
  } finally {
    await crm.close();
  }
};
