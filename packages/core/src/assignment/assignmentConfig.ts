import { z } from "zod";
import { Id } from "../entities/common";
import { SIZE_BANDS } from "../entities/firmographics";
import { TeamFunction } from "../entities/role";

export const TERRITORY_FIELDS = ["industry", "region", "country", "sizeBand"] as const;
export const TerritoryField = z.enum(TERRITORY_FIELDS, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown territory field '${issue.input}'; use one of ${TERRITORY_FIELDS.join(", ")}`
      : `must name a territory field, one of ${TERRITORY_FIELDS.join(", ")}`,
});
export type TerritoryField = z.infer<typeof TerritoryField>;

/** A filter over territory fields, combinable with AND (`all`) / OR (`any`). */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly field: TerritoryField; readonly in: readonly string[] }
  | { readonly field: TerritoryField; readonly notIn: readonly string[] }
  /** Named accounts: matches by account id or domain. */
  | { readonly namedAccounts: readonly string[] };

const SIZE_BAND_KEYS: readonly string[] = SIZE_BANDS.map((band) => band.toLowerCase());

/**
 * Finds values a record can never carry, which would otherwise make a rule silently never
 * match: a size band that is not one of ours, or a country that is not a two-letter code.
 */
const impossibleFieldValues = (
  field: TerritoryField,
  values: readonly string[],
  key: "in" | "notIn",
): { path: (string | number)[]; message: string }[] =>
  values.flatMap((value, index) => {
    const normalised = value.trim().toLowerCase();
    if (field === "sizeBand" && !SIZE_BAND_KEYS.includes(normalised)) {
      const message = `'${value}' is not a size band; use one of ${SIZE_BANDS.join(", ")}`;
      return [{ path: [key, index], message }];
    }
    if (field === "country" && !/^[a-z]{2}$/.test(normalised)) {
      const message = `'${value}' is not a two-letter ISO country code such as 'DE'`;
      return [{ path: [key, index], message }];
    }
    return [];
  });

/** The values a condition compares with: at least one, none blank. */
const ConditionValues = z
  .array(z.string({ error: "must be text" }).trim().min(1, "must not be blank"))
  .min(1, "must list at least one value");

const InCondition = z
  .object({ field: TerritoryField, in: ConditionValues })
  .strict()
  .superRefine((c, ctx) => {
    for (const issue of impossibleFieldValues(c.field, c.in, "in")) {
      ctx.addIssue({ code: "custom", ...issue });
    }
  });

const NotInCondition = z
  .object({ field: TerritoryField, notIn: ConditionValues })
  .strict()
  .superRefine((c, ctx) => {
    for (const issue of impossibleFieldValues(c.field, c.notIn, "notIn")) {
      ctx.addIssue({ code: "custom", ...issue });
    }
  });

const CONDITION_SHAPES =
  "{ field, in: [...] }, { field, notIn: [...] }, { all: [...] }, { any: [...] } or { namedAccounts: [...] }";

/**
 * Says why a value fits no kind of condition. Only reached when every kind refused it at
 * its first check; a condition of a recognisable kind reports that kind's own problem.
 */
const badConditionMessage = (input: unknown): string => {
  const field =
    typeof input === "object" && input !== null ? Reflect.get(input, "field") : undefined;
  if (typeof field === "string" && !(TERRITORY_FIELDS as readonly string[]).includes(field)) {
    return `unknown territory field '${field}'; use one of ${TERRITORY_FIELDS.join(", ")}`;
  }
  return `must be a condition: ${CONDITION_SHAPES}`;
};

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.object({ all: z.array(Condition).min(1, "must list at least one condition") }).strict(),
      z.object({ any: z.array(Condition).min(1, "must list at least one condition") }).strict(),
      InCondition,
      NotInCondition,
      z
        .object({
          namedAccounts: z
            .array(z.string({ error: "must be text" }).trim().min(1, "must not be blank"))
            .min(1, "must list at least one account id or domain"),
        })
        .strict(),
    ],
    {
      error: (issue) =>
        issue.code === "invalid_union" ? badConditionMessage(issue.input) : undefined,
    },
  ),
);

/** Who a matching rule routes to. */
const TARGET_TYPES = ["user", "round_robin", "weighted"] as const;

export const AssignmentTarget = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("user"), userId: Id }),
    /** Rotate evenly over the listed users and/or the members of a team. */
    z
      .object({
        type: z.literal("round_robin"),
        userIds: z.array(Id).min(1, "must list at least one user").optional(),
        teamId: Id.optional(),
      })
      .refine((t) => t.userIds !== undefined || t.teamId !== undefined, {
        message: "a round-robin target needs userIds, a teamId, or both",
      }),
    /**
     * Share out in proportion to each user's weight (capacity). Whole numbers keep the
     * rotation exact: after every Σweights assignments each user has had exactly their weight.
     */
    z.object({
      type: z.literal("weighted"),
      weights: z
        .record(
          Id,
          z
            .number({ error: "must be a whole number such as 1 or 3" })
            .int("must be a whole number")
            .positive("must be more than 0"),
        )
        .refine((w) => Object.keys(w).length > 0, { message: "must weight at least one user" }),
    }),
  ],
  {
    error: (issue) => {
      if (issue.code !== "invalid_union") return undefined;
      const type =
        typeof issue.input === "object" && issue.input !== null
          ? Reflect.get(issue.input, "type")
          : undefined;
      return typeof type === "string"
        ? `unknown target type '${type}'; use one of ${TARGET_TYPES.join(", ")}`
        : `must say its type, one of ${TARGET_TYPES.join(", ")}`;
    },
  },
);
export type AssignmentTarget = z.infer<typeof AssignmentTarget>;

export const AssignmentRule = z.object({
  id: Id,
  name: z.string({ error: "must name the rule" }).min(1, "must name the rule"),
  /** Omitted: matches everything (a catch-all rule). */
  when: Condition.optional(),
  target: AssignmentTarget,
  /** Omitted: used for every assignment. Set: used only when routing to that team (a hand-off). */
  forTeam: TeamFunction.optional(),
});
export type AssignmentRule = z.infer<typeof AssignmentRule>;

export const AssignmentConfig = z
  .object({
    /** Evaluated in order; the first rule that matches and has an available user wins. */
    rules: z.array(AssignmentRule).default([]),
    /** Where a record waits when no rule can place it with an available person. */
    fallbackQueue: z
      .string({ error: "must name a queue, such as 'unassigned'" })
      .trim()
      .min(1, "must name a queue, such as 'unassigned'")
      .default("unassigned"),
    /** A team's own waiting queue, used instead of `fallbackQueue` when routing to that team. */
    fallbackQueues: z
      .partialRecord(
        TeamFunction,
        z
          .string({ error: "must name a queue, such as 'sales-inbox'" })
          .trim()
          .min(1, "must name a queue, such as 'sales-inbox'"),
      )
      .default({}),
  })
  .superRefine((config, ctx) => {
    // Rotation state is kept per rule id, so two rules sharing an id would share a rotation.
    const seen = new Set<string>();
    config.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", index, "id"],
          message: `rule id '${rule.id}' is used twice; give each rule its own id`,
        });
      }
      seen.add(rule.id);
    });
  });
export type AssignmentConfig = z.infer<typeof AssignmentConfig>;
