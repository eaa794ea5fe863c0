/** What `/help` says around the list of commands. */
export const help = {
  title: () => "What I can do",
  intro: () =>
    "Type a command, or answer a question with its button, its number or yes/no. Names with spaces go in quotes.",
  describe: {
    log: () => "Log a call, email, meeting, demo or note, with its next step",
    account: () => "An account: owner, stage, open deals, recent activity, next steps",
    deal: () => "A deal; move its stage or ask for a discount approval",
    lead: () => "A lead's score and why; accept, recycle or disqualify it",
    approvals: () => "Requests waiting for you, and yours waiting on others",
    pipeline: () => "Open deals by stage, yours or your team's",
    kpi: () => "Sales KPIs for a period, against the one before",
    health: () => "Data health: missing owners, stale records, duplicates",
    lang: () => "Change my language (English / 简体中文)",
    link: () => "Link this chat account to your Baton user",
    help: () => "This list, or one command in detail",
  },
  freeText: () =>
    "With a language model configured you can also just write, e.g. “called Acme, follow up Friday”; I'll show what I understood before saving it.",
  unknownTopic: (p: { topic: string }) =>
    `There is no command called "${p.topic}". These are the ones I know:`,
  columns: () => ["Command", "What it does"],
};
export type HelpMessages = typeof help;
