import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Account } from "../entities/account";
import { Id, Instant } from "../entities/common";
import { Contact } from "../entities/contact";
import { FUNNEL_STAGES } from "../entities/lifecycleStage";
import { domainError, err, type Result } from "../result";
import { parseInput } from "../validation";
import type { DuplicatesError } from "./duplicatesError";

/** An account to merge; `updatedAt`, when the store has it, decides which firmographics are newer. */
export const MergeableAccount = Account.extend({ updatedAt: Instant.optional() });
export type MergeableAccount = z.infer<typeof MergeableAccount>;
/** A contact to merge; `updatedAt`, when the store has it, decides which job details are newer. */
export const MergeableContact = Contact.extend({ updatedAt: Instant.optional() });
export type MergeableContact = z.infer<typeof MergeableContact>;

/**
 * The records that may point at the duplicate, by id: activities, deals, contacts and (for
 * accounts) child accounts. Records that point elsewhere are left out of the plan.
 */
export const MergeReferences = z.object({
  activities: z
    .array(z.object({ id: Id, accountId: Id.nullish(), contactId: Id.nullish() }))
    .default([]),
  deals: z
    .array(z.object({ id: Id, accountId: Id.nullish(), contactIds: z.array(Id).default([]) }))
    .default([]),
  contacts: z.array(z.object({ id: Id, accountId: Id.nullish() })).default([]),
  accounts: z.array(z.object({ id: Id, parentId: Id.nullish() })).default([]),
});
export type MergeReferences = z.input<typeof MergeReferences>;

/** What `planMerge` is asked: which record survives, which is folded into it, and what refers to it. */
export const MergeRequest = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("account"),
    survivor: MergeableAccount,
    duplicate: MergeableAccount,
    references: MergeReferences.prefault({}),
  }),
  z.object({
    kind: z.literal("contact"),
    survivor: MergeableContact,
    duplicate: MergeableContact,
    references: MergeReferences.prefault({}),
  }),
]);
export type MergeRequest = z.input<typeof MergeRequest>;

export const MERGE_RULES = [
  "survivor_id",
  "more_specific",
  "survivor_unless_empty",
  "more_recent",
  "further_stage",
  "ownership",
  "union",
  "earliest",
] as const;
/** How a field's merged value was chosen (see `planMerge`). */
export const MergeRule = z.enum(MERGE_RULES);
export type MergeRule = z.infer<typeof MergeRule>;

export const MERGE_SOURCES = ["survivor", "duplicate", "both", "combined", "neither"] as const;

/** The merged value of one field and where it came from. */
export const MergeFieldDecision = z.object({
  field: z.string(),
  rule: MergeRule,
  source: z.enum(MERGE_SOURCES),
  value: z.unknown(),
});
export type MergeFieldDecision = z.infer<typeof MergeFieldDecision>;

/** Two different values for one field: the one kept and the one set aside, for a person to confirm. */
export const MergeConflict = z.object({
  field: z.string(),
  rule: MergeRule,
  kept: z.unknown(),
  setAside: z.unknown(),
  detail: z.string(),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

/** A record that must point at the survivor instead of the duplicate after the merge. */
export const MergeRepoint = z.object({
  entity: z.enum(["activity", "deal", "contact", "account"]),
  id: Id,
  field: z.enum(["accountId", "contactId", "contactIds", "parentId"]),
  from: Id,
  to: Id,
});
export type MergeRepoint = z.infer<typeof MergeRepoint>;

const planShape = {
  survivorId: Id,
  duplicateId: Id,
  fields: z.array(MergeFieldDecision),
  conflicts: z.array(MergeConflict),
  repoints: z.array(MergeRepoint),
};
/** The merge of two records, to show a person before anything is written: nothing is lost silently. */
export const MergePlan = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("account"), merged: Account, ...planShape }),
  z.object({ kind: z.literal("contact"), merged: Contact, ...planShape }),
]);
export type MergePlan = z.infer<typeof MergePlan>;

type Row = Record<string, unknown> & {
  readonly id: string;
  readonly createdAt: Date;
  readonly updatedAt?: Date;
};
type FieldRule = readonly [field: string, rule: MergeRule];

const ACCOUNT_FIELDS: readonly FieldRule[] = [
  ["id", "survivor_id"],
  ["name", "more_specific"],
  ["domain", "survivor_unless_empty"],
  ["parentId", "survivor_unless_empty"],
  ["industry", "more_recent"],
  ["region", "more_recent"],
  ["country", "more_recent"],
  ["sizeBand", "more_recent"],
  ["lifecycleStage", "further_stage"],
  // The union first: ownership then adds the owner who does not keep the record.
  ["previousOwnerIds", "union"],
  ["ownerId", "ownership"],
  ["createdAt", "earliest"],
];
const CONTACT_FIELDS: readonly FieldRule[] = [
  ["id", "survivor_id"],
  ["name", "more_specific"],
  ["email", "survivor_unless_empty"],
  ["phone", "survivor_unless_empty"],
  ["accountId", "survivor_unless_empty"],
  ["title", "more_recent"],
  ["seniority", "more_recent"],
  ["department", "more_recent"],
  ["lifecycleStage", "further_stage"],
  // The union first: ownership then adds the owner who does not keep the record.
  ["previousOwnerIds", "union"],
  ["ownerId", "ownership"],
  ["createdAt", "earliest"],
];

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === "" ||
  (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
const show = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : `'${String(value)}'`;
const stageRank = (stage: unknown): number => (FUNNEL_STAGES as readonly unknown[]).indexOf(stage);
const lastTouched = (row: Row): number => (row.updatedAt ?? row.createdAt).getTime();

type Decided = { value: unknown; source: MergeFieldDecision["source"]; why?: string };

/** The value of one field by its rule, when both records have a different non-empty value. */
const chooseBetween = (rule: MergeRule, field: string, s: Row, d: Row): Decided => {
  const sv = s[field];
  const dv = d[field];
  switch (rule) {
    case "more_specific": {
      const longer = String(dv).trim().length > String(sv).trim().length;
      return longer
        ? { value: dv, source: "duplicate", why: "the longer, more specific value was kept" }
        : { value: sv, source: "survivor", why: "the survivor's value is at least as specific" };
    }
    case "more_recent":
      return lastTouched(d) > lastTouched(s)
        ? { value: dv, source: "duplicate", why: "the duplicate was updated more recently" }
        : { value: sv, source: "survivor", why: "the survivor was updated at least as recently" };
    case "further_stage":
      return stageRank(dv) > stageRank(sv) && stageRank(sv) >= 0
        ? { value: dv, source: "duplicate", why: "the duplicate is further along the funnel" }
        : {
            value: sv,
            source: "survivor",
            why:
              stageRank(sv) >= 0 && stageRank(dv) >= 0
                ? "the survivor is at least as far along the funnel"
                : "a stage off the funnel's forward path is not ranked, so the survivor's stands",
          };
    default:
      return { value: sv, source: "survivor", why: "the survivor's value wins when both have one" };
  }
};

/** Merges the two rows field by field; every value not kept becomes a conflict. */
const mergeRows = (fields: readonly FieldRule[], s: Row, d: Row) => {
  const merged: Record<string, unknown> = { ...s };
  delete merged.updatedAt;
  const decisions: MergeFieldDecision[] = [];
  const conflicts: MergeConflict[] = [];
  const selfIds = new Set([s.id, d.id]);
  for (const [field, rule] of fields) {
    let sv = s[field];
    let dv = d[field];
    if (field === "parentId") {
      // A parent that is one of the two records would make the merged account its own parent.
      for (const [value, whose] of [
        [sv, "survivor"],
        [dv, "duplicate"],
      ] as const)
        if (typeof value === "string" && selfIds.has(value))
          conflicts.push({
            field,
            rule,
            kept: null,
            setAside: value,
            detail: `The ${whose}'s parent ${show(value)} is one of the merged records, so it cannot stay the parent.`,
          });
      if (typeof sv === "string" && selfIds.has(sv)) sv = null;
      if (typeof dv === "string" && selfIds.has(dv)) dv = null;
    }
    if (rule === "survivor_id") {
      decisions.push({ field, rule, source: "survivor", value: sv });
      continue;
    }
    if (rule === "union") {
      const union = [
        ...new Set([...(Array.isArray(sv) ? sv : []), ...(Array.isArray(dv) ? dv : [])]),
      ];
      merged[field] = union;
      decisions.push({ field, rule, source: "combined", value: union });
      continue;
    }
    if (rule === "earliest") {
      const sTime = s.createdAt.getTime();
      const dTime = d.createdAt.getTime();
      const value = dTime < sTime ? d.createdAt : s.createdAt;
      merged[field] = value;
      decisions.push({
        field,
        rule,
        source: sTime === dTime ? "both" : dTime < sTime ? "duplicate" : "survivor",
        value,
      });
      continue;
    }
    if (rule === "ownership") {
      const ownerFrom = !isEmpty(sv) || isEmpty(dv) ? s : d;
      const other = ownerFrom === s ? d : s;
      for (const part of ["ownerId", "ownerQueue", "teamId"])
        if (part in s || part in d) merged[part] = ownerFrom[part] ?? null;
      const source =
        isEmpty(sv) && isEmpty(dv)
          ? "survivor"
          : ownerFrom === s
            ? same(sv, dv)
              ? "both"
              : "survivor"
            : "duplicate";
      decisions.push({ field, rule, source, value: ownerFrom.ownerId ?? null });
      const otherOwner = other.ownerId;
      if (typeof otherOwner === "string" && otherOwner !== ownerFrom.ownerId) {
        conflicts.push({
          field,
          rule,
          kept: ownerFrom.ownerId,
          setAside: otherOwner,
          detail: `Both records have an owner; ${show(ownerFrom.ownerId)} keeps it and ${show(otherOwner)} becomes a previous owner, keeping read access.`,
        });
        const previous = Array.isArray(merged.previousOwnerIds) ? merged.previousOwnerIds : [];
        if (!previous.includes(otherOwner)) merged.previousOwnerIds = [...previous, otherOwner];
      }
      continue;
    }
    if (isEmpty(sv) && isEmpty(dv)) {
      merged[field] = sv;
      decisions.push({ field, rule, source: "neither", value: sv ?? null });
      continue;
    }
    if (isEmpty(dv) || same(sv, dv)) {
      merged[field] = sv;
      decisions.push({ field, rule, source: same(sv, dv) ? "both" : "survivor", value: sv });
      continue;
    }
    if (isEmpty(sv)) {
      merged[field] = dv;
      decisions.push({ field, rule, source: "duplicate", value: dv });
      continue;
    }
    const chosen = chooseBetween(rule, field, s, d);
    merged[field] = chosen.value;
    decisions.push({ field, rule, source: chosen.source, value: chosen.value });
    conflicts.push({
      field,
      rule,
      kept: chosen.value,
      setAside: chosen.source === "survivor" ? dv : sv,
      detail: `${field}: ${show(sv)} (survivor) and ${show(dv)} (duplicate) differ; ${chosen.why}.`,
    });
  }
  // The merged owner is the owner now, not a previous one.
  if (Array.isArray(merged.previousOwnerIds))
    merged.previousOwnerIds = merged.previousOwnerIds.filter((id) => id !== merged.ownerId);
  return { merged, decisions, conflicts };
};

type References = z.output<typeof MergeReferences>;

const repointsFor = (
  kind: "account" | "contact",
  from: string,
  to: string,
  refs: References,
): MergeRepoint[] => {
  const moves: MergeRepoint[] = [];
  const move = (entity: MergeRepoint["entity"], id: string, field: MergeRepoint["field"]) =>
    moves.push({ entity, id, field, from, to });
  if (kind === "account") {
    for (const a of refs.activities) if (a.accountId === from) move("activity", a.id, "accountId");
    for (const d of refs.deals) if (d.accountId === from) move("deal", d.id, "accountId");
    for (const c of refs.contacts) if (c.accountId === from) move("contact", c.id, "accountId");
    // The survivor's own parent link is settled by the field rules, not re-pointed to itself.
    for (const a of refs.accounts)
      if (a.parentId === from && a.id !== to) move("account", a.id, "parentId");
  } else {
    for (const a of refs.activities) if (a.contactId === from) move("activity", a.id, "contactId");
    for (const d of refs.deals) if (d.contactIds.includes(from)) move("deal", d.id, "contactIds");
  }
  return moves;
};

/**
 * Plans folding `duplicate` into `survivor` without writing anything, so a person can review
 * it: the merged record, how each field was chosen, every value set aside (a conflict, never
 * a silent loss) and every activity, deal, contact or child account to re-point.
 * Field rules — empty never beats a value; when both differ:
 * `name` the longer (more specific); `domain`, `email`, `phone`, `parentId`, `accountId` the
 * survivor's; firmographics and job details (`industry`, `region`, `country`, `sizeBand`,
 * `title`, `seniority`, `department`) from the record updated more recently (`updatedAt`, else
 * `createdAt`; ties keep the survivor's); `lifecycleStage` the further along the funnel;
 * ownership (owner, queue, team) the survivor's when it has an owner, the other owner becoming
 * a previous owner; `previousOwnerIds` the union; `createdAt` the earliest.
 *
 * @example
 * planMerge({ kind: "account", survivor: acme, duplicate: acmeInc, references: { deals } }, defaultConfig())
 * // ok({ kind: "account", merged: { id: acme.id, … }, conflicts: [...], repoints: [{ entity: "deal", … }] })
 */
export const planMerge = (
  request: MergeRequest,
  config: Config,
): Result<MergePlan, DuplicatesError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const input = parseInput(MergeRequest, request, "merge request");
  if (!input.ok) return input;
  const { kind, survivor, duplicate, references } = input.value;
  if (survivor.id === duplicate.id)
    return err(
      domainError(
        "same_record",
        `The survivor and the duplicate are the same ${kind} '${survivor.id}'; choose two different records.`,
      ),
    );
  const fields = kind === "account" ? ACCOUNT_FIELDS : CONTACT_FIELDS;
  const { merged, decisions, conflicts } = mergeRows(fields, survivor, duplicate);
  const plan = parseInput(
    MergePlan,
    {
      kind,
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      merged,
      fields: decisions,
      conflicts,
      repoints: repointsFor(kind, duplicate.id, survivor.id, references),
    },
    "merge plan",
  );
  return plan;
};
