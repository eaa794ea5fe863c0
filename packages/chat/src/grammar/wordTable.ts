/**
 * A table of words without Object's prototype: looking up "__proto__",
 * "constructor" or "toString" finds nothing, as for any other unknown word,
 * instead of Object's own properties (a fuzz test found "/__proto__").
 *
 * @example wordTable({ call: "call" })["constructor"] // undefined
 */
export const wordTable = <T>(entries: Record<string, T>): Readonly<Record<string, T>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
