import type { SettingsMessages } from "../en/settings";

/** `/lang` 与 `/link` 的回复。 */
export const settings: SettingsMessages = {
  currentLanguage: (p) => `当前使用${p.name}。切换请输入 \`/lang en\` 或 \`/lang zh-CN\`。`,
  languageSet: () => "好的，之后我会用简体中文与您交流。",
  languageName: { en: () => "英文（English）", "zh-CN": () => "简体中文" },
  linkedAs: (p) =>
    `此聊天账号已关联到 ${p.name}（${p.email}）。要关联其他聊天账号，请在这里输入 \`/link new\`，再把验证码发到那边。`,
  linkCode: (p) =>
    `您的一次性关联码是 ${p.code}。请在 ${p.minutes} 分钟内在另一个聊天中输入 \`/link ${p.code}\`。`,
  linked: (p) => `关联成功：此聊天账号现在代表 ${p.name}。输入 \`/help\` 开始。`,
  badCode: () => "该关联码无效、已使用或已过期。请在 Baton 认识您的地方输入 `/link new` 获取新的。",
  alreadyLinked: () => "此聊天账号已经关联。`/link new` 可以为其他账号生成关联码。",
};
