import { z } from "zod";
import { SegmentDefinitions } from "./segmentDefinition";

/** Settings of segments: the company's named segment definitions. */
export const SegmentsConfig = z.object({
  /** The company's segments, each name once; see `SegmentDefinition`. */
  definitions: SegmentDefinitions.default([]),
});
export type SegmentsConfig = z.infer<typeof SegmentsConfig>;
