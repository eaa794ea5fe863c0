/** How each command is written, and what was wrong with one that could not be read. */
export const grammar = {
  usage: {
    log: () =>
      "/log <call|email|meeting|demo|note> <account> [what happened] [next: <step> <when>]",
    account: () => "/account <name>",
    deal: () => "/deal <name> [move <stage> | discount <n%> <reason>]",
    lead: () => "/lead <name> [accept | recycle <reason> | disqualify <reason>]",
    approvals: () => "/approvals [approve <ref> [comment] | reject <ref> <why>]",
    pipeline: () => "/pipeline [me|team]",
    kpi: () => "/kpi [name] [this month|last month|this quarter|last quarter|this year]",
    health: () => "/health",
    lang: () => "/lang [en|zh-CN]",
    link: () => "/link [new|<code>]",
    help: () => "/help [command]",
  },
  example: {
    log: () => '/log call Acme "pricing call, wants 15% off" next: send proposal fri',
    account: () => "/account Acme",
    deal: () => "/deal Acme renewal discount 15% three-year commitment",
    lead: () => "/lead Jane Doe accept budget,authority,need",
    approvals: () => "/approvals approve 3f2a9c looks fine",
    pipeline: () => "/pipeline team",
    kpi: () => "/kpi win rate last quarter",
    health: () => "/health",
    lang: () => "/lang zh-CN",
    link: () => "/link new",
    help: () => "/help log",
  },
  problem: {
    unknown_verb: (p: { detail?: string }) =>
      p.detail ? `I don't know the command /${p.detail}.` : "That command is empty.",
    missing_kind: () => "Say what to log: call, email, meeting, demo or note.",
    bad_kind: (p: { detail?: string }) =>
      `"${p.detail ?? ""}" is not something I can log: use call, email, meeting, demo or note.`,
    task_kind: () => "A task is the next step of something you logged: add `next: <step> <when>`.",
    missing_account: () => "Say which account it was with.",
    missing_next: () => "After `next:` say the step and when, e.g. `next: send proposal fri`.",
    missing_when: (p: { detail?: string }) =>
      `I couldn't find a date in "${p.detail ?? ""}": say when, e.g. "fri", "next tuesday 3pm" or "2026-12-01".`,
    missing_name: () => "Say which one: a name is missing.",
    missing_stage: () => "Say which stage to move it to.",
    bad_percent: (p: { detail?: string }) =>
      `"${p.detail ?? ""}" is not a discount I can ask for: give a percentage between 0 and 100, e.g. 15%.`,
    missing_reason: () => "Say why: a discount request needs a reason for the approver.",
    bad_decision: (p: { detail?: string }) => `"${p.detail ?? ""}": say approve or reject.`,
    missing_ref: () => "Say which request: its reference as `/approvals` shows it.",
    bad_scope: (p: { detail?: string }) => `"${p.detail ?? ""}": say me or team.`,
    bad_locale: (p: { detail?: string }) =>
      `I don't speak "${p.detail ?? ""}" yet: choose en (English) or zh-CN (简体中文).`,
    invalid: (p: { detail?: string }) =>
      `Part of that is too long or not valid${p.detail ? ` (${p.detail})` : ""}.`,
  },
  usageLine: (p: { usage: string; example: string }) =>
    `Usage: ${p.usage}\nFor example: ${p.example}`,
  seeHelp: () => "Type /help for every command.",
};
export type GrammarMessages = typeof grammar;
