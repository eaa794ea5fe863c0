import { z } from "zod";
import { SIZE_BANDS } from "../entities/firmographics";
import { LIFECYCLE_STAGES } from "../entities/lifecycleStage";
import { RFM_SEGMENTS } from "../scoring/rfmSegment";

export const SEGMENT_FIELDS = [
  "industry",
  "region",
  "country",
  "sizeBand",
  "lifecycleStage",
  "ownerTeam",
  "rfmSegment",
] as const;
/**
 * Account attributes a segment can filter on: territory fields, the lifecycle stage, the
 * owning team (the account's `teamId`) and the RFM segment (from `rfmScores`).
 */
export const SegmentField = z.enum(SEGMENT_FIELDS, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown segment field '${issue.input}'; use one of ${SEGMENT_FIELDS.join(", ")}`
      : `must name a segment field, one of ${SEGMENT_FIELDS.join(", ")}`,
});
export type SegmentField = z.infer<typeof SegmentField>;

/** A filter over account attributes and numbers, combinable with AND (`all`) / OR (`any`). */
export type SegmentFilter =
  | { readonly all: readonly SegmentFilter[] }
  | { readonly any: readonly SegmentFilter[] }
  | { readonly field: SegmentField; readonly in: readonly string[] }
  | { readonly field: SegmentField; readonly notIn: readonly string[] }
  | {
      readonly metric: string;
      readonly gt?: number;
      readonly gte?: number;
      readonly lt?: number;
      readonly lte?: number;
      readonly between?: readonly [number, number];
    };

// Fields with a fixed list of values: a typo there would silently match nothing, so refuse it.
const FIXED_VALUES: Partial<Record<SegmentField, readonly string[]>> = {
  sizeBand: SIZE_BANDS,
  lifecycleStage: LIFECYCLE_STAGES,
  rfmSegment: RFM_SEGMENTS,
};

const Values = z
  .array(z.string({ error: "must be text" }).trim().min(1, "must not be blank"))
  .min(1, "must list at least one value");

const checkFixedValues = (
  condition: { field: SegmentField; values: readonly string[] },
  ctx: z.RefinementCtx,
  key: "in" | "notIn",
) => {
  const allowed = FIXED_VALUES[condition.field];
  if (allowed === undefined) return;
  condition.values.forEach((value, i) => {
    if (!allowed.includes(value)) {
      ctx.addIssue({
        code: "custom",
        path: [key, i],
        message: `unknown ${condition.field} '${value}'; use one of ${allowed.join(", ")}`,
      });
    }
  });
};

const InFilter = z
  .object({ field: SegmentField, in: Values })
  .strict()
  .superRefine((c, ctx) => checkFixedValues({ field: c.field, values: c.in }, ctx, "in"));
const NotInFilter = z
  .object({ field: SegmentField, notIn: Values })
  .strict()
  .superRefine((c, ctx) => checkFixedValues({ field: c.field, values: c.notIn }, ctx, "notIn"));

const Bound = z.number({ error: "must be a number" }).finite("must be a finite number");
const MetricFilter = z
  .object({
    /** A number the caller gives per account in `metrics`, such as `revenue` or `employees`. */
    metric: z.string().trim().min(1, "must name a metric such as 'revenue'"),
    gt: Bound.optional(),
    gte: Bound.optional(),
    lt: Bound.optional(),
    lte: Bound.optional(),
    /** Inclusive at both ends. */
    between: z
      .tuple([Bound, Bound])
      .refine(([min, max]) => min <= max, { message: "must be [min, max] with min ≤ max" })
      .optional(),
  })
  .strict()
  .refine((m) => [m.gt, m.gte, m.lt, m.lte, m.between].some((b) => b !== undefined), {
    message: "must compare the metric with gt, gte, lt, lte or between",
  });

const SHAPES =
  "{ all: [...] }, { any: [...] }, { field, in: [...] }, { field, notIn: [...] } or { metric, gt | gte | lt | lte | between }";

export const SegmentFilter: z.ZodType<SegmentFilter> = z.lazy(() =>
  z.union(
    [
      z.object({ all: z.array(SegmentFilter).min(1, "must list at least one filter") }).strict(),
      z.object({ any: z.array(SegmentFilter).min(1, "must list at least one filter") }).strict(),
      InFilter,
      NotInFilter,
      MetricFilter,
    ],
    {
      error: (issue) =>
        issue.code === "invalid_union" ? `must be a filter: ${SHAPES}` : undefined,
    },
  ),
);

/** A named group of accounts, such as "EMEA software mid-market" or "champions in DACH". */
export const SegmentDefinition = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  description: z.string().trim().max(500).optional(),
  filter: SegmentFilter,
});
export type SegmentDefinition = z.infer<typeof SegmentDefinition>;
export type SegmentDefinitionInput = z.input<typeof SegmentDefinition>;

/** Segment definitions with each name used once (names are how people ask for a segment). */
export const SegmentDefinitions = z.array(SegmentDefinition).superRefine((definitions, ctx) => {
  const seen = new Set<string>();
  definitions.forEach((d, i) => {
    const key = d.name.toLowerCase();
    if (seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: [i, "name"],
        message: `segment '${d.name}' is defined more than once; give each segment its own name`,
      });
    }
    seen.add(key);
  });
});

/** True when the filter (or any part of it) filters on RFM segments. */
export const usesRfm = (filter: SegmentFilter): boolean =>
  "all" in filter
    ? filter.all.some(usesRfm)
    : "any" in filter
      ? filter.any.some(usesRfm)
      : "field" in filter && filter.field === "rfmSegment";
