import type { CommonMessages } from "../en/common";

/** Messages every command shares, in Simplified Chinese. */
export const common: CommonMessages = {
  notLinked: () =>
    "我还不知道您在 Baton 中是谁。请让管理员关联您的账号，或在 Baton 已认识您的地方输入 `/link new`，再在这里发送 `/link <验证码>`。",
  inactive: () => "您的 Baton 用户已停用，我无法代您操作。请联系管理员。",
  invalidInbound: () => "我无法读取这条消息，请重试。",
  tooLong: (p) => `这条消息太长了（超过 ${p.max} 个字符）。请精简内容，或把详细信息放到文件里。`,
  unavailable: () => "暂时无法连接 Baton 的数据库，没有保存任何内容。请稍后再试。",
  internal: () => "我这边出了点问题，没有做任何更改。请重试。",
  notFound: (p) => `没有找到${p.what}。`,
  forbidden: () => "您没有权限访问该内容。",
  conflict: (p) => `现在无法执行：${p.why}`,
  invalidInput: (p) => `输入似乎有误：${p.why}`,
  confirm: () => "确认",
  cancel: () => "取消",
  cancelled: () => "已取消，没有做任何更改。",
  confirmPreview: (p) => `要执行以下操作吗？${p.summary}`,
  alreadyAnswered: () => "这个问题已经用另一个选项回答过了。",
  expired: () => "这个问题已过期，请重新提问。",
  noQuestion: () => "这里没有待回答的问题。",
  freeTextHint: () =>
    "我现在无法理解自由文本。请使用命令，例如 `/log call Acme 价格沟通 next: 报价 周五`，或输入 `/help` 查看命令列表。",
  freeTextUnclear: () =>
    "我不太确定您想让我做什么。试试命令，例如 `/account Acme`，或输入 `/help` 查看命令列表。",
  showMore: (p) => `显示更多（第 ${p.page}/${p.pages} 页）`,
  showAllInDm: () => "在私信中查看全部",
  morePage: (p) => `第 ${p.page}/${p.pages} 页`,
  moreExpired: () => "这份列表的其余部分已不再保留，请重新提问。",
  moreNotYours: () => "只有提问的人才能查看这份列表的其余部分。",
  yesWords: () => ["是", "好", "确认", "yes", "y", "ok"],
  noWords: () => ["否", "不", "取消", "no", "n", "cancel"],
};
