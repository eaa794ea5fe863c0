import type {
  DuplicateCandidate,
  DuplicateCandidates,
  DuplicateReason,
  UnreadableValue,
} from "./duplicateCandidate";
import { jaroWinklerAt } from "./jaroWinkler";
import type { PreparedRules } from "./preparedRules";

/** Internal: a record reduced to the comparable keys detection works on. */
export type MatchSubject = {
  readonly id: string;
  /** Normalised name; "" when the record has none that can be compared. */
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  /** A company domain; never a free mail provider's. */
  readonly domain: string | null;
  /** Contacts only: the account the person belongs to. */
  readonly accountId: string | null;
};

const NONE = -1;

/**
 * The records as columns: every key interned to a small integer (so a comparison is an
 * integer test on a typed array, not a walk through 100,000 objects and their strings), and
 * every name's code points in one typed array.
 */
type Columns = {
  readonly subjects: readonly MatchSubject[];
  readonly name: Int32Array;
  readonly email: Int32Array;
  readonly phone: Int32Array;
  readonly domain: Int32Array;
  readonly account: Int32Array;
  readonly codes: Int32Array;
  readonly codeStart: Int32Array;
};

const toColumns = (subjects: readonly MatchSubject[]): Columns => {
  const n = subjects.length;
  const interned = new Map<string, number>();
  const intern = (prefix: string, value: string | null): number => {
    if (value === null || value === "") return NONE;
    const key = prefix + value;
    const known = interned.get(key);
    if (known !== undefined) return known;
    interned.set(key, interned.size);
    return interned.size - 1;
  };
  const columns = {
    subjects,
    name: new Int32Array(n),
    email: new Int32Array(n),
    phone: new Int32Array(n),
    domain: new Int32Array(n),
    account: new Int32Array(n),
    codeStart: new Int32Array(n + 1),
  };
  const codes: number[] = [];
  subjects.forEach((s, i) => {
    columns.name[i] = intern("n", s.name);
    columns.email[i] = intern("e", s.email);
    columns.phone[i] = intern("p", s.phone);
    columns.domain[i] = intern("d", s.domain);
    columns.account[i] = intern("a", s.accountId);
    columns.codeStart[i] = codes.length;
    for (const ch of s.name) codes.push(ch.codePointAt(0) ?? 0);
  });
  columns.codeStart[n] = codes.length;
  return { ...columns, codes: Int32Array.from(codes) };
};

/**
 * The sort keys of sorted-neighbourhood blocking, one list per ordering: the name, the name
 * reversed (typos near the start), and the name rotated to start at its second and third word
 * (a typo in an early word of a long name, which would otherwise push the two far apart).
 * `null` where a record has no such key.
 */
const neighbourhoodKeys = (subjects: readonly MatchSubject[]): (string | null)[][] => {
  const byName: (string | null)[] = [];
  const reversed: (string | null)[] = [];
  const second: (string | null)[] = [];
  const third: (string | null)[] = [];
  for (const { name } of subjects) {
    byName.push(name || null);
    reversed.push(name ? [...name].reverse().join("") : null);
    const words = name.split(" ");
    second.push(words.length > 1 ? [...words.slice(1), ...words.slice(0, 1)].join(" ") : null);
    third.push(words.length > 2 ? [...words.slice(2), ...words.slice(0, 2)].join(" ") : null);
  }
  return [byName, reversed, second, third];
};

/** Indices of the records that have a key, in key order, ties in id (index) order. */
const sortedByKey = (keys: readonly (string | null)[]): number[] => {
  const order: number[] = [];
  keys.forEach((key, i) => {
    if (key !== null) order.push(i);
  });
  return order.sort((i, j) => {
    const a = keys[i] ?? "";
    const b = keys[j] ?? "";
    return a < b ? -1 : a > b ? 1 : i - j;
  });
};

/**
 * The pairs worth scoring, as numbers `lo·n + hi` in ascending order, each once. Records
 * sharing an email, phone, domain or exact name are paired (a group larger than
 * `maxBlockSize` only within windows of that size), and each record with its
 * `neighbourWindow` neighbours in every name ordering.
 */
const candidatePairs = (c: Columns, rules: PreparedRules): Float64Array => {
  const n = c.subjects.length;
  // A plain array of doubles sorted once removes the pairs several keys found, far cheaper
  // than a Set of millions of entries.
  const found: number[] = [];
  const consider = (i: number, j: number) => {
    if (i < j) found.push(i * n + j);
    else if (j < i) found.push(j * n + i);
  };
  const groups = new Map<number, number[]>();
  for (const column of [c.email, c.phone, c.domain, c.name])
    column.forEach((key, i) => {
      if (key === NONE) return;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
  const block = rules.settings.maxBlockSize;
  for (const group of groups.values())
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length && b < a + block; b++)
        consider(group[a] ?? 0, group[b] ?? 0);
  const window = rules.settings.neighbourWindow;
  for (const keys of neighbourhoodKeys(c.subjects)) {
    const order = sortedByKey(keys);
    for (let a = 0; a < order.length; a++)
      for (let b = a + 1; b <= a + window && b < order.length; b++)
        consider(order[a] ?? 0, order[b] ?? 0);
  }
  return Float64Array.from(found).sort();
};

/**
 * Internal: candidate pairs among `input` (ids unique). Records are first put in id order,
 * so the answer depends only on the set of records, never on how they were listed, and
 * blocking (see `candidatePairs`) keeps the work near n·log n.
 */
export const detectCandidates = (
  input: readonly MatchSubject[],
  unreadable: readonly UnreadableValue[],
  rules: PreparedRules,
): DuplicateCandidates => {
  const subjects = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = subjects.length;
  const columns = toColumns(subjects);
  const pairs = candidatePairs(columns, rules);
  const candidates: DuplicateCandidate[] = [];
  let comparisons = 0;
  for (let p = 0; p < pairs.length; p++) {
    const pair = pairs[p] ?? 0;
    if (p > 0 && pair === pairs[p - 1]) continue;
    comparisons++;
    const found = scorePair(columns, Math.floor(pair / n), pair % n, rules);
    if (found) candidates.push(found);
  }
  candidates.sort(
    (x, y) =>
      y.confidence - x.confidence ||
      (x.ids[0] < y.ids[0]
        ? -1
        : x.ids[0] > y.ids[0]
          ? 1
          : x.ids[1] < y.ids[1]
            ? -1
            : x.ids[1] > y.ids[1]
              ? 1
              : 0),
  );
  const skipped = [...unreadable].sort((x, y) =>
    x.id < y.id ? -1 : x.id > y.id ? 1 : x.field < y.field ? -1 : x.field > y.field ? 1 : 0,
  );
  return { candidates, unreadable: skipped, comparisons };
};

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const percent = (x: number): string => `${Math.round(x * 100)}%`;
/** Rounding slack, so a bound never cuts off a pair that rounds up to the threshold. */
const SLACK = 0.002;

const same = (column: Int32Array, i: number, j: number): boolean =>
  column[i] !== NONE && column[i] === column[j];

/**
 * Internal: the evidence for records `i` < `j` (in id order), or null when its confidence is
 * below `minConfidence`. Numbers first, sentences only for pairs that are reported: most
 * compared pairs are not duplicates. Names are compared only as far as needed: below the
 * similarity that could lift the pair over `minConfidence`, Jaro-Winkler may stop early.
 */
const scorePair = (
  c: Columns,
  i: number,
  j: number,
  rules: PreparedRules,
): DuplicateCandidate | null => {
  const { signalWeights: w, minNameSimilarity, minConfidence } = rules.settings;
  const sameEmail = same(c.email, i, j);
  const samePhone = same(c.phone, i, j);
  const sameDomain = same(c.domain, i, j);
  const sameAccount = same(c.account, i, j);
  const otherDoubt =
    (sameEmail ? 1 - w.sameEmail : 1) *
    (samePhone ? 1 - w.samePhone : 1) *
    (sameDomain ? 1 - w.sameDomain : 1) *
    (sameAccount ? 1 - w.sameAccount : 1);
  const strengthNeeded = 1 - (1 - minConfidence) / otherDoubt;
  if (strengthNeeded > w.similarName + SLACK) return null;
  const similarityNeeded =
    minNameSimilarity +
    (Math.max(0, strengthNeeded - SLACK) * (1 - minNameSimilarity)) / (w.similarName || 1);
  let similarity = 0;
  if (c.name[i] !== NONE && c.name[j] !== NONE) {
    const as = c.codeStart[i] ?? 0;
    const bs = c.codeStart[j] ?? 0;
    similarity =
      c.name[i] === c.name[j]
        ? 1
        : jaroWinklerAt(
            c.codes,
            as,
            (c.codeStart[i + 1] ?? 0) - as,
            c.codes,
            bs,
            (c.codeStart[j + 1] ?? 0) - bs,
            similarityNeeded - SLACK,
          );
  }
  const similar = similarity >= minNameSimilarity;
  const nameStrength = similar
    ? round3((w.similarName * (similarity - minNameSimilarity)) / (1 - minNameSimilarity))
    : 0;
  const confidence = round3(1 - otherDoubt * (1 - nameStrength));
  if (confidence <= 0 || confidence < minConfidence) return null;
  const a = c.subjects[i];
  const b = c.subjects[j];
  if (!a || !b) return null;
  const reasons: DuplicateReason[] = [];
  if (sameEmail)
    reasons.push({
      signal: "same_email",
      detail: `Both have the email ${a.email}.`,
      strength: w.sameEmail,
    });
  if (samePhone)
    reasons.push({
      signal: "same_phone",
      detail: `Both have the phone ${a.phone}.`,
      strength: w.samePhone,
    });
  if (sameDomain)
    reasons.push({
      signal: "same_domain",
      detail: `Both are on the domain ${a.domain}.`,
      strength: w.sameDomain,
    });
  if (similar)
    reasons.push({
      signal: "similar_name",
      detail:
        similarity === 1
          ? `Both are named '${a.name}' once normalised.`
          : `The names '${a.name}' and '${b.name}' are ${percent(similarity)} alike (Jaro-Winkler ${similarity.toFixed(3)}).`,
      strength: nameStrength,
    });
  if (sameAccount)
    reasons.push({
      signal: "same_account",
      detail: `Both belong to account ${a.accountId}.`,
      strength: w.sameAccount,
    });
  return { ids: [a.id, b.id], confidence, reasons };
};
