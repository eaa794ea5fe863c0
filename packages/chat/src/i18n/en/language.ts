/** One-line previews of what a command parsed from free text will do, before it is confirmed. */
export const language = {
  log: (p: { kind: string; account: string; text: string; next: string }) =>
    `log a ${p.kind} on ${p.account}${p.text ? `: "${p.text}"` : ""}${p.next ? `, next step ${p.next}` : ""}`,
  private: () => " (private)",
  next: (p: { step: string; when: string }) => `"${p.step}" ${p.when}`,
  moveDeal: (p: { deal: string; stage: string }) => `move ${p.deal} to ${p.stage}`,
  discount: (p: { deal: string; percent: string; reason: string }) =>
    `ask for approval of ${p.percent} off on ${p.deal} (${p.reason})`,
  lead: (p: { action: string; lead: string; reason: string }) =>
    `${p.action} the lead ${p.lead}${p.reason ? ` (${p.reason})` : ""}`,
  decide: (p: { decision: string; approval: string; comment: string }) =>
    `${p.decision} request ${p.approval}${p.comment ? `: "${p.comment}"` : ""}`,
  lang: (p: { locale: string }) => `switch my language to ${p.locale}`,
  link: (p: { code: string }) => `link this chat account with code ${p.code}`,
  other: (p: { command: string }) => p.command,
};
export type LanguageMessages = typeof language;
