import type { LogKind } from "../commands/command";
import { wordTable } from "./wordTable";

/**
 * The words the grammar understands, in English and Chinese, each mapped to
 * what it means. Keys are lower case (Chinese has no case).
 */

export const KIND_WORDS: Readonly<Record<string, LogKind>> = wordTable({
  call: "call",
  email: "email",
  mail: "email",
  meeting: "meeting",
  demo: "demo",
  note: "note",
  电话: "call",
  通话: "call",
  邮件: "email",
  会议: "meeting",
  演示: "demo",
  备注: "note",
  笔记: "note",
});

export const PRIVATE_WORDS: ReadonlySet<string> = new Set(["private", "私密", "私人"]);

export const NEXT_MARKER = /(?:^|\s)(?:next|下一步)\s*:\s*/iu;

export const DEAL_ACTION_WORDS: Readonly<Record<string, "move" | "discount">> = wordTable({
  move: "move",
  stage: "move",
  推进: "move",
  移动: "move",
  阶段: "move",
  discount: "discount",
  折扣: "discount",
});

export const LEAD_ACTION_WORDS: Readonly<Record<string, "accept" | "recycle" | "disqualify">> =
  wordTable({
    accept: "accept",
    recycle: "recycle",
    disqualify: "disqualify",
    接受: "accept",
    退回: "recycle",
    回收: "recycle",
    取消资格: "disqualify",
    不合格: "disqualify",
  });

export const DECISION_WORDS: Readonly<Record<string, "approve" | "reject">> = wordTable({
  approve: "approve",
  reject: "reject",
  批准: "approve",
  同意: "approve",
  拒绝: "reject",
  驳回: "reject",
});

export const SCOPE_WORDS: Readonly<Record<string, "me" | "team">> = wordTable({
  me: "me",
  mine: "me",
  my: "me",
  team: "team",
  我: "me",
  我的: "me",
  团队: "team",
});

export const LOCALE_WORDS: Readonly<Record<string, string>> = wordTable({
  en: "en",
  english: "en",
  英文: "en",
  英语: "en",
  "zh-cn": "zh-CN",
  zh: "zh-CN",
  chinese: "zh-CN",
  中文: "zh-CN",
  简体中文: "zh-CN",
});

/** Period words `/kpi` accepts, mapped to crm's period names. */
export const PERIOD_WORDS: Readonly<Record<string, string>> = wordTable({
  this_week: "this_week",
  "this week": "this_week",
  week: "this_week",
  last_week: "last_week",
  "last week": "last_week",
  本周: "this_week",
  上周: "last_week",
  this_month: "this_month",
  "this month": "this_month",
  month: "this_month",
  last_month: "last_month",
  "last month": "last_month",
  this_quarter: "this_quarter",
  "this quarter": "this_quarter",
  quarter: "this_quarter",
  last_quarter: "last_quarter",
  "last quarter": "last_quarter",
  this_year: "this_year",
  "this year": "this_year",
  year: "this_year",
  last_year: "last_year",
  "last year": "last_year",
  本月: "this_month",
  这个月: "this_month",
  上月: "last_month",
  上个月: "last_month",
  本季度: "this_quarter",
  这个季度: "this_quarter",
  上季度: "last_quarter",
  上个季度: "last_quarter",
  今年: "this_year",
  去年: "last_year",
});

/** Verbs by the names people type them, including `/baton <verb>`'s and a few plurals. */
export const VERB_WORDS: Readonly<Record<string, string>> = wordTable({
  log: "log",
  account: "account",
  accounts: "account",
  deal: "deal",
  deals: "deal",
  lead: "lead",
  leads: "lead",
  approvals: "approvals",
  approval: "approvals",
  approve: "approvals",
  pipeline: "pipeline",
  kpi: "kpi",
  kpis: "kpi",
  health: "health",
  lang: "lang",
  language: "lang",
  link: "link",
  help: "help",
});
