import type { NoticesMessages } from "../en/notices";

/** Baton 主动发出的通知：审批请求及其结果。 */
export const notices: NoticesMessages = {
  approvalNeeded: (p) => `待审批：${p.deal}`,
  escalated: (p) => `待审批（已升级给您）：${p.deal}`,
  facts: {
    amount: () => "金额",
    discount: () => "折扣",
    requestedBy: () => "申请人",
    why: () => "需要审批的原因",
  },
  approve: () => "批准",
  reject: () => "拒绝",
  rejectHint: (p) => `如需拒绝，请写明原因：\`/approvals 拒绝 ${p.ref} <原因>\`。`,
  settled: {
    approved: (p) => `✅ ${p.deal}：已由 ${p.by} 批准。`,
    rejected: (p) => `❌ ${p.deal}：已被 ${p.by} 拒绝。`,
    recalled: (p) => `${p.deal}：申请已被 ${p.by} 撤回。`,
    expired: (p) => `${p.deal}：申请已过期，未作决定。`,
    pending: (p) => `${p.deal}：${p.by} 已批准，等待下一位审批人。`,
  },
  yourRequest: {
    approved: (p) => `您在 ${p.deal} 的申请已由 ${p.by} 批准。`,
    rejected: (p) => `您在 ${p.deal} 的申请已被 ${p.by} 拒绝。`,
    expired: (p) => `您在 ${p.deal} 的申请已过期，未作决定。`,
  },
  comment: (p) => `“${p.comment}”`,
  slaEscalated: (p) =>
    `⏰ 交接超时：${p.record} 已交给 ${p.team}，至今无人跟进；首次跟进应在 ${p.due} 之前完成。负责人：${p.owner}。`,
  slaYours: (p) => `⏰ ${p.record} 还在等您首次跟进：截止时间是 ${p.due}，已通知您的经理。`,
  unowned: (p) => `暂无（在 ${p.queue} 队列中）`,
  reminder: (p) => `⏰ 下一步将于 ${p.due} 到期：${p.step}${p.on ? `（${p.on}）` : ""}。`,
};
