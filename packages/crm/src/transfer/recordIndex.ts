/** What an import knows of a record it may link to or match: stored, or planned from a row of the file. */
export type IndexedRecord = {
  readonly id: string;
  readonly externalId: string | null;
  readonly name: string;
  readonly email?: string | null;
  /** The file line the record is planned from, while it is not written yet. */
  readonly line?: number;
};

/** How a reference in a cell resolved: to one record, to none, or to several (never guessed between). */
export type RefLookup<R extends IndexedRecord> =
  | { readonly found: R }
  | { readonly missing: true }
  | { readonly ambiguous: readonly R[] };

/** Records by id, external id, email and name, for linking rows to what exists or comes earlier. */
export type RecordIndex<R extends IndexedRecord> = {
  readonly records: readonly R[];
  add(record: R): void;
  byId(id: string): R | undefined;
  byExternalId(externalId: string): R | undefined;
  /**
   * The record a cell names: its id, external id, email (for people), exact
   * name (case aside), or comparable name (`nameKey`, e.g. legal forms
   * stripped). The first of these that names anything decides; several
   * records there is `ambiguous`.
   */
  find(text: string): RefLookup<R>;
  /** Records whose email is `email` (case aside). */
  withEmail(email: string): readonly R[];
  /** Records whose name is `name` (case aside). */
  withName(name: string): readonly R[];
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const lookup = <R>(list: readonly R[] | undefined): RefLookup<R & IndexedRecord> | null => {
  if (!list || list.length === 0) return null;
  const distinct = [...new Set(list)] as (R & IndexedRecord)[];
  const [only] = distinct;
  return distinct.length === 1 && only ? { found: only } : { ambiguous: distinct };
};

/**
 * An index over `records`; `nameKey` gives the comparable form of a name
 * (default: case-folded and trimmed).
 */
export const recordIndex = <R extends IndexedRecord>(
  records: readonly R[],
  nameKey: (name: string) => string = (name) => name.trim().toLowerCase(),
): RecordIndex<R> => {
  const all: R[] = [];
  const ids = new Map<string, R>();
  const externals = new Map<string, R>();
  const emails = new Map<string, R[]>();
  const names = new Map<string, R[]>();
  const keys = new Map<string, R[]>();
  const add = (record: R) => {
    all.push(record);
    ids.set(record.id, record);
    if (record.externalId !== null) externals.set(record.externalId, record);
    if (record.email) push(emails, record.email.trim().toLowerCase(), record);
    push(names, record.name.trim().toLowerCase(), record);
    const key = nameKey(record.name);
    if (key !== "") push(keys, key, record);
  };
  for (const record of records) add(record);
  return {
    records: all,
    add,
    byId: (id) => ids.get(id),
    byExternalId: (externalId) => externals.get(externalId),
    withEmail: (email) => emails.get(email.trim().toLowerCase()) ?? [],
    withName: (name) => names.get(name.trim().toLowerCase()) ?? [],
    find: (text) => {
      const trimmed = text.trim();
      const exact = ids.get(trimmed) ?? externals.get(trimmed);
      if (exact) return { found: exact };
      const lower = trimmed.toLowerCase();
      return (
        (lower.includes("@") ? lookup(emails.get(lower)) : null) ??
        lookup(names.get(lower)) ??
        lookup(keys.get(nameKey(trimmed))) ?? { missing: true }
      );
    },
  };
};
