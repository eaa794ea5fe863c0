import { z } from "zod";
import { TEAM_FUNCTIONS, TeamFunction } from "../entities/role";

/** The values a judgement may take: named grades in order, or a number in a range. */
export const AssessmentScale = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("categorical"),
      /** Best first, e.g. A, B, C, D. */
      values: z
        .array(z.string().trim().min(1, "must not be blank"))
        .min(2, "must list at least two values")
        .refine((v) => new Set(v).size === v.length, { message: "must list each value once" }),
    }),
    z
      .object({ type: z.literal("numeric"), min: z.number(), max: z.number() })
      .refine((s) => s.min < s.max, { message: "min must be less than max" }),
  ],
  {
    error: () =>
      "must be a scale: { type: 'categorical', values } or { type: 'numeric', min, max }",
  },
);
export type AssessmentScale = z.infer<typeof AssessmentScale>;

export const ASSESSMENT_RULES = ["latest", "owner_team_wins", "weighted"] as const;
export type AssessmentRuleName = (typeof ASSESSMENT_RULES)[number];

/**
 * How the current value is chosen when several people judged: the most recent judgement
 * (`latest`); the judgement of the team owning the record's stage, else the most recent
 * (`owner_team_wins`); or a vote weighted by team (`weighted`: the weighted mean of
 * numbers, or the grade with the most weight). A team not in `weights` counts 0.
 */
export const AssessmentRule = z.discriminatedUnion(
  "rule",
  [
    z.object({ rule: z.literal("latest") }),
    z.object({ rule: z.literal("owner_team_wins") }),
    z.object({
      rule: z.literal("weighted"),
      weights: z
        .partialRecord(TeamFunction, z.number().min(0, "must be 0 or more"))
        .refine((w) => Object.values(w).some((v) => v !== undefined && v > 0), {
          message: `must give at least one team (${TEAM_FUNCTIONS.join(", ")}) a weight above 0`,
        }),
    }),
  ],
  { error: () => `must name a rule, one of ${ASSESSMENT_RULES.join(", ")}` },
);
export type AssessmentRule = z.infer<typeof AssessmentRule>;

/** One kind of judgement a company records: its scale and how its current value is resolved. */
export const AssessmentKindConfig = z.object({
  scale: AssessmentScale,
  resolution: AssessmentRule,
});
export type AssessmentKindConfig = z.infer<typeof AssessmentKindConfig>;

/** A kind of judgement: lower-case words joined by underscores, such as `customer_grade`. */
export const AssessmentKind = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "must be lower-case words joined by '_', such as 'customer_grade'");
export type AssessmentKind = z.infer<typeof AssessmentKind>;

/**
 * The kinds every company starts with: service grades customers and wins (it owns them);
 * intent to buy is a 0–100 number where sales' read counts double marketing's and service's.
 */
export const DEFAULT_ASSESSMENT_KINDS = {
  customer_grade: {
    scale: { type: "categorical", values: ["A", "B", "C", "D"] },
    resolution: { rule: "owner_team_wins" },
  },
  intent_to_buy: {
    scale: { type: "numeric", min: 0, max: 100 },
    resolution: { rule: "weighted", weights: { sales: 2, marketing: 1, service: 1 } },
  },
} as const satisfies Record<string, z.input<typeof AssessmentKindConfig>>;

/** Settings of assessments (DOMAIN.md §7): each judgement kind's scale and resolution rule. */
export const AssessmentsConfig = z.object({
  /**
   * Kinds by name. A company's kinds are merged over `DEFAULT_ASSESSMENT_KINDS`, so adding
   * `churn_risk` keeps customer_grade and intent_to_buy; naming one replaces it.
   */
  kinds: z
    .record(AssessmentKind, AssessmentKindConfig)
    .default({})
    .transform(
      (given): Record<string, AssessmentKindConfig> => ({
        ...structuredClone(DEFAULT_ASSESSMENT_KINDS),
        ...given,
      }),
    ),
});
export type AssessmentsConfig = z.infer<typeof AssessmentsConfig>;
