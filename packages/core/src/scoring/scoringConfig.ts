import { z } from "zod";

export const FIT_GRADES = ["A", "B", "C", "D"] as const;
export const FitGrade = z.enum(FIT_GRADES);
export type FitGrade = z.infer<typeof FitGrade>;

export const FIT_FIELDS = [
  "industry",
  "region",
  "country",
  "sizeBand",
  "seniority",
  "department",
] as const;
export const FitField = z.enum(FIT_FIELDS, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown fit field '${issue.input}'; use one of ${FIT_FIELDS.join(", ")}`
      : `must name a field, one of ${FIT_FIELDS.join(", ")}`,
});
export type FitField = z.infer<typeof FitField>;

/**
 * One firmographic or person rule: when `field` is one of `values` (compared without regard to
 * case or surrounding spaces), add `points` (may be negative).
 */
export const FitRule = z.object({
  id: z.string().trim().min(1, "must name the rule"),
  field: FitField,
  values: z
    .array(z.string().trim().min(1, "must not be blank"))
    .min(1, "must list at least one value"),
  points: z
    .number({ error: "must be a whole number of points, such as 10 or -30" })
    .int("must be a whole number of points"),
});
export type FitRule = z.infer<typeof FitRule>;

export const DEFAULT_FIT_RULES: readonly FitRule[] = [
  {
    id: "target_industry",
    field: "industry",
    values: ["software", "fintech", "manufacturing"],
    points: 20,
  },
  { id: "mid_market", field: "sizeBand", values: ["201-1000", "1001-5000"], points: 20 },
  { id: "smb", field: "sizeBand", values: ["51-200"], points: 10 },
  { id: "enterprise", field: "sizeBand", values: ["5001+"], points: 15 },
  { id: "decision_maker", field: "seniority", values: ["c_level", "vp", "director"], points: 25 },
  { id: "manager", field: "seniority", values: ["manager"], points: 10 },
  { id: "student", field: "seniority", values: ["student"], points: -30 },
  {
    id: "buying_department",
    field: "department",
    values: ["sales", "operations", "it"],
    points: 10,
  },
];

export const DEFAULT_ENGAGEMENT_POINTS: Readonly<Record<string, number>> = {
  email_open: 1,
  email_click: 3,
  site_visit: 2,
  content_download: 5,
  form_submit: 8,
  reply: 8,
  webinar: 10,
  pricing_page: 10,
  meeting: 15,
  demo_request: 25,
  pricing_contact: 25,
};

/** A number of days that must be more than 0, such as a half-life. */
const positiveDays = (fallback: number) =>
  z
    .number({ error: `must be a number of days, such as ${fallback}` })
    .positive("must be more than 0 days")
    .default(fallback);

/** A number of engagement points that must be more than 0, such as a cap. */
const positivePoints = (fallback: number) =>
  z
    .number({ error: `must be a number of points, such as ${fallback}` })
    .positive("must be more than 0 points")
    .default(fallback);

/** A threshold on a score: any number, since a company may shift the whole scale. */
const threshold = (fallback: number, unit: string) =>
  z.number({ error: `must be a number of ${unit}, such as ${fallback}` }).default(fallback);

export const ScoringConfig = z.object({
  fit: z
    .object({
      rules: z
        .array(FitRule)
        .default([...DEFAULT_FIT_RULES])
        // A contribution names its rule, so two rules with one id would make explanations ambiguous.
        .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
          message: "each fit rule needs its own id",
        }),
      /** Least points for each grade; below `C` is `D`. */
      grades: z
        .object({
          A: threshold(60, "fit points"),
          B: threshold(40, "fit points"),
          C: threshold(20, "fit points"),
        })
        .prefault({})
        .refine((g) => g.A > g.B && g.B > g.C, { message: "grade thresholds must fall A > B > C" }),
    })
    .prefault({}),
  engagement: z
    .object({
      /**
       * Points per kind of touch. A company's table is laid over the defaults
       * (`DEFAULT_ENGAGEMENT_POINTS`): a kind it names takes its points, a kind it does not
       * name keeps the default, and a new kind is added. Setting a kind to 0 switches it off
       * (its touches are still listed, worth nothing); leaving it out does not.
       */
      points: z
        .record(
          z.string().min(1, "must name the kind of engagement"),
          z
            .number({ error: "must be a number of points, such as 10" })
            .min(0, "must be 0 or more points (0 switches the kind off)"),
        )
        .prefault({})
        .transform((points) => ({ ...DEFAULT_ENGAGEMENT_POINTS, ...points })),
      halfLifeDays: positiveDays(30),
      /** Most points one kind of engagement can contribute. */
      capPerKind: positivePoints(40),
      capTotal: positivePoints(100),
      /** Least engagement for band 1 and band 2; below is band 3. */
      bands: z
        .object({ 1: threshold(60, "points"), 2: threshold(30, "points") })
        .prefault({})
        .refine((b) => b[1] > b[2], { message: "band 1 must need more engagement than band 2" }),
    })
    .prefault({}),
  rfm: z
    .object({
      /** Purchases in the last this-many days (up to `now`) count for frequency and monetary value. */
      windowDays: z
        .number({ error: "must be a whole number of days, such as 365" })
        .int("must be a whole number of days")
        .positive("must be more than 0 days")
        .default(365),
    })
    .prefault({}),
});
export type ScoringConfig = z.infer<typeof ScoringConfig>;
/** What a company writes for scoring: any part may be left out and takes the default. */
export type ScoringConfigInput = z.input<typeof ScoringConfig>;
