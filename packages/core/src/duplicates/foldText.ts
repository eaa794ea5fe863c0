/**
 * Internal: the text folding every name comparison starts from. Compatibility forms are
 * unified (NFKC: full-width "ＡＣＭＥ" is "acme"), case is folded, dots and apostrophes
 * vanish so "S.A." and "SA" or "O'Neil" and "ONeil" meet, and every other run of
 * punctuation or space becomes one space. Letters of every script are kept as they are.
 */
export const foldText = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[.'’‘`´]/gu, "")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim();

/** Scripts written without spaces between words, where a legal form is glued to the name. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when `text` is written in a script without spaces (Chinese, Japanese). */
export const isUnspacedScript = (text: string): boolean => UNSPACED.test(text);
