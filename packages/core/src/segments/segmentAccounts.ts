import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Account } from "../entities/account";
import { type DomainError, domainError, err, ok, type Result } from "../result";
import { RfmScore } from "../scoring/rfmScores";
import { type InvalidInput, parseInput } from "../validation";
import {
  type SegmentDefinition,
  type SegmentDefinitionInput,
  SegmentDefinitions,
  type SegmentField,
  type SegmentFilter,
  usesRfm,
} from "./segmentDefinition";

/** An account to segment, with the numbers metric filters read (e.g. `{ revenue: 1_200_000 }`). */
export const SegmentAccount = Account.extend({
  metrics: z.record(z.string(), z.number().finite("must be a finite number")).default({}),
});
export type SegmentAccount = z.infer<typeof SegmentAccount>;
export type SegmentAccountInput = z.input<typeof SegmentAccount>;

/** What else segmentation may read: RFM scores (from `rfmScores`) for `rfmSegment` filters. */
export const SegmentOptions = z.object({
  rfm: z.array(RfmScore.pick({ accountId: true, segment: true })).optional(),
});
export type SegmentOptions = z.input<typeof SegmentOptions>;

export const SEGMENT_ERROR_CODES = [
  "invalid_input",
  "duplicate_account",
  "rfm_scores_required",
] as const;
export type SegmentErrorCode = (typeof SEGMENT_ERROR_CODES)[number];
/** A refusal from segmentation: a schema failure, or one of the domain reasons above. */
export type SegmentError = InvalidInput | DomainError<Exclude<SegmentErrorCode, "invalid_input">>;

/** An account in a segment and the conditions that put it there. */
export type SegmentMember = {
  readonly accountId: string;
  readonly name: string;
  readonly reasons: readonly string[];
};

/** One segment's members, by account id. */
export type SegmentMembership = {
  readonly segment: string;
  readonly description: string | null;
  readonly memberCount: number;
  readonly members: readonly SegmentMember[];
};

type Verdict = { readonly matches: boolean; readonly reasons: readonly string[] };

const LABELS: Readonly<Record<SegmentField, string>> = {
  industry: "industry",
  region: "region",
  country: "country",
  sizeBand: "size band",
  lifecycleStage: "lifecycle stage",
  ownerTeam: "owner team",
  rfmSegment: "RFM segment",
};

const normalise = (value: string): string => value.trim().toLowerCase();

const fieldValue = (
  field: SegmentField,
  account: SegmentAccount,
  rfm: ReadonlyMap<string, string>,
): string | undefined => {
  const value =
    field === "ownerTeam"
      ? account.teamId
      : field === "rfmSegment"
        ? rfm.get(account.id)
        : account[field];
  return value === null || value === undefined || value.trim() === "" ? undefined : value.trim();
};

const explain = (
  filter: SegmentFilter,
  account: SegmentAccount,
  rfm: ReadonlyMap<string, string>,
): Verdict => {
  if ("all" in filter) {
    const reasons: string[] = [];
    for (const part of filter.all) {
      const verdict = explain(part, account, rfm);
      if (!verdict.matches) return verdict;
      reasons.push(...verdict.reasons);
    }
    return { matches: true, reasons };
  }
  if ("any" in filter) {
    const reasons: string[] = [];
    for (const part of filter.any) {
      const verdict = explain(part, account, rfm);
      // OR: the first part that holds (in the order written) is the reason.
      if (verdict.matches) return verdict;
      reasons.push(...verdict.reasons);
    }
    return { matches: false, reasons };
  }
  if ("metric" in filter) {
    const value = Object.hasOwn(account.metrics, filter.metric)
      ? account.metrics[filter.metric]
      : undefined;
    if (value === undefined) return { matches: false, reasons: [`no ${filter.metric} figure`] };
    const tests: [boolean, string][] = [];
    if (filter.gt !== undefined) tests.push([value > filter.gt, `more than ${filter.gt}`]);
    if (filter.gte !== undefined) tests.push([value >= filter.gte, `at least ${filter.gte}`]);
    if (filter.lt !== undefined) tests.push([value < filter.lt, `less than ${filter.lt}`]);
    if (filter.lte !== undefined) tests.push([value <= filter.lte, `at most ${filter.lte}`]);
    if (filter.between !== undefined) {
      const [min, max] = filter.between;
      tests.push([min <= value && value <= max, `between ${min} and ${max}`]);
    }
    const wanted = tests.map(([, text]) => text).join(" and ");
    return tests.every(([holds]) => holds)
      ? { matches: true, reasons: [`${filter.metric} is ${value} (${wanted})`] }
      : { matches: false, reasons: [`${filter.metric} is ${value}, not ${wanted}`] };
  }
  const label = LABELS[filter.field];
  const value = fieldValue(filter.field, account, rfm);
  // An unknown value is neither inside nor outside a list: we cannot segment on what we do not know.
  if (value === undefined) return { matches: false, reasons: [`${label} is not recorded`] };
  const values = "in" in filter ? filter.in : filter.notIn;
  const listed = values.some((v) => normalise(v) === normalise(value));
  const list = values.join(", ");
  if ("in" in filter) {
    return listed
      ? { matches: true, reasons: [`${label} is '${value}' (one of ${list})`] }
      : { matches: false, reasons: [`${label} is '${value}', not one of ${list}`] };
  }
  return listed
    ? { matches: false, reasons: [`${label} is '${value}', which is excluded (${list})`] }
    : { matches: true, reasons: [`${label} is '${value}' (none of ${list})`] };
};

/**
 * Sorts accounts into the company's named segments (or the `definitions` given; `null`
 * means `config.segments.definitions`): for each segment, the accounts whose attributes,
 * numbers (`metrics`) and RFM segment (`options.rfm`) pass its AND/OR filter, each with
 * the conditions that put it there. An account may sit in several segments. Text compares
 * trimmed and case-insensitively; an attribute or number that is not recorded matches
 * nothing. Segments keep their order; members come by account id, whatever the input order.
 *
 * @example
 * segmentAccounts(
 *   [anAccount({ id: "acme", industry: "Software", metrics: { revenue: 2_000_000 } })],
 *   [{ name: "Big software", filter: { all: [{ field: "industry", in: ["software"] },
 *     { metric: "revenue", gte: 1_000_000 }] } }],
 *   {}, defaultConfig())
 * // ok([{ segment: "Big software", memberCount: 1, members: [{ accountId: "acme",
 * //   reasons: ["industry is 'Software' (one of software)", "revenue is 2000000 (at least 1000000)"] }] }])
 */
export const segmentAccounts = (
  accounts: readonly SegmentAccountInput[],
  definitions: readonly SegmentDefinitionInput[] | null,
  options: SegmentOptions,
  config: Config,
): Result<SegmentMembership[], SegmentError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  let chosen: readonly SegmentDefinition[] = company.value.segments.definitions;
  if (definitions !== null) {
    const parsed = parseInput(SegmentDefinitions, definitions, "segment definitions");
    if (!parsed.ok) return parsed;
    chosen = parsed.value;
  }
  const parsedOptions = parseInput(SegmentOptions, options, "segment options");
  if (!parsedOptions.ok) return parsedOptions;
  const parsedAccounts = parseInput(z.array(SegmentAccount), accounts, "accounts");
  if (!parsedAccounts.ok) return parsedAccounts;

  const sorted = [...parsedAccounts.value].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const id = sorted[i]?.id;
    if (id !== undefined && id === sorted[i - 1]?.id) {
      return err(
        domainError(
          "duplicate_account",
          `Account '${id}' is listed more than once; give each account once.`,
          { details: { accountId: id } },
        ),
      );
    }
  }

  const { rfm } = parsedOptions.value;
  const needsRfm = chosen.find((d) => usesRfm(d.filter));
  if (needsRfm !== undefined && rfm === undefined) {
    return err(
      domainError(
        "rfm_scores_required",
        `Segment '${needsRfm.name}' filters on RFM segments; pass the accounts' RFM scores (options.rfm, from rfmScores).`,
        { details: { segment: needsRfm.name } },
      ),
    );
  }
  const rfmOf = new Map<string, string>();
  for (const score of rfm ?? []) {
    if (rfmOf.has(score.accountId)) {
      return err(
        domainError(
          "duplicate_account",
          `Account '${score.accountId}' has more than one RFM score; give each account's score once.`,
          { details: { accountId: score.accountId } },
        ),
      );
    }
    rfmOf.set(score.accountId, score.segment);
  }

  return ok(
    chosen.map((definition): SegmentMembership => {
      const members = sorted.flatMap((account): SegmentMember[] => {
        const verdict = explain(definition.filter, account, rfmOf);
        return verdict.matches
          ? [{ accountId: account.id, name: account.name, reasons: verdict.reasons }]
          : [];
      });
      return {
        segment: definition.name,
        description: definition.description ?? null,
        memberCount: members.length,
        members,
      };
    }),
  );
};
