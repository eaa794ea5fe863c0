import { err, type Money, ok, type Result } from "@baton/core";

/** Symbols and words that name a currency; `$` and `¥` are read as the mapping's currency when it is one of theirs. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ["US$", "USD"],
  ["CA$", "CAD"],
  ["A$", "AUD"],
  ["HK$", "HKD"],
  ["S$", "SGD"],
  ["JP¥", "JPY"],
  ["CN¥", "CNY"],
  ["RMB", "CNY"],
  ["元", "CNY"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["₹", "INR"],
  ["₩", "KRW"],
  ["$", "USD"],
  ["¥", "CNY"],
  ["￥", "CNY"],
];
const DOLLARS = new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD"]);
const YEN_YUAN = new Set(["CNY", "JPY"]);

/** How many minor units a currency has: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
export const minorDigits = (currency: string): number =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;

const takeCurrency = (
  text: string,
  fallback: string | undefined,
): { rest: string; currency: string | null } => {
  const code = /^([A-Za-z]{3})\s*(?=[\d.,(-])|(?<=[\d.,)])\s*([A-Za-z]{3})$/.exec(text);
  if (code) {
    const found = (code[1] ?? code[2] ?? "").toUpperCase();
    if (found !== "RMB") return { rest: text.replace(code[0], ""), currency: found };
  }
  for (const [symbol, currency] of SYMBOLS) {
    const at = text.indexOf(symbol);
    if (at < 0) continue;
    const rest = text.slice(0, at) + text.slice(at + symbol.length);
    if (symbol === "$" && fallback && DOLLARS.has(fallback)) return { rest, currency: fallback };
    if ((symbol === "¥" || symbol === "￥") && fallback && YEN_YUAN.has(fallback))
      return { rest, currency: fallback };
    return { rest, currency };
  }
  return { rest: text, currency: null };
};

/** Splits digits into whole and fraction part, reading `,` and `.` as the writer meant them. */
const splitNumber = (text: string): { whole: string; fraction: string } | null => {
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  let decimal: "," | "." | null = null;
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? "," : ".";
  else if (lastDot >= 0) decimal = text.split(".").length > 2 ? null : ".";
  else if (lastComma >= 0) {
    // "12,500" and "1,234,567" group thousands; "12,5" and "0,99" are decimals.
    const groups = text.split(",");
    const grouped = groups.slice(1).every((g) => g.length === 3);
    decimal = grouped ? null : groups.length === 2 ? "," : null;
    if (!grouped && groups.length > 2) return null;
  }
  const at = decimal === null ? -1 : text.lastIndexOf(decimal);
  const whole = (at < 0 ? text : text.slice(0, at)).replace(/[.,]/g, "");
  const fraction = at < 0 ? "" : text.slice(at + 1);
  if (!/^\d+$/.test(whole || "0") || !/^\d*$/.test(fraction)) return null;
  return { whole: whole || "0", fraction };
};

/**
 * Reads an amount as exported by a CRM or a spreadsheet into whole minor units:
 * "€12,500.00", "12.500,00 €", "USD 1,234.5", "12500", "¥80,000". The currency
 * comes from a symbol or code in the text, else `currency` (the file's currency
 * column or the mapping's). Never rounds: more decimals than the currency has
 * minor units is refused, as are negative amounts and amounts with no currency.
 *
 * @example readMoney("€12,500.00") // ok({ amountMinor: 1250000, currency: "EUR" })
 * @example readMoney("12500", "USD") // ok({ amountMinor: 1250000, currency: "USD" })
 * @example readMoney("abc", "EUR") // err("is not a number")
 */
export const readMoney = (text: string, currency?: string): Result<Money, string> => {
  const trimmed = text.trim();
  const { rest, currency: named } = takeCurrency(trimmed, currency);
  if (named && currency && named !== currency)
    return err(`is in ${named}, but the currency given for it is ${currency}`);
  const code = named ?? currency;
  const bare = rest.replace(/[\s\u00a0\u202f'’]/g, "");
  if (/^[-(]|-$/.test(bare) || /^\(.*\)$/.test(bare)) return err("must be 0 or more");
  const parts = splitNumber(bare);
  if (!parts || bare === "") return err("is not a number");
  if (!code) return err("names no currency; add a currency column or set currency in the mapping");
  let digits: number;
  try {
    digits = minorDigits(code);
  } catch {
    return err(`names '${code}', which is not a currency code`);
  }
  const extra = parts.fraction.slice(digits);
  if (/[1-9]/.test(extra)) return err(`has more decimal places than ${code} has (${digits})`);
  const minor =
    BigInt(parts.whole) * 10n ** BigInt(digits) +
    BigInt(parts.fraction.slice(0, digits).padEnd(digits, "0") || "0");
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return err("is too large");
  return ok({ amountMinor: Number(minor), currency: code });
};

/** Writes minor units as the plain decimal an import reads back: 1250000 EUR → "12500.00". */
export const formatMoney = (money: Money): string => {
  let digits = 2;
  try {
    digits = minorDigits(money.currency);
  } catch {
    // an unknown code keeps two decimals; the import refuses it the same way
  }
  const text = String(money.amountMinor).padStart(digits + 1, "0");
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
};
