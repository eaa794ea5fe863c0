import { err, ok, type Result, SIZE_BANDS, type SizeBand } from "@baton/core";

const LOWER_BOUNDS: readonly (readonly [number, SizeBand])[] = [
  [5001, "5001+"],
  [1001, "1001-5000"],
  [201, "201-1000"],
  [51, "51-200"],
  [11, "11-50"],
  [1, "1-10"],
];

/**
 * Reads a company size as exports write it: a head count ("250", "1,200") is
 * placed in its band, a band is taken as it is ("201-1000", "201 – 1,000").
 *
 * @example readSizeBand("250") // ok("201-1000")
 */
export const readSizeBand = (text: string): Result<SizeBand, string> => {
  const compact = text.replace(/[\s,'’]/g, "").replace(/[–—]/g, "-");
  const band = SIZE_BANDS.find((b) => b === compact);
  if (band) return ok(band);
  if (/^\d+\+?$/.test(compact)) {
    const count = Number(compact.replace("+", ""));
    const found = LOWER_BOUNDS.find(([lower]) => count >= lower);
    if (found) return ok(found[1]);
  }
  return err(`is not a head count or one of ${SIZE_BANDS.join(", ")}`);
};
