import type { Condition, TerritoryField } from "./assignmentConfig";
import type { RoutableRecord } from "./routableRecord";

/** Whether a condition holds for a record, and the reason in words a sales-ops admin can check. */
export type ConditionVerdict = { readonly matches: boolean; readonly reason: string };

const FIELD_LABELS: Readonly<Record<TerritoryField, string>> = {
  industry: "industry",
  region: "region",
  country: "country",
  sizeBand: "size band",
};

// Data arrives typed by hand and imported from spreadsheets: " DE" and "de" are the same country.
const normalise = (value: string): string => value.trim().toLowerCase();

const normaliseDomain = (value: string): string => normalise(value).replace(/^www\./, "");

const recorded = (value: string | null | undefined): string | undefined =>
  value === null || value === undefined || value.trim() === "" ? undefined : value.trim();

const list = (values: readonly string[]): string => values.map((v) => v.trim()).join(", ");

const explainField = (
  field: TerritoryField,
  values: readonly string[],
  mode: "in" | "notIn",
  record: RoutableRecord,
): ConditionVerdict => {
  const label = FIELD_LABELS[field];
  const value = recorded(record[field]);
  // An unknown value is neither inside nor outside a list: we cannot route on what we do not know.
  if (value === undefined) return { matches: false, reason: `${label} is not recorded` };
  const listed = values.some((v) => normalise(v) === normalise(value));
  if (mode === "in") {
    return listed
      ? { matches: true, reason: `${label} is '${value}' (one of ${list(values)})` }
      : { matches: false, reason: `${label} is '${value}', not one of ${list(values)}` };
  }
  return listed
    ? { matches: false, reason: `${label} is '${value}', which is excluded (${list(values)})` }
    : { matches: true, reason: `${label} is '${value}' (none of ${list(values)})` };
};

const explainNamedAccounts = (
  namedAccounts: readonly string[],
  record: RoutableRecord,
): ConditionVerdict => {
  const id = recorded(record.id);
  const domain = recorded(record.domain);
  if (id === undefined && domain === undefined) {
    return {
      matches: false,
      reason: "the record has no id or domain to compare with the named accounts",
    };
  }
  const byId =
    id === undefined ? undefined : namedAccounts.find((n) => normalise(n) === normalise(id));
  if (byId !== undefined) return { matches: true, reason: `'${id}' is a named account` };
  const byDomain =
    domain === undefined
      ? undefined
      : namedAccounts.find((n) => normaliseDomain(n) === normaliseDomain(domain));
  if (byDomain !== undefined) return { matches: true, reason: `'${domain}' is a named account` };
  const who = [id, domain].filter((v) => v !== undefined).join(" / ");
  return {
    matches: false,
    reason: `'${who}' is not among the ${namedAccounts.length} named accounts`,
  };
};

/**
 * Evaluates a routing condition against a record and says why it holds or not, so the
 * assignment explanation can show an admin exactly which field sent a record where.
 * Text compares trimmed and case-insensitively; a field that is not recorded matches
 * neither `in` nor `notIn`.
 *
 * @example
 * explainCondition({ field: "country", in: ["DE", "AT"] }, { country: "fr" })
 * // { matches: false, reason: "country is 'fr', not one of DE, AT" }
 */
export const explainCondition = (
  condition: Condition,
  record: RoutableRecord,
): ConditionVerdict => {
  if ("all" in condition) {
    const verdicts: ConditionVerdict[] = [];
    for (const part of condition.all) {
      const verdict = explainCondition(part, record);
      // AND: the first part that fails is the whole reason.
      if (!verdict.matches) return verdict;
      verdicts.push(verdict);
    }
    return { matches: true, reason: verdicts.map((v) => v.reason).join(" and ") };
  }
  if ("any" in condition) {
    const verdicts: ConditionVerdict[] = [];
    for (const part of condition.any) {
      const verdict = explainCondition(part, record);
      // OR: the first part that holds is the whole reason.
      if (verdict.matches) return verdict;
      verdicts.push(verdict);
    }
    return { matches: false, reason: verdicts.map((v) => v.reason).join(" and ") };
  }
  if ("namedAccounts" in condition) return explainNamedAccounts(condition.namedAccounts, record);
  if ("in" in condition) return explainField(condition.field, condition.in, "in", record);
  return explainField(condition.field, condition.notIn, "notIn", record);
};

/**
 * True when a record falls inside a routing condition (territory fields, named accounts,
 * nested AND/OR); the yes/no of `explainCondition`.
 *
 * @example
 * matchesCondition(
 *   { all: [{ field: "country", in: ["DE"] }, { field: "sizeBand", notIn: ["1-10"] }] },
 *   { country: "de", sizeBand: "51-200" },
 * ) // true
 */
export const matchesCondition = (condition: Condition, record: RoutableRecord): boolean =>
  explainCondition(condition, record).matches;
