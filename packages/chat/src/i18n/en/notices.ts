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
  slaEscalated: (p: { record: string; team: string; due: string; owner: string }) =>
    `⏰ Hand-off overdue: ${p.record} went to ${p.team} and nobody has touched it since; the first touch was due ${p.due}. Owner: ${p.owner}.`,
  slaYours: (p: { record: string; due: string }) =>
    `⏰ ${p.record} is waiting for your first touch: it was due ${p.due}, and your manager has been told.`,
  unowned: (p: { queue: string }) => `nobody yet (the ${p.queue} queue)`,
  reminder: (p: { step: string; due: string; on: string }) =>
    `⏰ Next step due ${p.due}: ${p.step}${p.on ? ` (${p.on})` : ""}.`,
};
export type NoticesMessages = typeof notices;
