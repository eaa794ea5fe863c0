import type { Locale } from "@baton/core";
import type { CrmError } from "@baton/crm";
import type { Catalog } from "../i18n/catalog";
import { problemReply, type Reply } from "../reply";

/**
 * The polite reply for a refusal from `@baton/crm`, in the user's language.
 * Handlers answer `ambiguous` themselves (with a question); this is the fallback.
 * crm's own explanations are English; they are shown after the translated lead.
 *
 * @example crmProblem(turn, { code: "not_found", message: "No account 'Acme'." })
 */
export const crmProblem = (
  turn: { readonly locale: Locale; readonly t: Catalog },
  error: CrmError,
): Reply => {
  const { t, locale } = turn;
  switch (error.code) {
    case "unavailable":
      return problemReply(locale, "unavailable", t.common.unavailable());
    case "not_found":
      return problemReply(locale, "not_found", t.common.notFound({ what: error.message }));
    case "forbidden":
      return problemReply(locale, "forbidden", `${t.common.forbidden()} ${error.message}`);
    case "unknown_actor":
      return problemReply(locale, "not_linked", t.common.notLinked());
    case "inactive_actor":
      return problemReply(locale, "forbidden", t.common.inactive());
    case "conflict":
      return problemReply(locale, "conflict", t.common.conflict({ why: error.message }));
    case "ambiguous":
      return problemReply(locale, "ambiguous", error.message);
    default:
      return problemReply(locale, "invalid_input", t.common.invalidInput({ why: error.message }));
  }
};
