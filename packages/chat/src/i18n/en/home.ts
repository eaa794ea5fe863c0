/** The "my day" page (the Slack home tab): what to do today, what waits for you, your pipeline. */
export const home = {
  title: (p: { name: string }) => `My day — ${p.name}`,
  tasks: (p: { count: number }) =>
    p.count === 0 ? "Nothing due today. 🎉" : `Due today or overdue (${p.count})`,
  approvals: (p: { count: number }) => `Approvals waiting for you (${p.count})`,
  pipeline: (p: { deals: number; amount: string }) =>
    p.deals === 0
      ? "No open deals."
      : `Your open pipeline: ${p.deals} ${p.deals === 1 ? "deal" : "deals"}, ${p.amount}`,
  pace: (p: { attained: string; projected: string }) =>
    `Quota this quarter: ${p.attained} attained, on pace for ${p.projected}.`,
  overdue: () => "overdue",
  more: (p: { count: number }) => `… and ${p.count} more. Type \`/approvals\` for all of them.`,
};
export type HomeMessages = typeof home;
