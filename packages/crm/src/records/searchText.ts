/** Unpaired UTF-16 halves: JavaScript strings may hold them, PostgreSQL text may not. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The form a search query is compared in, the same as `lower(name)` in SQL:
 * compatibility forms unified (NFKC), lower case, control characters (NUL
 * would make PostgreSQL refuse the query) and runs of space folded to one space.
 *
 * @example searchText("  ACME\u0000  GmbH ") // "acme gmbh"
 */
export const searchText = (query: string): string =>
  query
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFKC")
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();

/**
 * Makes `%`, `_` and `\` stand for themselves in a LIKE pattern (backslash is
 * PostgreSQL's default LIKE escape), so "50%" finds "50% off" and not "50 anything".
 *
 * @example escapeLike("50%_\\") // "50\\%\\_\\\\"
 */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * True when the query has two neighbouring characters, one of them beyond
 * ASCII: the pieces `baton_name_bigrams` indexes (migration 0006), so a
 * "contains" search over names can use the index instead of reading every row.
 *
 * @example hasIndexedPiece("星辰") // true
 * @example hasIndexedPiece("星") // false
 */
export const hasIndexedPiece = (text: string): boolean => {
  const chars = [...text];
  return chars.some(
    (c, i) =>
      i + 1 < chars.length && (/[^\x20-\x7e]/.test(c) || /[^\x20-\x7e]/.test(chars[i + 1] ?? "")),
  );
};

/** An email address as people type it into a search box. */
export const looksLikeEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

/**
 * The domain a query names ("acme.com", "www.acme.com", "https://acme.com/"),
 * or null when it is not one.
 *
 * @example domainOf("https://www.acme.com/") // "acme.com"
 */
export const domainOf = (text: string): string | null =>
  /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/.exec(text)?.[1] ?? null;

/** True when `text` could be a record id: 1–200 characters, none of them control characters. */
export const usableAsId = (text: string): boolean =>
  text.length > 0 && text.length <= 200 && !/\p{Cc}/u.test(text);
