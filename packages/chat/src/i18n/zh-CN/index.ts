import type { Catalog } from "../catalog";
import { approvals } from "./approvals";
import { common } from "./common";
import { forms } from "./forms";
import { grammar } from "./grammar";
import { help } from "./help";
import { home } from "./home";
import { insights } from "./insights";
import { language } from "./language";
import { log } from "./log";
import { notices } from "./notices";
import { records } from "./records";
import { settings } from "./settings";

/** The Simplified Chinese catalog. */
export const zhCN: Catalog = {
  common,
  grammar,
  help,
  log,
  records,
  approvals,
  insights,
  settings,
  language,
  notices,
  home,
  forms,
};
