import type { Money } from "../entities/money";

/**
 * Money as people read it in an approval message, e.g. "€50,000.00"; the currency's own
 * number of decimals decides how minor units are shown (¥ has none).
 */
export const formatApprovalMoney = (money: Money): string => {
  const format = new Intl.NumberFormat("en", { style: "currency", currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
};

/** "a", "a or b", "a, b or c": names in a sentence. */
export const listInWords = (items: readonly string[], last = "or"): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
