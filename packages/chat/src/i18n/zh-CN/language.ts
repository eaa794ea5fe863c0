import type { LanguageMessages } from "../en/language";

/** 自由文本解析后、确认前的一行预览。 */
export const language: LanguageMessages = {
  log: (p) =>
    `在 ${p.account} 记录一条${p.kind}${p.text ? `：“${p.text}”` : ""}${p.next ? `，下一步 ${p.next}` : ""}`,
  private: () => "（私密）",
  next: (p) => `“${p.step}” ${p.when}`,
  moveDeal: (p) => `将 ${p.deal} 推进到 ${p.stage}`,
  discount: (p) => `为 ${p.deal} 申请 ${p.percent} 的折扣（${p.reason}）`,
  lead: (p) => `${p.action}线索 ${p.lead}${p.reason ? `（${p.reason}）` : ""}`,
  decide: (p) => `${p.decision}申请 ${p.approval}${p.comment ? `：“${p.comment}”` : ""}`,
  lang: (p) => `将语言切换为 ${p.locale}`,
  link: (p) => `用关联码 ${p.code} 关联此聊天账号`,
  other: (p) => p.command,
};
