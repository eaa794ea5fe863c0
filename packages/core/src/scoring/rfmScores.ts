import { z } from "zod";
import type { Config } from "../config/config";
import { Id, Instant } from "../entities/common";
import { Money } from "../entities/money";
import type { Result } from "../result";
import { err, ok } from "../result";
import { MS_PER_DAY } from "./engagementDecay";
import { RfmQuintile, RfmSegment, rfmSegmentOf } from "./rfmSegment";
import { parseScoringInput, type ScoringError, scoringError } from "./scoringError";
import { scoringModelOf } from "./scoringModel";

/** One purchase by an account: when, and for how much (minor units of one currency). */
export const RfmPurchase = z.object({ at: Instant, amountMinor: Money.shape.amountMinor });
export type RfmPurchase = z.infer<typeof RfmPurchase>;

/** An account and all its purchases, the unit RFM ranks. */
export const RfmCustomer = z.object({ accountId: Id, purchases: z.array(RfmPurchase) });
export type RfmCustomer = z.infer<typeof RfmCustomer>;
export type RfmCustomerInput = z.input<typeof RfmCustomer>;

export const RFM_DIMENSIONS = ["recency", "frequency", "monetary"] as const;
export const RfmDimension = z.enum(RFM_DIMENSIONS);
export type RfmDimension = z.infer<typeof RfmDimension>;

/**
 * How one dimension was scored: the account's value (days since the last purchase, purchases
 * in the window, revenue in the window; `null` recency means it never bought), how many
 * accounts it was ranked among, how many it beat and how many it tied with (itself included).
 */
export const RfmContribution = z.object({
  dimension: RfmDimension,
  value: z.number().nullable(),
  score: RfmQuintile,
  population: z.number().int().min(0),
  beaten: z.number().int().min(0),
  tied: z.number().int().min(0),
  reason: z.string(),
});
export type RfmContribution = z.infer<typeof RfmContribution>;

/** Recency, frequency and monetary scores as a code such as "545". */
export const RfmCode = z.templateLiteral([RfmQuintile, RfmQuintile, RfmQuintile]);
export type RfmCode = z.infer<typeof RfmCode>;

/** One account's RFM scores, code and segment, with how each score was reached. */
export const RfmScore = z.object({
  accountId: Id,
  recency: RfmQuintile,
  frequency: RfmQuintile,
  monetary: RfmQuintile,
  code: RfmCode,
  segment: RfmSegment,
  /** Recency, frequency, monetary, in that order. */
  contributions: z.array(RfmContribution),
  /** Purchases after `now` are not counted (they have not happened yet). */
  ignoredFuturePurchases: z.number().int().min(0),
});
export type RfmScore = z.infer<typeof RfmScore>;

type Ranked = { readonly score: RfmQuintile; readonly beaten: number; readonly tied: number };

/** First index in sorted `values` whose value is `>= v` (or `> v` when `after`). */
const bound = (values: Float64Array, v: number, after: boolean): number => {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = values[mid] ?? 0;
    if (m < v || (after && m === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const QUINTILE_BY_FIFTH: readonly RfmQuintile[] = [1, 2, 3, 4, 5];

/**
 * Ranks the values that are not `null` against each other by mid-rank percentile: a value
 * beating `b` others and tied with `t` (itself included) of `n` sits at `(b + t/2) / n`, and
 * scores `1 + floor(5 × that)`. Equal values share a score; five distinct values score 1…5;
 * a lone value scores 3. Returns `null` where the value was `null`.
 */
const rankByQuintile = (
  values: readonly (number | null)[],
  higherIsBetter: boolean,
): { ranked: (Ranked | null)[]; population: number } => {
  const sorted = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
  const n = sorted.length;
  const ranked = values.map((v): Ranked | null => {
    if (v === null) return null;
    const below = bound(sorted, v, false);
    const above = bound(sorted, v, true);
    const tied = above - below;
    const beaten = higherIsBetter ? below : n - above;
    const fifth = Math.floor((5 * (2 * beaten + tied)) / (2 * n));
    return { score: QUINTILE_BY_FIFTH[fifth] ?? 5, beaten, tied };
  });
  return { ranked, population: n };
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const rankedContribution = (
  dimension: RfmDimension,
  value: number | null,
  rank: Ranked | null,
  population: number,
  describe: { none: string; some: string; among: string },
): RfmContribution =>
  rank === null
    ? { dimension, value, score: 1, population, beaten: 0, tied: 0, reason: describe.none }
    : {
        dimension,
        value,
        score: rank.score,
        population,
        beaten: rank.beaten,
        tied: rank.tied,
        reason: `${describe.some}; ranked among ${plural(population, "account", "accounts")} ${describe.among}: ahead of ${rank.beaten}, level with ${rank.tied - 1}, so ${rank.score}.`,
      };

/**
 * Scores accounts by recency, frequency and monetary value (RFM), each 1–5 by quintile in the
 * population, with a code like "545" and the R-F segment (`RFM_SEGMENT_MAP`). Recency is whole
 * days since the last purchase up to `now` (fewer is better); frequency and monetary count the
 * purchases and revenue in the last `config.scoring.rfm.windowDays` (the window is
 * `(now − windowDays, now]`).
 *
 * Each dimension ranks only the accounts that have something to rank (bought at all; bought
 * or earned revenue in the window); one with nothing scores 1 and is not ranked. Ranking is
 * by mid-rank percentile (`1 + floor(5 × (beaten + tied/2) / n)`), so equal values always get
 * equal scores and tiny populations are deterministic: one account scores 3; two distinct
 * values score 2 and 4; three score 1, 3, 5; identical accounts all score 3. Results come in
 * `accountId` order, so any permutation of the input gives the same output.
 *
 * @example
 * rfmScores([{ accountId: "acme", purchases: [{ at: new Date("2026-03-01"), amountMinor: 50_000 }] }],
 *   new Date("2026-03-31"), defaultConfig())
 * // ok([{ accountId: "acme", recency: 3, frequency: 3, monetary: 3, code: "333",
 * //   segment: "need_attention", contributions: [ … ], ignoredFuturePurchases: 0 }])
 */
export const rfmScores = (
  customers: readonly RfmCustomerInput[],
  now: Date,
  config: Config,
): Result<RfmScore[], ScoringError> => {
  const model = scoringModelOf(config);
  if (!model.ok) return model;
  const parsedNow = parseScoringInput(Instant, now, "time to score at", "invalid_now");
  if (!parsedNow.ok) return parsedNow;
  const parsed = parseScoringInput(
    z.array(RfmCustomer),
    customers,
    "RFM customers",
    "invalid_rfm_customers",
  );
  if (!parsed.ok) return parsed;

  const accounts = [...parsed.value].sort((a, b) =>
    a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0,
  );
  for (let i = 1; i < accounts.length; i++) {
    const id = accounts[i]?.accountId;
    if (id === accounts[i - 1]?.accountId) {
      return err(
        scoringError(
          "invalid_rfm_customers",
          `Account '${id}' appears more than once; give each account once with all its purchases.`,
        ),
      );
    }
  }

  const nowMs = parsedNow.value.getTime();
  const windowDays = model.value.config.rfm.windowDays;
  const windowStartMs = nowMs - windowDays * MS_PER_DAY;
  const facts = accounts.map(({ accountId, purchases }) => {
    let lastMs: number | null = null;
    let frequency = 0;
    let revenue = 0;
    let future = 0;
    for (const { at, amountMinor } of purchases) {
      const atMs = at.getTime();
      if (atMs > nowMs) {
        future++;
        continue;
      }
      if (lastMs === null || atMs > lastMs) lastMs = atMs;
      if (atMs > windowStartMs) {
        frequency++;
        revenue += amountMinor;
      }
    }
    const recencyDays = lastMs === null ? null : Math.floor((nowMs - lastMs) / MS_PER_DAY);
    return { accountId, recencyDays, frequency, revenue, future };
  });

  const tooRich = facts.find((f) => !Number.isSafeInteger(f.revenue));
  if (tooRich !== undefined) {
    return err(
      scoringError(
        "invalid_rfm_customers",
        `Account '${tooRich.accountId}' has more revenue in the window than can be added exactly; score it in a larger currency unit.`,
      ),
    );
  }

  const recency = rankByQuintile(
    facts.map((f) => f.recencyDays),
    false,
  );
  const frequency = rankByQuintile(
    facts.map((f) => (f.frequency === 0 ? null : f.frequency)),
    true,
  );
  const monetary = rankByQuintile(
    facts.map((f) => (f.revenue === 0 ? null : f.revenue)),
    true,
  );
  const window = `in the last ${plural(windowDays, "day", "days")}`;

  return ok(
    facts.map((f, i): RfmScore => {
      const contributions = [
        rankedContribution(
          "recency",
          f.recencyDays,
          recency.ranked[i] ?? null,
          recency.population,
          {
            none: "Never bought (before now), so the lowest recency: 1.",
            some: `Last bought ${plural(f.recencyDays ?? 0, "day", "days")} ago`,
            among: "with a purchase",
          },
        ),
        rankedContribution(
          "frequency",
          f.frequency,
          frequency.ranked[i] ?? null,
          frequency.population,
          {
            none: `No purchase ${window}, so the lowest frequency: 1.`,
            some: `${plural(f.frequency, "purchase", "purchases")} ${window}`,
            among: `with a purchase ${window}`,
          },
        ),
        rankedContribution("monetary", f.revenue, monetary.ranked[i] ?? null, monetary.population, {
          none: `No revenue ${window}, so the lowest monetary value: 1.`,
          some: `Revenue of ${f.revenue} (minor units) ${window}`,
          among: `with revenue ${window}`,
        }),
      ] as const;
      const [r, fq, m] = contributions;
      return {
        accountId: f.accountId,
        recency: r.score,
        frequency: fq.score,
        monetary: m.score,
        code: `${r.score}${fq.score}${m.score}`,
        segment: rfmSegmentOf(r.score, fq.score),
        contributions: [...contributions],
        ignoredFuturePurchases: f.future,
      };
    }),
  );
};
