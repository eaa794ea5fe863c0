import type { LogKind } from "../commands/command";
import { findWhen } from "../dates/findWhen";
import { firstPart, unquote } from "./tokens";
import { KIND_WORDS, NEXT_MARKER, PRIVATE_WORDS } from "./words";

/** A `/log` as read, or what is missing from it. */
export type LogParse =
  | {
      readonly ok: true;
      readonly value: {
        verb: "log";
        kind: LogKind;
        account: string;
        text?: string;
        next?: { step: string; when: string };
        private?: boolean;
        wholeName?: boolean;
      };
    }
  | { readonly ok: false; readonly code: string; readonly detail?: string };

/**
 * Reads `<kind> <account> [text] [next: <step> <when>]`. The account is a quoted
 * name, the text before a colon, or else the first word (the log handler tries
 * longer runs of words against the stored names).
 */
export const parseLog = (args: string): LogParse => {
  const { part: kindWord, rest: afterKind } = firstPart(args);
  if (kindWord.length === 0) return { ok: false, code: "missing_kind" };
  const kind = KIND_WORDS[kindWord.toLowerCase()];
  if (kind === undefined)
    return {
      ok: false,
      code: kindWord.toLowerCase() === "task" ? "task_kind" : "bad_kind",
      detail: kindWord,
    };
  let body = afterKind;
  const privateWord = firstPart(body);
  const isPrivate = PRIVATE_WORDS.has(privateWord.part.toLowerCase());
  if (isPrivate) body = privateWord.rest;

  let next: { step: string; when: string } | undefined;
  const marker = NEXT_MARKER.exec(body);
  if (marker) {
    const nextText = unquote(body.slice(marker.index + marker[0].length));
    body = body.slice(0, marker.index).trim();
    if (nextText.length === 0) return { ok: false, code: "missing_next" };
    const found = findWhen(nextText);
    if (found === null) return { ok: false, code: "missing_when", detail: nextText };
    next = found.step.length > 0 ? found : { step: nextText, when: found.when };
  }

  let account: string;
  let text: string;
  let wholeName = true;
  const first = firstPart(body);
  const colon = body.indexOf(":");
  if (first.quoted) {
    account = first.part;
    text = first.rest;
  } else if (colon > 0) {
    account = body.slice(0, colon).trim();
    text = body.slice(colon + 1).trim();
  } else {
    account = first.part;
    text = first.rest;
    wholeName = false;
  }
  if (account.length === 0) return { ok: false, code: "missing_account" };
  const said = unquote(text);
  return {
    ok: true,
    value: {
      verb: "log",
      kind,
      account,
      ...(said.length > 0 ? { text: said } : {}),
      ...(next ? { next } : {}),
      ...(isPrivate ? { private: true } : {}),
      ...(wholeName ? { wholeName: true } : {}),
    },
  };
};
