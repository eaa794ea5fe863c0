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

/** The English catalog: the reference every other language follows. */
export const en = {
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
