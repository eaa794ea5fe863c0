/**
 * JSON that keeps `Date`s: an idempotent write's first result is stored and
 * handed to every retry, and a retry must get the same types back.
 *
 * @example reviveResult(storeResult({ at: new Date(0) })) // { at: Date(0) }
 */
export const storeResult = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key, encoded) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : encoded;
  });

export const reviveResult = <T>(stored: unknown): T => {
  const text = typeof stored === "string" ? stored : JSON.stringify(stored);
  return JSON.parse(text, (_key, value) =>
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof value.$date === "string"
      ? new Date(value.$date)
      : value,
  ) as T;
};
