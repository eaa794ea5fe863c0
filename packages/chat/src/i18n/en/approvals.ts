/** What `/approvals` and `/deal ... discount` say about approval requests. */
export const approvals = {
  toDecide: (p: { count: number }) =>
    p.count === 0
      ? "Nothing is waiting for your decision."
      : `Waiting for your decision (${p.count}):`,
  waiting: (p: { count: number }) =>
    p.count === 0
      ? "None of your requests is waiting."
      : `Your requests still waiting (${p.count}):`,
  columns: {
    ref: () => "Ref",
    deal: () => "Deal",
    terms: () => "Terms",
    who: () => "Requested by",
    waitingFor: () => "Waiting for",
    since: () => "Since",
  },
  terms: (p: { discount: string; value: string | null }) =>
    p.value ? `${p.discount} off ${p.value}` : `${p.discount} off`,
  approve: () => "Approve",
  reject: () => "Reject",
  decideHint: () =>
    "Approve with `/approvals approve <ref> [comment]`, reject with `/approvals reject <ref> <why>`.",
  approved: (p: { deal: string }) => `Approved the request on ${p.deal}.`,
  approvedStep: (p: { deal: string; waitingFor: string }) =>
    `Approved your step of the request on ${p.deal}; it now waits for ${p.waitingFor}.`,
  rejected: (p: { deal: string }) =>
    `Rejected the request on ${p.deal}; the requester is told why.`,
  commentNeeded: (p: { ref: string }) =>
    `Please say why, so the requester knows what to change: \`/approvals reject ${p.ref} <why>\`.`,
  unknownRef: (p: { ref: string }) =>
    `No request waiting for you has the reference "${p.ref}". Type \`/approvals\` to see them.`,
  status: {
    pending: () => "pending",
    approved: () => "approved",
    rejected: () => "rejected",
    recalled: () => "recalled",
    expired: () => "expired",
  },
};
export type ApprovalsMessages = typeof approvals;
