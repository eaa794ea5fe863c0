import { err, ok, type Result } from "@baton/core";

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

type Parts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  offsetMinutes: number;
};

/** The instant of `parts`, or null when a part is out of range (31 February, hour 25). */
const instantOf = (p: Parts): Date | null => {
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  const check = new Date(utc);
  const valid =
    check.getUTCFullYear() === p.year &&
    check.getUTCMonth() === p.month - 1 &&
    check.getUTCDate() === p.day &&
    check.getUTCHours() === p.hour &&
    check.getUTCMinutes() === p.minute &&
    check.getUTCSeconds() === p.second;
  return valid ? new Date(utc - p.offsetMinutes * 60_000) : null;
};

const offsetOf = (zone: string | undefined): number => {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
};

const readIso = (text: string): Date | null | undefined => {
  const m = ISO.exec(text);
  if (!m) return undefined;
  return instantOf({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: Number((m[7] ?? "0").slice(0, 3).padEnd(3, "0")),
    offsetMinutes: offsetOf(m[8]),
  });
};

const TOKENS: readonly (readonly [RegExp, keyof Parts, string])[] = [
  [/^(yyyy|YYYY)/, "year", "(\\d{4})"],
  [/^(yy|YY)/, "year", "(\\d{2})"],
  [/^MM/, "month", "(\\d{2})"],
  [/^M/, "month", "(\\d{1,2})"],
  [/^(dd|DD)/, "day", "(\\d{2})"],
  [/^(d|D)/, "day", "(\\d{1,2})"],
  [/^HH/, "hour", "(\\d{2})"],
  [/^H/, "hour", "(\\d{1,2})"],
  [/^mm/, "minute", "(\\d{2})"],
  [/^ss/, "second", "(\\d{2})"],
];

const compileFormat = (
  format: string,
): { regex: RegExp; fields: (keyof Parts)[]; shortYear: boolean } => {
  let pattern = "";
  let shortYear = false;
  const fields: (keyof Parts)[] = [];
  let rest = format;
  while (rest.length > 0) {
    const token = TOKENS.find(([re]) => re.test(rest));
    if (token) {
      const [re, part, group] = token;
      const length = re.exec(rest)?.[0].length ?? 1;
      pattern += group;
      fields.push(part);
      if (part === "year" && length === 2) shortYear = true;
      rest = rest.slice(length);
    } else {
      pattern += (rest[0] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      rest = rest.slice(1);
    }
  }
  return { regex: new RegExp(`^${pattern}$`), fields, shortYear };
};

/**
 * Reads a date or date-time from a file: ISO 8601 always ("2026-03-15",
 * "2026-03-15 14:30", "2026-03-15T14:30:00+08:00"), else in the mapping's
 * `format` ("dd/MM/yyyy", "MM/dd/yyyy HH:mm", "dd.MM.yyyy"). A time without a
 * zone is UTC. A date that does not exist (31 February) is refused, never
 * rolled over into March.
 *
 * @example readInstant("15/03/2026", "dd/MM/yyyy") // ok(2026-03-15T00:00:00Z)
 * @example readInstant("15/03/2026") // err("is not a date in ISO form (2026-03-15); set dateFormat in the mapping, e.g. dd/MM/yyyy")
 */
export const readInstant = (text: string, format?: string): Result<Date, string> => {
  const trimmed = text.trim();
  const iso = readIso(trimmed);
  if (iso) return ok(iso);
  if (iso === null) return err("is not a date that exists");
  if (!format)
    return err(
      "is not a date in ISO form (2026-03-15); set dateFormat in the mapping, e.g. dd/MM/yyyy",
    );
  const { regex, fields, shortYear } = compileFormat(format);
  const m = regex.exec(trimmed);
  if (!m) return err(`is not a date in the form ${format}`);
  const parts: Parts = {
    year: 0,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
    offsetMinutes: 0,
  };
  fields.forEach((part, index) => {
    parts[part] = Number(m[index + 1]);
  });
  if (shortYear) parts.year += 2000;
  const at = instantOf(parts);
  return at ? ok(at) : err("is not a date that exists");
};
