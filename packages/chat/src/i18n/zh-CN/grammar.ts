import type { GrammarMessages } from "../en/grammar";

/** 命令的写法，以及无法读懂的命令哪里有问题。 */
export const grammar: GrammarMessages = {
  usage: {
    log: () =>
      "/log <call|email|meeting|demo|note 或 电话|邮件|会议|演示|备注> <客户> [内容] [下一步: <事项> <时间>]",
    account: () => "/account <名称>",
    deal: () => "/deal <名称> [推进 <阶段> | 折扣 <n%> <理由>]",
    lead: () => "/lead <名称> [接受 | 退回 <理由> | 取消资格 <理由>]",
    approvals: () => "/approvals [批准 <编号> [备注] | 拒绝 <编号> <理由>]",
    pipeline: () => "/pipeline [我|团队]",
    kpi: () => "/kpi [指标] [本月|上月|本季度|上季度|今年]",
    health: () => "/health",
    lang: () => "/lang [en|zh-CN]",
    link: () => "/link [new|<验证码>]",
    help: () => "/help [命令]",
  },
  example: {
    log: () => "/log 电话 星辰科技 “价格沟通，希望打85折” 下一步: 发送报价 下周五",
    account: () => "/account 星辰科技",
    deal: () => "/deal 星辰科技续约 折扣 15% 三年承诺",
    lead: () => "/lead 王芳 接受 budget,authority,need",
    approvals: () => "/approvals 批准 3f2a9c 可以",
    pipeline: () => "/pipeline 团队",
    kpi: () => "/kpi 赢单率 上季度",
    health: () => "/health",
    lang: () => "/lang en",
    link: () => "/link new",
    help: () => "/help log",
  },
  problem: {
    unknown_verb: (p) => (p.detail ? `我不认识命令 /${p.detail}。` : "命令是空的。"),
    missing_kind: () => "请说明要记录什么：电话、邮件、会议、演示或备注。",
    bad_kind: (p) =>
      `“${p.detail ?? ""}”不能记录：请用 电话、邮件、会议、演示 或 备注（call、email、meeting、demo、note）。`,
    task_kind: () => "任务是记录之后的下一步：请加上 `下一步: <事项> <时间>`。",
    missing_account: () => "请说明是和哪个客户。",
    missing_next: () => "请在 `下一步:` 后写明事项和时间，例如 `下一步: 发送报价 下周五`。",
    missing_when: (p) =>
      `在“${p.detail ?? ""}”里没有找到日期：请写明时间，例如“周五”“明天下午3点”或“2026-12-01”。`,
    missing_name: () => "请说明是哪一个：缺少名称。",
    missing_stage: () => "请说明要推进到哪个阶段。",
    bad_percent: (p) =>
      `“${p.detail ?? ""}”不是有效的折扣：请给出 0 到 100 之间的百分比，例如 15%。`,
    missing_reason: () => "请说明理由：折扣申请需要给审批人一个理由。",
    bad_decision: (p) => `“${p.detail ?? ""}”：请说 批准 或 拒绝。`,
    missing_ref: () => "请说明是哪个申请：使用 `/approvals` 显示的编号。",
    bad_scope: (p) => `“${p.detail ?? ""}”：请说 我 或 团队。`,
    bad_locale: (p) => `我还不会“${p.detail ?? ""}”：请选择 en（English）或 zh-CN（简体中文）。`,
    invalid: (p) => `其中有内容太长或无效${p.detail ? `（${p.detail}）` : ""}。`,
  },
  usageLine: (p) => `用法：${p.usage}\n例如：${p.example}`,
  seeHelp: () => "输入 /help 查看所有命令。",
};
