import { err, ok, type Result } from "@baton/core";
import { compactHeader } from "./suggestMapping";

/**
 * Reads one of a fixed list of values the way exports write them: case,
 * spacing and punctuation aside ("Closed Won" is `closed_won`, "C-Level" is
 * `c_level`), or by one of `aliases` (their name → our value). A value that is
 * none of them is refused with the values to use, so it can be mapped.
 *
 * @example readChoice("Closed Won", ["closed_won", "closed_lost"]) // ok("closed_won")
 */
export const readChoice = <T extends string>(
  text: string,
  values: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Result<T, string> => {
  const key = compactHeader(text);
  const found =
    values.find((value) => value === text.trim()) ??
    values.find((value) => compactHeader(value) === key) ??
    Object.entries(aliases).find(([alias]) => compactHeader(alias) === key)?.[1];
  return found !== undefined
    ? ok(found)
    : err(`is not one of ${values.join(", ")}; map it in the mapping's values`);
};

const TRUE = ["true", "yes", "y", "1", "x", "是", "真"];
const FALSE = ["false", "no", "n", "0", "否", "假"];

/** Reads yes/no as spreadsheets write it: true/false, yes/no, 1/0, 是/否. */
export const readYesNo = (text: string): Result<boolean, string> => {
  const key = text.trim().toLowerCase();
  if (TRUE.includes(key)) return ok(true);
  if (FALSE.includes(key)) return ok(false);
  return err("is not yes or no (true/false)");
};

/** Splits a cell holding a list ("rep; manager", "a,b") into its trimmed items. */
export const readList = (text: string): string[] =>
  text
    .split(/[;,|\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
