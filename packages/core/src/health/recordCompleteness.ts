import type { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Account } from "../entities/account";
import { Contact } from "../entities/contact";
import { Lead } from "../entities/lead";
import { ok, type Result } from "../result";
import { type InvalidInput, parseInput } from "../validation";
import { type CompletenessFields, HealthRecordKind } from "./healthConfig";

/** How complete one record is: each configured field, present or missing, and the share present. */
export type RecordCompleteness = {
  readonly kind: HealthRecordKind;
  readonly recordId: string;
  /** The configured fields in configured order, each with whether it is filled in. */
  readonly fields: readonly { readonly field: string; readonly present: boolean }[];
  readonly missing: readonly string[];
  /** Present ÷ configured, in [0, 1]; 1 when no field is configured for the kind. */
  readonly score: number;
  /** True when no configured field is missing. */
  readonly complete: boolean;
};

/** A record of one of the kinds health measures, as its entity schema gives it. */
export type HealthRecord = Account | Contact | Lead;

const ENTITY_SCHEMAS = { account: Account, contact: Contact, lead: Lead } as const satisfies Record<
  HealthRecordKind,
  z.ZodType
>;

// Blank text or an empty list says no more than a missing value: "" is not an email address.
const isFilledIn = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  !(typeof value === "string" && value.trim() === "") &&
  !(Array.isArray(value) && value.length === 0);

/** Completeness of an already-checked record against already-checked field lists. */
export const completenessOf = (
  record: HealthRecord,
  kind: HealthRecordKind,
  fieldsByKind: CompletenessFields,
): RecordCompleteness => {
  const values: Readonly<Record<string, unknown>> = record;
  const fields = fieldsByKind[kind].map((field) => ({ field, present: isFilledIn(values[field]) }));
  const missing = fields.filter((f) => !f.present).map((f) => f.field);
  return {
    kind,
    recordId: record.id,
    fields,
    missing,
    score: fields.length === 0 ? 1 : (fields.length - missing.length) / fields.length,
    complete: missing.length === 0,
  };
};

/**
 * How complete an account, contact or lead is: which of the fields the company counts for
 * that kind (`config.health.completenessFields`; by default an account needs domain,
 * industry, country, size band and owner) are filled in, which are missing, and the share
 * present — so a rep sees exactly what to add.
 *
 * @example
 * recordCompleteness(anAccount({ domain: "acme.com", industry: "software", country: "DE" }),
 *   "account", defaultConfig())
 * // ok({ kind: "account", score: 0.6, complete: false, missing: ["sizeBand", "ownerId"], … })
 */
export const recordCompleteness = (
  record: HealthRecord,
  kind: HealthRecordKind,
  config: Config,
): Result<RecordCompleteness, InvalidInput> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const parsedKind = parseInput(HealthRecordKind, kind, "record kind");
  if (!parsedKind.ok) return parsedKind;
  const parsed = parseInput(ENTITY_SCHEMAS[parsedKind.value], record, parsedKind.value);
  if (!parsed.ok) return parsed;
  return ok(
    completenessOf(parsed.value, parsedKind.value, company.value.health.completenessFields),
  );
};
