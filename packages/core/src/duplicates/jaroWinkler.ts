import { z } from "zod";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";

// Scratch flags reused across calls: candidate detection runs this hundreds of thousands of
// times, and allocating two arrays per call would dominate. Invisible to callers.
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;
/** Winkler's boost threshold: only strings already alike get the common-prefix bonus. */
const BOOST_THRESHOLD = 0.7;

/**
 * The least Jaro similarity a pair needs to reach Jaro-Winkler `atLeast`: the prefix bonus
 * adds at most 0.4 of what is missing, so JW ≤ 0.6·jaro + 0.4.
 */
const jaroNeeded = (atLeast: number): number => (atLeast - 0.4) / 0.6;

/**
 * Internal: Jaro-Winkler similarity of two sequences of code points (Winkler 1990: prefix
 * scale 0.1, at most 4 prefix characters, boost above a Jaro similarity of 0.7). With
 * `atLeast`, a pair that provably cannot reach it returns 0 early: candidate detection only
 * needs exact values for pairs that can matter, and most compared pairs cannot.
 */
export const jaroWinklerScore = (a: ArrayLike<number>, b: ArrayLike<number>, atLeast = 0): number =>
  jaroWinklerAt(a, 0, a.length, b, 0, b.length, atLeast);

/**
 * Internal: `jaroWinklerScore` of `a[as … as+la)` and `b[bs … bs+lb)`, so detection can keep
 * every name's code points in one typed array (one block of memory, not 100,000 arrays).
 */
export const jaroWinklerAt = (
  a: ArrayLike<number>,
  as: number,
  la: number,
  b: ArrayLike<number>,
  bs: number,
  lb: number,
  atLeast = 0,
): number => {
  if (la === 0 && lb === 0) return 1;
  if (la === 0 || lb === 0) return 0;
  // The most matches possible, were every remaining character matched, bounds Jaro from above.
  const needed = atLeast > 0.4 ? jaroNeeded(atLeast) * 3 - 1 : Number.NEGATIVE_INFINITY;
  if (Math.min(la, lb) / la + Math.min(la, lb) / lb < needed) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && a[as + i] === b[bs + j]) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
    const best = matches + (la - 1 - i);
    if (best / la + Math.min(best, lb) / lb < needed) return 0;
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a[as + i] !== b[bs + k]) halfTranspositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3;
  if (jaro <= BOOST_THRESHOLD) return jaro;
  let prefix = 0;
  const most = Math.min(MAX_PREFIX, la, lb);
  while (prefix < most && a[as + prefix] === b[bs + prefix]) prefix++;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
};

/** Internal: the code points of a string, so a Chinese or emoji character counts as one. */
export const codePoints = (text: string): number[] => {
  const points: number[] = [];
  for (const ch of text) points.push(ch.codePointAt(0) ?? 0);
  return points;
};

/**
 * Internal: Jaro-Winkler of two strings, always computed in the same order (the smaller
 * string first) because Jaro's greedy matching can differ by a hair between a–b and b–a.
 */
export const symmetricJaroWinkler = (a: string, b: string): number =>
  a === b
    ? 1
    : a < b
      ? jaroWinklerScore(codePoints(a), codePoints(b))
      : jaroWinklerScore(codePoints(b), codePoints(a));

const Pair = z.tuple([z.string(), z.string()]);

/**
 * How alike two strings are, from 0 (nothing in common) to 1 (equal), by Jaro-Winkler:
 * tolerant of typos and transposed letters, and weighted toward a shared beginning, which
 * suits names. Compares code points, so Chinese names compare character by character.
 * A pure metric with no company setting, so unlike the other public functions it takes no
 * `Config`; compare normalised names (`normalizeCompanyName`) for duplicate checks.
 *
 * @example jaroWinkler("MARTHA", "MARHTA") // ok(0.9611…)
 * @example jaroWinkler("DWAYNE", "DUANE") // ok(0.84)
 * @example jaroWinkler("DIXON", "DICKSONX") // ok(0.8133…)
 */
export const jaroWinkler = (a: string, b: string): Result<number, InvalidInput> => {
  const input = parseInput(Pair, [a, b], "pair of strings");
  if (!input.ok) return input;
  return ok(symmetricJaroWinkler(input.value[0], input.value[1]));
};
