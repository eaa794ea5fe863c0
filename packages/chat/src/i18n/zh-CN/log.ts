import type { LogMessages } from "../en/log";

/** `/log` 的回复。 */
export const log: LogMessages = {
  kind: {
    call: () => "电话",
    email: () => "邮件",
    meeting: () => "会议",
    demo: () => "演示",
    note: () => "备注",
  },
  logged: (p) => `已在 ${p.on} 记录一条${p.kind}。`,
  loggedPrivate: (p) => `已在 ${p.on} 记录一条私密${p.kind}（仅您可见）。`,
  matchedBy: (p) => `（匹配方式：${p.why}）`,
  nextStep: (p) => `下一步：${p.step}，截止 ${p.due}。`,
  noNextStep: () => "还没有下一步：加上 `下一步: <事项> <时间>` 即可安排。",
  unclearWhen: (p) =>
    `我无法把“${p.when}”理解为日期，所以没有记录。可以试试“周五”“明天下午3点”或“2026-12-01”。`,
  whichAccount: (p) => `有多条记录与“${p.name}”匹配。您指的是哪一个？`,
  didYouMean: (p) => `没有找到“${p.name}”。您是指下面的某一个吗？`,
  notFound: (p) =>
    `没有找到您可以查看的名为“${p.name}”的客户、商机或联系人。请检查名称；带空格的名称请加引号。`,
  facts: {
    what: () => "内容",
    when: () => "时间",
    account: () => "客户",
  },
};
