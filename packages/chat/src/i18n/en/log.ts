/** What `/log` says. */
export const log = {
  kind: {
    call: () => "call",
    email: () => "email",
    meeting: () => "meeting",
    demo: () => "demo",
    note: () => "note",
  },
  logged: (p: { kind: string; on: string }) =>
    `Logged ${/^[aeiou]/.test(p.kind) ? "an" : "a"} ${p.kind} on ${p.on}${p.on.endsWith(".") ? "" : "."}`,
  loggedPrivate: (p: { kind: string; on: string }) =>
    `Logged a private ${p.kind} on ${p.on} (only you can see it).`,
  matchedBy: (p: { why: string }) => `(matched by ${p.why})`,
  nextStep: (p: { step: string; due: string }) => `Next step: ${p.step}, due ${p.due}.`,
  noNextStep: () => "No next step yet: add `next: <step> <when>` to schedule one.",
  unclearWhen: (p: { when: string }) =>
    `I couldn't read "${p.when}" as a date, so nothing was logged. Try "fri", "next tuesday 3pm" or "2026-12-01".`,
  whichAccount: (p: { name: string }) =>
    `More than one record matches "${p.name}". Which one did you mean?`,
  didYouMean: (p: { name: string }) => `I couldn't find "${p.name}". Did you mean one of these?`,
  notFound: (p: { name: string }) =>
    `I couldn't find an account, deal or contact called "${p.name}" that you can see. Check the name, or put a name with spaces in quotes.`,
  facts: {
    what: () => "What",
    when: () => "When",
    account: () => "Account",
  },
};
export type LogMessages = typeof log;
