import { z } from "zod";
import { Id, oneOf } from "../entities/common";
import { Currency } from "../entities/money";
import { Role } from "../entities/role";

export const APPROVAL_MODES = ["first_response", "unanimous"] as const;
/**
 * How a step is settled: by the first approver who answers, or only once every approver
 * approved (one reject rejects either way).
 */
export const ApprovalMode = z.enum(APPROVAL_MODES, {
  error: oneOf("approval mode", APPROVAL_MODES),
});
export type ApprovalMode = z.infer<typeof ApprovalMode>;

const percent = z
  .number({ error: "must be a percentage from 0 to 100" })
  .min(0, "must be 0% or more")
  .max(100, "must be 100% or less");

/** Who approves a step: the requester's team manager, everyone active with a role, or one user. */
export const ApproverSpec = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("team_manager") }),
    z.object({ type: z.literal("role"), role: Role }),
    z.object({ type: z.literal("user"), userId: Id }),
  ],
  { error: "must be an approver of type team_manager, role or user" },
);
export type ApproverSpec = z.infer<typeof ApproverSpec>;

/** One kind of approval step the policy can ask for (sales manager, leadership, legal…). */
export const ApprovalStepPolicy = z.object({
  id: z.string().trim().min(1, "must not be empty"),
  /** What approvers and requesters read: "Sales manager", "VP / leadership". */
  name: z.string().trim().min(1, "must not be empty"),
  approvers: z.array(ApproverSpec).min(1, "a step needs at least one approver"),
  mode: ApprovalMode.default("first_response"),
});
export type ApprovalStepPolicy = z.infer<typeof ApprovalStepPolicy>;

/**
 * A test on the request. Discount and margin are percentages; value thresholds are named
 * and set per currency in `valueThresholds`, so one rule serves every currency.
 */
export const ApprovalCondition = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("discount_at_least"), percent }),
    z.object({ kind: z.literal("discount_above"), percent }),
    z.object({ kind: z.literal("value_at_least"), threshold: z.string().trim().min(1) }),
    z.object({ kind: z.literal("margin_below"), percent }),
    z.object({ kind: z.literal("non_standard_terms") }),
    z.object({
      kind: z.literal("payment_terms_over"),
      days: z.number().int("must be a whole number of days").min(0, "must be 0 days or more"),
    }),
  ],
  {
    error:
      "must be a condition of kind discount_at_least, discount_above, value_at_least, margin_below, non_standard_terms or payment_terms_over",
  },
);
export type ApprovalCondition = z.infer<typeof ApprovalCondition>;

/** A row of the matrix: when any (or all) of its conditions hold, its steps are required. */
export const ApprovalRule = z.object({
  id: z.string().trim().min(1, "must not be empty"),
  /** Why the steps apply, in words: "Discount of 15% or more". */
  name: z.string().trim().min(1, "must not be empty"),
  match: z.enum(["any", "all"]).default("any"),
  when: z.array(ApprovalCondition).min(1, "a rule needs at least one condition"),
  steps: z.array(z.string().trim().min(1)).min(1, "a rule needs at least one step"),
});
export type ApprovalRule = z.infer<typeof ApprovalRule>;

const minor = z
  .number({ error: "must be a number of minor units (cents)" })
  .int("must be a whole number of minor units (cents)")
  .min(0, "must be 0 or more")
  .max(Number.MAX_SAFE_INTEGER, "is too large");

/** 50,000 and 250,000 in a currency with cents. */
const DEFAULT_THRESHOLDS = { review: 5_000_000, executive: 25_000_000 };

/** The default matrix of DOMAIN.md §5, as steps (in the order they run) and rules. */
const DEFAULT_STEPS: z.input<typeof ApprovalStepPolicy>[] = [
  { id: "sales_manager", name: "Sales manager", approvers: [{ type: "team_manager" }] },
  { id: "leadership", name: "VP / leadership", approvers: [{ type: "role", role: "leadership" }] },
  { id: "legal", name: "Legal", approvers: [{ type: "role", role: "legal" }] },
  { id: "finance", name: "Finance", approvers: [{ type: "role", role: "finance" }] },
];

const DEFAULT_RULES: z.input<typeof ApprovalRule>[] = [
  {
    id: "discount_review",
    name: "Discount of 15% or more",
    when: [{ kind: "discount_at_least", percent: 15 }],
    steps: ["sales_manager"],
  },
  {
    id: "value_review",
    name: "Contract value at or above the review threshold",
    when: [{ kind: "value_at_least", threshold: "review" }],
    steps: ["sales_manager"],
  },
  {
    id: "executive_review",
    name: "Discount above 25% or contract value at or above the executive threshold",
    when: [
      { kind: "discount_above", percent: 25 },
      { kind: "value_at_least", threshold: "executive" },
    ],
    steps: ["sales_manager", "leadership"],
  },
  {
    id: "non_standard_terms",
    name: "Non-standard terms",
    when: [{ kind: "non_standard_terms" }],
    steps: ["legal"],
  },
  {
    id: "extended_payment_terms",
    name: "Payment terms beyond net 30",
    when: [{ kind: "payment_terms_over", days: 30 }],
    steps: ["finance"],
  },
];

const duplicates = (ids: readonly string[]): string[] => [
  ...new Set(ids.filter((id, i) => ids.indexOf(id) !== i)),
];

/** The approval policy (DOMAIN.md §5): the matrix, its thresholds, the SLA and the expiry. */
export const ApprovalsConfig = z
  .object({
    /** Hours a step may wait before it escalates to the approver's manager. */
    escalateAfterHours: z.number().positive("must be more than 0 hours").default(24),
    /** Days a request may stay pending before the crm's job may expire it. */
    expireAfterDays: z.number().positive("must be more than 0 days").default(30),
    /** The steps a rule can require, in the order they run when several apply. */
    steps: z.array(ApprovalStepPolicy).prefault(DEFAULT_STEPS),
    rules: z.array(ApprovalRule).prefault(DEFAULT_RULES),
    /**
     * Contract-value thresholds in minor units, per currency: no exchange rates here, so a
     * request in a currency not listed is refused rather than compared against another's.
     */
    valueThresholds: z.record(Currency, z.record(z.string().trim().min(1), minor)).prefault({
      EUR: DEFAULT_THRESHOLDS,
      USD: DEFAULT_THRESHOLDS,
      GBP: DEFAULT_THRESHOLDS,
      CHF: DEFAULT_THRESHOLDS,
    }),
  })
  .superRefine((config, ctx) => {
    const stepIds = config.steps.map((s) => s.id);
    for (const id of duplicates(stepIds))
      ctx.addIssue({ code: "custom", path: ["steps"], message: `step id '${id}' is used twice` });
    for (const id of duplicates(config.rules.map((r) => r.id)))
      ctx.addIssue({ code: "custom", path: ["rules"], message: `rule id '${id}' is used twice` });
    const currencies = Object.entries(config.valueThresholds);
    config.rules.forEach((rule, r) => {
      rule.steps.forEach((step, s) => {
        if (!stepIds.includes(step))
          ctx.addIssue({
            code: "custom",
            path: ["rules", r, "steps", s],
            message: `unknown step '${step}'; use one of ${stepIds.join(", ") || "(no steps defined)"}`,
          });
      });
      rule.when.forEach((condition, c) => {
        if (condition.kind !== "value_at_least") return;
        const missing = currencies.filter(([, t]) => t[condition.threshold] === undefined);
        if (missing.length > 0 || currencies.length === 0)
          ctx.addIssue({
            code: "custom",
            path: ["rules", r, "when", c, "threshold"],
            message: `threshold '${condition.threshold}' must be set in valueThresholds for every currency${
              missing.length > 0 ? ` (missing for ${missing.map(([cur]) => cur).join(", ")})` : ""
            }`,
          });
      });
    });
  });
export type ApprovalsConfig = z.infer<typeof ApprovalsConfig>;
