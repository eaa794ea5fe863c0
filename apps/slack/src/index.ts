export { clip, escapeMrkdwn, LIMITS } from "./blockKit/limits";
export {
  baseActionId,
  fallbackText,
  renderBlocks,
  type SlackBlock,
  type Surface,
} from "./blockKit/renderBlocks";
export { MORE_ACTION, renderPages, withMore } from "./blockKit/renderPages";
export { readSlackConfig, SlackConfig } from "./config";
export { BOT_SCOPES, createSlackApp, type SlackApp, type SlackAppOptions } from "./createSlackApp";
export { databaseInstallationStore } from "./installationStore";
export { SLASH_COMMANDS } from "./listeners/commands";
export { SLACK_NOTIFY_JOB, type SlackNotifier, slackNotifier } from "./notify/slackNotifier";
export { MAX_SKEW_SECONDS, refuseFutureRequests } from "./receiver/freshRequests";
export { runSlack } from "./runSlack";
