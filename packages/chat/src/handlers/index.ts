import type { CommandOf, Verb } from "../commands/command";
import type { Handler } from "../turn/turn";
import { accountHandler } from "./account";
import { approvalsHandler } from "./approvals";
import { dealHandler } from "./deal";
import { healthHandler } from "./health";
import { helpHandler } from "./help";
import { kpiHandler } from "./kpi";
import { langHandler } from "./lang";
import { leadHandler } from "./lead";
import { linkHandler } from "./link";
import { logHandler } from "./log";
import { pipelineHandler } from "./pipeline";

/** One handler per verb; the type checker makes sure none is missing. */
export const HANDLERS: { readonly [V in Verb]: Handler<CommandOf<V>> } = {
  log: logHandler,
  account: accountHandler,
  deal: dealHandler,
  lead: leadHandler,
  approvals: approvalsHandler,
  pipeline: pipelineHandler,
  kpi: kpiHandler,
  health: healthHandler,
  lang: langHandler,
  link: linkHandler,
  help: helpHandler,
};
