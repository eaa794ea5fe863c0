import { z } from "zod";
import { Role, TeamFunction } from "../entities/role";
import { FitGrade } from "../scoring/scoringConfig";

/** Stages sales may accept a lead from only with an explicit override (skipping marketing's MQL). */
export const SQL_OVERRIDE_STAGES = ["subscriber", "lead", "recycled"] as const;
export const SqlOverrideStage = z.enum(SQL_OVERRIDE_STAGES);
export type SqlOverrideStage = z.infer<typeof SqlOverrideStage>;

const unique = (list: readonly string[]) => new Set(list).size === list.length;

/** A list of names where each name may appear once, so a decision never counts one twice. */
const UniqueNames = (what: string) =>
  z
    .array(z.string().trim().min(1))
    .min(1, `needs at least one ${what}`)
    .refine(unique, { message: `must not name the same ${what} twice` });

export const QualificationConfig = z.object({
  mql: z
    .object({
      minFitGrade: FitGrade.default("B"),
      minEngagement: z.number().min(0).default(40),
      /** Engagement kinds that make a lead an MQL on their own. */
      highIntentKinds: z.array(z.string().min(1)).default(["demo_request", "pricing_contact"]),
    })
    .prefault({}),
  sql: z
    .object({
      /** What sales must record to accept a lead (BANT by default). */
      criteria: UniqueNames("criterion").default(["budget", "authority", "need", "timeline"]),
      /** How many of the criteria must be met. */
      minimum: z.number().int().min(1).default(3),
      /** Roles that may accept a lead as sales-qualified. */
      acceptRoles: z.array(Role).min(1).default(["rep", "manager"]),
      /**
       * The accepting user must be in (or manage) a team of one of these
       * functions; an empty list drops the team check (a company without teams).
       */
      acceptTeamFunctions: z.array(TeamFunction).default(["sales"]),
      /**
       * Stages a lead may be accepted from with an explicit override and a note
       * (e.g. a rep met the buyer at a trade fair); normally only from `mql`.
       */
      overrideFromStages: z.array(SqlOverrideStage).default(["lead"]),
    })
    .prefault({})
    .refine((s) => s.minimum <= s.criteria.length, {
      message: "the minimum cannot be more than the number of criteria",
    }),
  recycleReasons: UniqueNames("reason code").default([
    "bad_timing",
    "no_budget_yet",
    "no_response",
    "not_decision_maker",
    "nurture",
  ]),
  disqualifyReasons: UniqueNames("reason code").default([
    "not_a_fit",
    "no_need",
    "competitor",
    "duplicate",
    "spam",
    "student",
  ]),
  /** Roles that may hand a lead back to marketing nurture: sales. */
  recycleRoles: z.array(Role).min(1).default(["rep", "manager"]),
  /**
   * Roles that may disqualify a lead: sales, marketing (spam, students at the
   * top of the funnel) and the CRM owner cleaning data.
   */
  disqualifyRoles: z.array(Role).min(1).default(["rep", "manager", "marketing", "admin"]),
});
export type QualificationConfig = z.infer<typeof QualificationConfig>;
export type QualificationConfigInput = z.input<typeof QualificationConfig>;
