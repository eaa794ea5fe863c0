import { z } from "zod";

export const RFM_QUINTILES = [1, 2, 3, 4, 5] as const;
/** A recency, frequency or monetary score: 1 (bottom fifth of customers) to 5 (top fifth). */
export const RfmQuintile = z.literal(RFM_QUINTILES);
export type RfmQuintile = z.infer<typeof RfmQuintile>;

export const RFM_SEGMENTS = [
  "champions",
  "loyal",
  "potential_loyalists",
  "new",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cant_lose",
  "hibernating",
] as const;
/** The named customer segment an R-F pair falls in. */
export const RfmSegment = z.enum(RFM_SEGMENTS);
export type RfmSegment = z.infer<typeof RfmSegment>;

/**
 * The well-known R-F segment map (the 10-segment grid popularised by Putler and used by most
 * RFM tutorials), keyed by recency then frequency ("54" is R 5, F 4). Monetary value does not change the
 * segment; it is in the code ("545") for those who sort within one.
 *
 * | R \ F | 1              | 2                   | 3                   | 4         | 5         |
 * |-------|----------------|---------------------|---------------------|-----------|-----------|
 * | 5     | new            | potential_loyalists | potential_loyalists | champions | champions |
 * | 4     | promising      | potential_loyalists | potential_loyalists | loyal     | loyal     |
 * | 3     | about_to_sleep | about_to_sleep      | need_attention      | loyal     | loyal     |
 * | 2     | hibernating    | hibernating         | at_risk             | at_risk   | cant_lose |
 * | 1     | hibernating    | hibernating         | at_risk             | at_risk   | cant_lose |
 */
export const RFM_SEGMENT_MAP: Readonly<Record<`${RfmQuintile}${RfmQuintile}`, RfmSegment>> = {
  "51": "new",
  "52": "potential_loyalists",
  "53": "potential_loyalists",
  "54": "champions",
  "55": "champions",
  "41": "promising",
  "42": "potential_loyalists",
  "43": "potential_loyalists",
  "44": "loyal",
  "45": "loyal",
  "31": "about_to_sleep",
  "32": "about_to_sleep",
  "33": "need_attention",
  "34": "loyal",
  "35": "loyal",
  "21": "hibernating",
  "22": "hibernating",
  "23": "at_risk",
  "24": "at_risk",
  "25": "cant_lose",
  "11": "hibernating",
  "12": "hibernating",
  "13": "at_risk",
  "14": "at_risk",
  "15": "cant_lose",
};

/** The segment of a recency and frequency score, read from `RFM_SEGMENT_MAP`. */
export const rfmSegmentOf = (recency: RfmQuintile, frequency: RfmQuintile): RfmSegment =>
  RFM_SEGMENT_MAP[`${recency}${frequency}`];
