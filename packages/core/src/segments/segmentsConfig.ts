import { z } from "zod";

/** Settings of segments: the company's named segment definitions; see the area. */
export const SegmentsConfig = z.object({
  definitions: z.array(z.unknown()).default([]),
});
export type SegmentsConfig = z.infer<typeof SegmentsConfig>;
