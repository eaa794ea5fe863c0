import type { FormsMessages } from "../en/forms";

/** 表单（Slack 弹窗、Teams 卡片）的标签和内联错误提示。 */
export const forms: FormsMessages = {
  logTitle: () => "记录活动",
  logSubmit: () => "记录",
  cancel: () => "取消",
  kind: () => "活动类型",
  account: () => "客户",
  text: () => "发生了什么",
  step: () => "下一步",
  when: () => "下一步的截止时间",
  whenHint: () => "例如：明天下午3点、下周五、2026-12-01",
  rejectTitle: () => "拒绝申请",
  rejectSubmit: () => "拒绝",
  comment: () => "原因（申请人会看到）",
  errors: {
    required: () => "请填写此项。",
    noAccount: (p) => `找不到您可以查看的名为“${p.name}”的客户。`,
    when: (p) => `无法识别“${p.when}”这个日期。`,
    stepWithoutWhen: () => "请说明下一步的截止时间。",
    whenWithoutStep: () => "请说明下一步做什么。",
  },
};
