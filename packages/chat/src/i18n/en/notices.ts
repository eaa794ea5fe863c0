/** What Baton tells people without being asked: approval requests and what became of them. */
export const notices = {
  approvalNeeded: (p: { deal: string }) => `Approval needed: ${p.deal}`,
  escalated: (p: { deal: string }) => `Approval needed (escalated to you): ${p.deal}`,
  facts: {
    amount: () => "Amount",
    discount: () => "Discount",
    requestedBy: () => "Requested by",
    why: () => "Why it needs approval",
  },
  approve: () => "Approve",
  reject: () => "Reject",
  rejectHint: (p: { ref: string }) => `To reject, say why: \`/approvals reject ${p.ref} <why>\`.`,
  settled: {
    approved: (p: { deal: string; by: string }) => `✅ ${p.deal}: approved by ${p.by}.`,
    rejected: (p: { deal: string; by: string }) => `❌ ${p.deal}: rejected by ${p.by}.`,
    recalled: (p: { deal: string; by: string }) =>
      `${p.deal}: the request was withdrawn by ${p.by}.`,
    expired: (p: { deal: string; by: string }) =>
      `${p.deal}: the request expired without a decision.`,
    pending: (p: { deal: string; by: string }) =>
      `${p.deal}: approved by ${p.by}; waiting for the next approver.`,
  },
  yourRequest: {
    approved: (p: { deal: string; by: string }) =>
      `Your request on ${p.deal} was approved by ${p.by}.`,
    rejected: (p: { deal: string; by: string }) =>
      `Your request on ${p.deal} was rejected by ${p.by}.`,
    expired: (p: { deal: string; by: string }) =>
      `Your request on ${p.deal} expired without a decision.`,
  },
  comment: (p: { comment: string }) => `“${p.comment}”`,
};
export type NoticesMessages = typeof notices;
