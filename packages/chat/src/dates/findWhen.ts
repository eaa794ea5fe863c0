import { chronoFor } from "./chronoFor";

/**
 * Splits a follow-up as typed ("proposal fri", "下周五 发报价") into the step and
 * the date expression in it (the last one chrono finds), or null when it names
 * no date. Pure: the date is only located here; `readWhen` reads it later in the
 * user's time zone.
 *
 * @example findWhen("send proposal next fri") // { step: "send proposal", when: "next fri" }
 */
export const findWhen = (text: string): { step: string; when: string } | null => {
  const found = chronoFor(text).parse(text, new Date(0), { forwardDate: true });
  const last = found.at(-1);
  if (!last) return null;
  const step = `${text.slice(0, last.index)} ${text.slice(last.index + last.text.length)}`
    .replace(/\s+/gu, " ")
    .trim();
  return { step, when: last.text.trim() };
};
