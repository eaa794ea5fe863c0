import { match } from "ts-pattern";
import { z } from "zod";
import type { Lead } from "../entities/lead";
import type { LifecycleStage } from "../entities/lifecycleStage";
import type { Role } from "../entities/role";
import type { User } from "../entities/user";
import { type DomainError, domainError } from "../result";
import type { QualificationKind } from "./qualificationDecision";

/**
 * The stages each decision may start from. Every decision moves a lead forward
 * or off the path (disqualified); only a recycle hands it back, and only from
 * the stages where sales has it (mql, sql). Leads at opportunity or later are
 * governed by their deals (close lost), not by qualification.
 *
 * @example QUALIFICATION_FROM_STAGES.recycled // ["mql", "sql"]
 */
export const QUALIFICATION_FROM_STAGES = {
  mql: ["subscriber", "lead", "recycled"],
  sql_accepted: ["mql"],
  recycled: ["mql", "sql"],
  disqualified: ["subscriber", "lead", "mql", "sql", "recycled"],
} as const satisfies Record<QualificationKind, readonly LifecycleStage[]>;

/**
 * The stage each decision moves a lead to.
 *
 * @example QUALIFICATION_TARGET_STAGE.sql_accepted // "sql"
 */
export const QUALIFICATION_TARGET_STAGE = {
  mql: "mql",
  sql_accepted: "sql",
  recycled: "recycled",
  disqualified: "disqualified",
} as const satisfies Record<QualificationKind, LifecycleStage>;

/** A free-text note: blank means none. */
export const DecisionNote = z
  .string()
  .trim()
  .max(2000, "must be at most 2,000 characters")
  .optional()
  .transform((note) => (note ? note : undefined));

/** What the decision does, said of `what`: "accept lead 'Pat' as sales-qualified". */
const doing = (kind: QualificationKind, what: string): string =>
  match(kind)
    .with("mql", () => `mark ${what} as marketing-qualified`)
    .with("sql_accepted", () => `accept ${what} as sales-qualified`)
    .with("recycled", () => `recycle ${what}`)
    .with("disqualified", () => `disqualify ${what}`)
    .exhaustive();

/** Lists names for a sentence: "a, b or c". */
export const listOf = (items: readonly string[], last = "or"): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

/** The `invalid_transition` error for a decision that makes no sense at the lead's stage. */
export const invalidTransition = (
  kind: QualificationKind,
  lead: Pick<Lead, "id" | "name" | "lifecycleStage">,
  allowed: readonly LifecycleStage[],
  hint = "",
): DomainError<"invalid_transition"> =>
  domainError(
    "invalid_transition",
    `Cannot ${doing(kind, `lead '${lead.name}'`)}: it is at stage '${lead.lifecycleStage}', and only leads at ${listOf(allowed)} can be.${hint}`,
    { details: { leadId: lead.id, from: lead.lifecycleStage, allowedFrom: allowed } },
  );

/**
 * Refuses an inactive user or one without any of `roles`; a decision is taken
 * by a person allowed to take it.
 */
export const checkDecider = (
  kind: QualificationKind,
  actor: Pick<User, "id" | "name" | "roles" | "active">,
  roles: readonly Role[],
): DomainError<"actor_inactive" | "not_allowed"> | null => {
  if (!actor.active)
    return domainError(
      "actor_inactive",
      `${actor.name} is no longer active and cannot ${doing(kind, "leads")}; ask an active colleague.`,
      { details: { userId: actor.id } },
    );
  if (!actor.roles.some((role) => roles.includes(role)))
    return domainError(
      "not_allowed",
      `Only a user with the role ${listOf(roles)} can ${doing(kind, "a lead")}; ${actor.name} is ${listOf(actor.roles, "and")}.`,
      { details: { userId: actor.id, roles: actor.roles, allowedRoles: roles } },
    );
  return null;
};

/** The `unknown_reason` error naming the valid codes. */
export const unknownReason = (
  kind: "recycled" | "disqualified",
  code: string,
  valid: readonly string[],
): DomainError<"unknown_reason"> =>
  domainError(
    "unknown_reason",
    `Unknown ${kind === "recycled" ? "recycle" : "disqualify"} reason '${code}'; use one of ${valid.join(", ")}.`,
    { path: ["reasonCode"], details: { reasonCode: code, validCodes: valid } },
  );
