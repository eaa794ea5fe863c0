/** Quote pairs a name or a text may be wrapped in (straight, curly, corner brackets). */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "“": "”", "「": "」", "'": "'" };

/**
 * The form the grammar reads: compatibility forms unified (full-width `：％１５`
 * become `:%15`), control characters and runs of space folded to one space.
 */
export const normalizeInput = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();

/**
 * The first word of `text`, or its first quoted part taken whole, and the rest.
 *
 * @example firstPart('"Acme Corp" pricing call') // { part: "Acme Corp", rest: "pricing call", quoted: true }
 */
export const firstPart = (text: string): { part: string; rest: string; quoted: boolean } => {
  const trimmed = text.trim();
  const close = QUOTES[trimmed[0] ?? ""];
  if (close !== undefined) {
    const end = trimmed.indexOf(close, 1);
    if (end > 0)
      return {
        part: trimmed.slice(1, end).trim(),
        rest: trimmed.slice(end + 1).trim(),
        quoted: true,
      };
  }
  const space = trimmed.indexOf(" ");
  return space < 0
    ? { part: trimmed, rest: "", quoted: false }
    : { part: trimmed.slice(0, space), rest: trimmed.slice(space + 1).trim(), quoted: false };
};

/** `text` without the quotes around all of it, if it has them. */
export const unquote = (text: string): string => {
  const trimmed = text.trim();
  const close = QUOTES[trimmed[0] ?? ""];
  return close !== undefined && trimmed.length > 1 && trimmed.endsWith(close)
    ? trimmed.slice(1, -1).trim()
    : trimmed;
};

/**
 * Splits `text` at the first of `keywords` standing as a word of its own,
 * e.g. a deal's name from its action: `splitAtKeyword("Acme renewal move proposal", {...})`.
 */
export const splitAtKeyword = <K>(
  text: string,
  keywords: Readonly<Record<string, K>>,
): { before: string; keyword: K | null; after: string } => {
  const words = text.split(" ");
  for (let i = 0; i < words.length; i += 1) {
    const keyword = keywords[(words[i] ?? "").toLowerCase()];
    if (keyword !== undefined)
      return {
        before: words.slice(0, i).join(" "),
        keyword,
        after: words.slice(i + 1).join(" "),
      };
  }
  return { before: text, keyword: null, after: "" };
};
