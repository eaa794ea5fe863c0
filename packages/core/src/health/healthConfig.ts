import { z } from "zod";
import type { Account } from "../entities/account";
import type { Contact } from "../entities/contact";
import type { Lead } from "../entities/lead";

export const HEALTH_RECORD_KINDS = ["account", "contact", "lead"] as const;
/** The kinds of record whose data health is measured. */
export const HealthRecordKind = z.enum(HEALTH_RECORD_KINDS, {
  error: (issue) =>
    typeof issue.input === "string"
      ? `unknown record kind '${issue.input}'; use one of ${HEALTH_RECORD_KINDS.join(", ")}`
      : `must be a record kind, one of ${HEALTH_RECORD_KINDS.join(", ")}`,
});
export type HealthRecordKind = z.infer<typeof HealthRecordKind>;

const fieldOf = <K extends string>(kind: string, keys: readonly [K, ...K[]]) =>
  z.enum(keys, {
    error: (issue) =>
      typeof issue.input === "string"
        ? `unknown ${kind} field '${issue.input}'; use one of ${keys.join(", ")}`
        : `must name a ${kind} field, one of ${keys.join(", ")}`,
  });

// Only fields a person fills in: ids, timestamps and history are always there or never asked for.
export const ACCOUNT_COMPLETENESS_FIELDS = [
  "name",
  "domain",
  "industry",
  "region",
  "country",
  "sizeBand",
  "parentId",
  "ownerId",
  "teamId",
] as const satisfies readonly (keyof Account)[];
export const CONTACT_COMPLETENESS_FIELDS = [
  "name",
  "accountId",
  "email",
  "phone",
  "title",
  "seniority",
  "department",
  "ownerId",
] as const satisfies readonly (keyof Contact)[];
export const LEAD_COMPLETENESS_FIELDS = [
  "name",
  "email",
  "company",
  "title",
  "seniority",
  "department",
  "industry",
  "region",
  "country",
  "sizeBand",
  "source",
  "campaignId",
  "ownerId",
] as const satisfies readonly (keyof Lead)[];

/** Fields of an account that completeness may ask for. */
export const AccountCompletenessField = fieldOf("account", ACCOUNT_COMPLETENESS_FIELDS);
export type AccountCompletenessField = z.infer<typeof AccountCompletenessField>;
/** Fields of a contact that completeness may ask for. */
export const ContactCompletenessField = fieldOf("contact", CONTACT_COMPLETENESS_FIELDS);
export type ContactCompletenessField = z.infer<typeof ContactCompletenessField>;
/** Fields of a lead that completeness may ask for. */
export const LeadCompletenessField = fieldOf("lead", LEAD_COMPLETENESS_FIELDS);
export type LeadCompletenessField = z.infer<typeof LeadCompletenessField>;

/** The fields a record must have filled in to count as complete, per kind (DOMAIN.md §7). */
export const DEFAULT_COMPLETENESS_FIELDS = {
  account: ["domain", "industry", "country", "sizeBand", "ownerId"],
  contact: ["email", "phone", "title", "accountId", "ownerId"],
  lead: ["email", "company", "title", "country", "ownerId"],
} as const satisfies {
  account: readonly AccountCompletenessField[];
  contact: readonly ContactCompletenessField[];
  lead: readonly LeadCompletenessField[];
};

const fieldList = <S extends z.ZodType<string>>(field: S, defaults: readonly z.output<S>[]) =>
  z
    .array(field)
    .refine((fields) => new Set(fields).size === fields.length, {
      message: "must name each field once",
    })
    .default([...defaults]);

/**
 * Which fields count towards completeness, per record kind. A company's lists replace the
 * defaults kind by kind, so `{ contact: ["email"] }` keeps the account and lead lists.
 * An empty list means every record of that kind is complete.
 */
export const CompletenessFields = z.object({
  account: fieldList(AccountCompletenessField, DEFAULT_COMPLETENESS_FIELDS.account),
  contact: fieldList(ContactCompletenessField, DEFAULT_COMPLETENESS_FIELDS.contact),
  lead: fieldList(LeadCompletenessField, DEFAULT_COMPLETENESS_FIELDS.lead),
});
export type CompletenessFields = z.infer<typeof CompletenessFields>;

/** Settings of data health (DOMAIN.md §7). */
export const HealthConfig = z.object({
  /** An account with no activity for this many days is dead. */
  deadAfterDays: z.number().int().positive("must be more than 0 days").default(90),
  /** A record not touched for this many days is no longer fresh. */
  freshForDays: z.number().int().positive("must be more than 0 days").default(30),
  completenessFields: CompletenessFields.prefault({}),
});
export type HealthConfig = z.infer<typeof HealthConfig>;
