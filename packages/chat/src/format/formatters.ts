import type { Locale, Money } from "@baton/core";

/**
 * Dates, money and percentages as the user reads them: in their language and
 * time zone. `Intl` does the work; these only pick its options once.
 */
export type Formatters = {
  readonly dateTime: (at: Date) => string;
  readonly date: (at: Date) => string;
  readonly money: (money: Money) => string;
  readonly percent: (ratio: number) => string;
  readonly number: (value: number) => string;
};

/** Minor units per major unit for currencies without cents (most have 100). */
const ZERO_DECIMAL = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD"]);

/**
 * The formatters of one reader.
 *
 * @example formattersFor("en", "Europe/Berlin").dateTime(new Date("2026-03-06T08:00:00Z")) // "Fri, Mar 6, 2026, 09:00"
 */
export const formattersFor = (locale: Locale, timeZone: string): Formatters => {
  const key = `${locale}|${timeZone}`;
  const known = cache.get(key);
  if (known) return known;
  const made = makeFormatters(locale, timeZone);
  cache.set(key, made);
  return made;
};

// Building Intl formatters costs about a millisecond each; a reply needs them every time,
// and people use a handful of languages and zones, so they are built once per pair.
const cache = new Map<string, Formatters>();

const makeFormatters = (locale: Locale, timeZone: string): Formatters => {
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
  });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    dateTime: (at) => dateTime.format(at),
    date: (at) => date.format(at),
    money: ({ amountMinor, currency }) => {
      const major = ZERO_DECIMAL.has(currency) ? amountMinor : amountMinor / 100;
      try {
        return new Intl.NumberFormat(locale, { style: "currency", currency }).format(major);
      } catch {
        return `${number.format(major)} ${currency}`;
      }
    },
    percent: (ratio) => percent.format(ratio),
    number: (value) => number.format(value),
  };
};
