/** What `/lang` and `/link` say. */
export const settings = {
  currentLanguage: (p: { name: string }) =>
    `I'm speaking ${p.name} with you. Switch with \`/lang en\` or \`/lang zh-CN\`.`,
  languageSet: () => "Done: I'll speak English with you from now on.",
  languageName: { en: () => "English", "zh-CN": () => "Simplified Chinese (简体中文)" },
  linkedAs: (p: { name: string; email: string }) =>
    `This chat account is linked to ${p.name} (${p.email}). To link another chat account, type \`/link new\` here and send the code there.`,
  linkCode: (p: { code: string; minutes: number }) =>
    `Your one-time link code is ${p.code}. In the other chat, type \`/link ${p.code}\` within ${p.minutes} minutes.`,
  linked: (p: { name: string }) =>
    `Linked: this chat account now acts as ${p.name}. Type \`/help\` to start.`,
  badCode: () =>
    "That code is unknown, used or expired. Type `/link new` where Baton knows you to get a fresh one.",
  alreadyLinked: () =>
    "This chat account is already linked. `/link new` gives a code for another one.",
};
export type SettingsMessages = typeof settings;
