/** Labels and inline errors of forms (Slack modals, Teams cards) that become commands. */
export const forms = {
  logTitle: () => "Log an activity",
  logSubmit: () => "Log",
  cancel: () => "Cancel",
  kind: () => "What was it",
  account: () => "Account",
  text: () => "What happened",
  step: () => "Next step",
  when: () => "When is the next step due",
  whenHint: () => "e.g. fri, next tuesday 3pm, 2026-12-01",
  rejectTitle: () => "Reject the request",
  rejectSubmit: () => "Reject",
  comment: () => "Why (the requester will read this)",
  errors: {
    required: () => "Please fill this in.",
    noAccount: (p: { name: string }) =>
      `I can't find an account called "${p.name}" that you can see.`,
    when: (p: { when: string }) => `I can't read "${p.when}" as a date.`,
    stepWithoutWhen: () => "Say when the next step is due.",
    whenWithoutStep: () => "Say what the next step is.",
  },
};
export type FormsMessages = typeof forms;
