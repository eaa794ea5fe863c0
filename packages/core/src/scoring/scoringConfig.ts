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
export const FitField = z.enum(FIT_FIELDS);
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
  points: z.number().int("must be a whole number of points"),
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
        .object({ A: z.number().default(60), B: z.number().default(40), C: z.number().default(20) })
        .prefault({})
        .refine((g) => g.A > g.B && g.B > g.C, { message: "grade thresholds must fall A > B > C" }),
    })
    .prefault({}),
  engagement: z
    .object({
      points: z
        .record(z.string().min(1), z.number().min(0))
        .default({ ...DEFAULT_ENGAGEMENT_POINTS }),
      halfLifeDays: z.number().positive().default(30),
      /** Most points one kind of engagement can contribute. */
      capPerKind: z.number().positive().default(40),
      capTotal: z.number().positive().default(100),
      /** Least engagement for band 1 and band 2; below is band 3. */
      bands: z
        .object({ 1: z.number().default(60), 2: z.number().default(30) })
        .prefault({})
        .refine((b) => b[1] > b[2], { message: "band 1 must need more engagement than band 2" }),
    })
    .prefault({}),
  rfm: z
    .object({
      /** Purchases in the last this-many days (up to `now`) count for frequency and monetary value. */
      windowDays: z.number().int().positive().default(365),
    })
    .prefault({}),
});
export type ScoringConfig = z.infer<typeof ScoringConfig>;
/** What a company writes for scoring: any part may be left out and takes the default. */
export type ScoringConfigInput = z.input<typeof ScoringConfig>;
