import type { ApprovalsMessages } from "../en/approvals";

/** `/approvals` 与折扣审批的回复。 */
export const approvals: ApprovalsMessages = {
  toDecide: (p) => (p.count === 0 ? "没有等待您审批的申请。" : `等待您审批（${p.count}）：`),
  waiting: (p) => (p.count === 0 ? "您没有等待中的申请。" : `您仍在等待的申请（${p.count}）：`),
  columns: {
    ref: () => "编号",
    deal: () => "商机",
    terms: () => "条件",
    who: () => "申请人",
    waitingFor: () => "等待",
    since: () => "申请时间",
  },
  terms: (p) => (p.value ? `${p.value}，折扣 ${p.discount}` : `折扣 ${p.discount}`),
  approve: () => "批准",
  reject: () => "拒绝",
  decideHint: () =>
    "批准：`/approvals 批准 <编号> [意见]`；拒绝：`/approvals 拒绝 <编号> <原因>`。",
  approved: (p) => `已批准 ${p.deal} 的申请。`,
  approvedStep: (p) => `已批准您负责的 ${p.deal} 审批环节，现等待 ${p.waitingFor}。`,
  rejected: (p) => `已拒绝 ${p.deal} 的申请，并告知申请人原因。`,
  commentNeeded: (p) => `请写明原因，方便申请人修改：\`/approvals 拒绝 ${p.ref} <原因>\`。`,
  unknownRef: (p) => `没有编号为“${p.ref}”的待您审批的申请。输入 \`/approvals\` 查看。`,
  status: {
    pending: () => "待审批",
    approved: () => "已批准",
    rejected: () => "已拒绝",
    recalled: () => "已撤回",
    expired: () => "已过期",
  },
};
