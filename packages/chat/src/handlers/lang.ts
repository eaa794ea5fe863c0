import { saveUserPrefs } from "@baton/store";
import type { CommandOf } from "../commands/command";
import { messages } from "../i18n/catalog";
import { isLocale } from "../i18n/pickLocale";
import { problemReply, textReply } from "../reply";
import type { Handler } from "../turn/turn";

/** `/lang [en|zh-CN]`: the language Baton speaks with this person, kept in their preferences. */
export const langHandler: Handler<CommandOf<"lang">> = async (turn, command) => {
  const { t, locale } = turn;
  if (!command.locale)
    return textReply(
      locale,
      t.settings.currentLanguage({ name: t.settings.languageName[locale]() }),
    );
  if (!isLocale(command.locale))
    return problemReply(locale, "usage", t.grammar.problem.bad_locale({ detail: command.locale }));
  const saved = await saveUserPrefs(
    turn.crm.context.store.db,
    turn.actor.userId,
    { locale: command.locale },
    turn.now,
  );
  if (!saved.ok) return problemReply(locale, "invalid_input", t.common.internal());
  // Answered in the new language: that is the confirmation the person is looking for.
  return textReply(command.locale, messages(command.locale).settings.languageSet(), "success");
};
