import type { HomeMessages } from "../en/home";

/** “我的一天”页面（Slack 主页标签）。 */
export const home: HomeMessages = {
  title: (p) => `我的一天 — ${p.name}`,
  tasks: (p) => (p.count === 0 ? "今天没有到期的事项。🎉" : `今天到期或已逾期（${p.count}）`),
  approvals: (p) => `等待您审批（${p.count}）`,
  pipeline: (p) =>
    p.deals === 0 ? "没有进行中的商机。" : `我的销售管道：${p.deals} 个商机，${p.amount}`,
  pace: (p) => `本季度配额：已完成 ${p.attained}，按当前进度预计完成 ${p.projected}。`,
  overdue: () => "已逾期",
  more: (p) => `……还有 ${p.count} 条。输入 \`/approvals\` 查看全部。`,
};
