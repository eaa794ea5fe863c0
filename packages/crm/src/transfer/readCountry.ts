import { err, ok, type Result } from "@baton/core";
import { compactHeader } from "./suggestMapping";

const ALIASES: Readonly<Record<string, string>> = {
  usa: "US",
  unitedstatesofamerica: "US",
  america: "US",
  uk: "GB",
  greatbritain: "GB",
  england: "GB",
  中华人民共和国: "CN",
  中国大陆: "CN",
  prc: "CN",
  mainlandchina: "CN",
};

let names: Map<string, string> | undefined;

/** Groupings and placeholders ICU names as regions but that are no country: EU, UN, ZZ, QO… */
const NOT_COUNTRIES = /^(EU|EZ|UN|ZZ|Q[M-Z]|X[A-JL-Z])$/;

/**
 * The current code a two-letter region code stands for ("UK" is GB, the old "DD" is DE), or
 * null when it names no country.
 */
const countryCode = (code: string): string | null => {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4);
  } catch {
    return null;
  }
  if (!canonical || NOT_COUNTRIES.test(canonical)) return null;
  return new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(canonical)
    ? canonical
    : null;
};

/** Country names in the languages exports come in, read from the runtime's ICU data. */
const countryNames = (): Map<string, string> => {
  if (names) return names;
  names = new Map(Object.entries(ALIASES));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const locale of ["en", "zh", "de", "fr", "es"]) {
    const display = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    for (const a of letters)
      for (const b of letters) {
        const code = `${a}${b}`;
        const name = display.of(code);
        // Old codes ("DD") are aliases of current ones and share their name; keep the current.
        if (name && countryCode(code) === code && !names.has(compactHeader(name)))
          names.set(compactHeader(name), code);
      }
  }
  return names;
};

/**
 * Reads a country as exports write it into the ISO 3166-1 alpha-2 code Baton
 * keeps: "DE", "de", "Germany", "Deutschland", "中国", "United States".
 *
 * @example readCountry("Germany") // ok("DE")
 * @example readCountry("Atlantis") // err("is not a country Baton knows; write its two-letter ISO code, e.g. DE")
 */
export const readCountry = (text: string): Result<string, string> => {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = countryCode(trimmed.toUpperCase());
    if (code) return ok(code);
  }
  const code = countryNames().get(compactHeader(trimmed));
  return code
    ? ok(code)
    : err("is not a country Baton knows; write its two-letter ISO code, e.g. DE");
};
