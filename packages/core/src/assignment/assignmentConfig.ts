import { z } from "zod";
import { Id } from "../entities/common";

export const TERRITORY_FIELDS = ["industry", "region", "country", "sizeBand"] as const;
export const TerritoryField = z.enum(TERRITORY_FIELDS);
export type TerritoryField = z.infer<typeof TerritoryField>;

/** A filter over territory fields, combinable with AND (`all`) / OR (`any`). */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly field: TerritoryField; readonly in: readonly string[] }
  | { readonly field: TerritoryField; readonly notIn: readonly string[] }
  /** Named accounts: matches by account id or domain. */
  | { readonly namedAccounts: readonly string[] };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ field: TerritoryField, in: z.array(z.string()).min(1) }).strict(),
    z.object({ field: TerritoryField, notIn: z.array(z.string()).min(1) }).strict(),
    z.object({ namedAccounts: z.array(z.string().min(1)).min(1) }).strict(),
  ]),
);

/** Who a matching rule routes to. */
export const AssignmentTarget = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user"), userId: Id }),
  /** Rotate evenly over the listed users, or over the active members of a team. */
  z.object({
    type: z.literal("round_robin"),
    userIds: z.array(Id).min(1).optional(),
    teamId: Id.optional(),
  }),
  /** Share out in proportion to each user's weight (capacity). */
  z.object({
    type: z.literal("weighted"),
    weights: z.record(Id, z.number().positive("weights must be more than 0")),
  }),
]);
export type AssignmentTarget = z.infer<typeof AssignmentTarget>;

export const AssignmentRule = z.object({
  id: Id,
  name: z.string().min(1),
  /** Omitted: matches everything (a catch-all rule). */
  when: Condition.optional(),
  target: AssignmentTarget,
});
export type AssignmentRule = z.infer<typeof AssignmentRule>;

export const AssignmentConfig = z.object({
  /** Evaluated in order; the first rule that matches and has an available user wins. */
  rules: z.array(AssignmentRule).default([]),
  /** Where a record waits when no rule can place it with an available person. */
  fallbackQueue: z.string().min(1).default("unassigned"),
});
export type AssignmentConfig = z.infer<typeof AssignmentConfig>;
