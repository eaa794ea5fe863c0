import { describe, expect, it } from "vitest";
import { RFM_QUINTILES, RFM_SEGMENT_MAP, RFM_SEGMENTS, rfmSegmentOf } from "./rfmSegment";

describe("RFM segment map", () => {
  it("names a segment for every recency and frequency pair", () => {
    for (const r of RFM_QUINTILES) {
      for (const f of RFM_QUINTILES) expect(RFM_SEGMENTS).toContain(rfmSegmentOf(r, f));
    }
    expect(Object.keys(RFM_SEGMENT_MAP)).toHaveLength(25);
  });

  it("uses every one of the ten segments", () => {
    expect(new Set(Object.values(RFM_SEGMENT_MAP))).toEqual(new Set(RFM_SEGMENTS));
  });

  it("calls recent frequent buyers champions and lapsed frequent buyers ones we can't lose", () => {
    expect(rfmSegmentOf(5, 5)).toBe("champions");
    expect(rfmSegmentOf(5, 1)).toBe("new");
    expect(rfmSegmentOf(4, 1)).toBe("promising");
    expect(rfmSegmentOf(3, 3)).toBe("need_attention");
    expect(rfmSegmentOf(3, 2)).toBe("about_to_sleep");
    expect(rfmSegmentOf(3, 4)).toBe("loyal");
    expect(rfmSegmentOf(4, 3)).toBe("potential_loyalists");
    expect(rfmSegmentOf(2, 4)).toBe("at_risk");
    expect(rfmSegmentOf(1, 5)).toBe("cant_lose");
    expect(rfmSegmentOf(1, 1)).toBe("hibernating");
  });
});
