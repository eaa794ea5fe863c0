/** Messages every command shares: who you are, what went wrong, questions and confirmations. */
export const common = {
  notLinked: () =>
    "I don't know who you are in Baton yet. Ask an admin to link your account, or type `/link new` where Baton already knows you and send the code here with `/link <code>`.",
  inactive: () => "Your Baton user is deactivated, so I can't act for you. Please ask an admin.",
  invalidInbound: () => "I couldn't read that message. Please try again.",
  tooLong: (p: { max: number }) =>
    `That message is too long for me (more than ${p.max.toLocaleString("en")} characters). Please shorten it or put the details in a file.`,
  unavailable: () =>
    "Baton's database can't be reached right now, so nothing was saved. Please try again in a minute.",
  internal: () => "Something went wrong on my side and nothing was changed. Please try again.",
  notFound: (p: { what: string }) => `I couldn't find ${p.what}.`,
  forbidden: () => "You don't have access to that.",
  conflict: (p: { why: string }) => `That can't be done right now: ${p.why}`,
  invalidInput: (p: { why: string }) => `That doesn't look right: ${p.why}`,
  confirm: () => "Confirm",
  cancel: () => "Cancel",
  cancelled: () => "Cancelled; nothing was changed.",
  confirmPreview: (p: { summary: string }) => `Shall I do this? ${p.summary}`,
  alreadyAnswered: () => "That question was already answered with another choice.",
  expired: () => "That question has expired. Please ask again.",
  noQuestion: () => "There is no open question to answer here.",
  freeTextHint: () =>
    "I can't understand free text right now. Use a command such as `/log call Acme pricing call next: proposal fri`, or `/help` for the list.",
  freeTextUnclear: () =>
    "I'm not sure what you'd like me to do. Try a command such as `/account Acme`, or `/help` for the list.",
  showMore: (p: { page: number; pages: number }) => `Show more (${p.page} of ${p.pages})`,
  showAllInDm: () => "Show everything in a direct message",
  morePage: (p: { page: number; pages: number }) => `Page ${p.page} of ${p.pages}`,
  moreExpired: () => "The rest of that list is no longer kept. Please ask again.",
  moreNotYours: () => "Only the person who asked can see the rest of that list.",
  yesWords: () => ["yes", "y", "ok", "confirm"],
  noWords: () => ["no", "n", "cancel"],
};
export type CommonMessages = typeof common;
