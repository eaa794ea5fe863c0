import { z } from "zod";
import type { Config } from "../config/config";
import { readConfig } from "../config/readConfig";
import { Account } from "../entities/account";
import { Activity } from "../entities/activity";
import { Id, Instant } from "../entities/common";
import { Contact } from "../entities/contact";
import { Deal } from "../entities/deal";
import { Lead } from "../entities/lead";
import { Team } from "../entities/team";
import { User } from "../entities/user";
import { type KpiResult, kpiRatio } from "../kpi/kpiResult";
import { domainError, err, ok, type Result } from "../result";
import { parseInput } from "../validation";
import { type HealthRecordKind, HealthRecordKind as RecordKind } from "./healthConfig";
import type { HealthError } from "./healthError";
import { completenessOf, type HealthRecord } from "./recordCompleteness";

const MS_PER_DAY = 86_400_000;

export const HEALTH_PROBLEMS = [
  "dead_account",
  "no_contact",
  "no_owner",
  "unknown_owner",
  "no_next_step",
  "incomplete",
  "stale",
  "open_duplicates",
] as const;
/**
 * What is wrong with the data: an account with no activity for `deadAfterDays`, without a
 * contact, or without a next step; a record without an owner or whose owner is not a known
 * user; a record missing configured fields, or not touched for `freshForDays`; and the
 * duplicate pairs still open.
 */
export const HealthProblem = z.enum(HEALTH_PROBLEMS);
export type HealthProblem = z.infer<typeof HealthProblem>;

/** When a record was last edited (from the store's audit trail), which counts as a touch. */
export const RecordEdit = z.object({ kind: RecordKind, recordId: Id, at: Instant });
export type RecordEdit = z.infer<typeof RecordEdit>;

/** Everything the report reads; each list may be left out when there is none. */
export const DataHealthInput = z.object({
  accounts: z.array(Account).default([]),
  contacts: z.array(Contact).default([]),
  leads: z.array(Lead).default([]),
  /** Only to tie activities logged on a deal to the deal's account. */
  deals: z.array(Deal.pick({ id: true, accountId: true })).default([]),
  activities: z.array(Activity).default([]),
  /** To find each owner's team. */
  users: z.array(User.pick({ id: true, teamId: true })).default([]),
  /** To name the teams in the report. */
  teams: z.array(Team.pick({ id: true, name: true })).default([]),
  edits: z.array(RecordEdit).default([]),
  /** Duplicate pairs found and not yet merged or dismissed (from duplicate detection). */
  openDuplicates: z.number().int().min(0, "must be 0 or more").default(0),
});
export type DataHealthInput = z.input<typeof DataHealthInput>;

/** One record's health: completeness, freshness, and every problem found on it. */
export type RecordHealth = {
  readonly kind: HealthRecordKind;
  readonly recordId: string;
  readonly name: string;
  readonly ownerId: string | null;
  /** The owner's team; for an account without an owner, the account's team; else `null`. */
  readonly teamId: string | null;
  readonly completeness: number;
  readonly missing: readonly string[];
  readonly complete: boolean;
  /** The latest of: created, an activity on it up to `asOf`, an edit up to `asOf`. */
  readonly lastTouchedAt: Date;
  readonly fresh: boolean;
  /** Complete and fresh: a record the team can trust. */
  readonly trusted: boolean;
  /** Checks passed ÷ checks, in [0, 1]: one check per configured field, one for freshness. */
  readonly score: number;
  /** Accounts only: the last activity up to `asOf`, or `null` when there has been none. */
  readonly lastActivityAt: Date | null;
  readonly problems: readonly HealthProblem[];
};

export type HealthProblemCount = {
  readonly problem: HealthProblem;
  readonly count: number;
  /** The records with the problem, by kind then id; empty for `open_duplicates`. */
  readonly records: readonly { readonly kind: HealthRecordKind; readonly recordId: string }[];
};

type TrustCounts = { readonly trusted: number; readonly records: number };

/** The "can we trust this data" numbers for a set of records. */
export type DataHealthSummary = {
  readonly recordCount: number;
  readonly completeCount: number;
  readonly freshCount: number;
  readonly trustedCount: number;
  /** Share of records complete and fresh; `null` with a reason when there are no records. */
  readonly trustedShare: KpiResult<TrustCounts>;
  /** Mean record score; `null` with a reason when there are no records. */
  readonly averageScore: KpiResult<{ readonly records: number }>;
  /** Problems found, in `HEALTH_PROBLEMS` order, only those found at least once. */
  readonly problems: readonly HealthProblemCount[];
};

export type TeamDataHealth = DataHealthSummary & {
  /** `null` gathers records with no owner's team. */
  readonly teamId: string | null;
  readonly teamName: string | null;
};

export type DataHealthReport = DataHealthSummary & {
  readonly asOf: Date;
  readonly openDuplicates: number;
  /** Teams by id, the records with no team last. */
  readonly teams: readonly TeamDataHealth[];
  /** Every record, by kind (accounts, contacts, leads) then id. */
  readonly records: readonly RecordHealth[];
};

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const latest = (a: Date, b: Date | null | undefined): Date =>
  b !== null && b !== undefined && b.getTime() > a.getTime() ? b : a;

type Touches = { last: Date | null; planned: boolean };

const summarise = (records: readonly RecordHealth[], openDuplicates: number): DataHealthSummary => {
  const trustedCount = records.filter((r) => r.trusted).length;
  const problems: HealthProblemCount[] = [];
  for (const problem of HEALTH_PROBLEMS) {
    if (problem === "open_duplicates") {
      if (openDuplicates > 0) problems.push({ problem, count: openDuplicates, records: [] });
      continue;
    }
    const withIt = records
      .filter((r) => r.problems.includes(problem))
      .map((r) => ({ kind: r.kind, recordId: r.recordId }));
    if (withIt.length > 0) problems.push({ problem, count: withIt.length, records: withIt });
  }
  return {
    recordCount: records.length,
    completeCount: records.filter((r) => r.complete).length,
    freshCount: records.filter((r) => r.fresh).length,
    trustedCount,
    trustedShare: kpiRatio(trustedCount, records.length, "there are no records", {
      trusted: trustedCount,
      records: records.length,
    }),
    averageScore: kpiRatio(
      records.reduce((sum, r) => sum + r.score, 0),
      records.length,
      "there are no records",
      { records: records.length },
    ),
    problems,
  };
};

/**
 * The "can we trust this data" report (DOMAIN.md §7): for every account, contact and lead
 * its completeness (`recordCompleteness`), freshness (touched within `freshForDays` of
 * `asOf`) and problems — for accounts also dead (no activity for `deadAfterDays`, counted
 * from creation when there has been none), no contact, no next step (no activity planned
 * after `asOf` and no next step due after it) — then the same numbers per owner's team
 * and overall, with the open duplicate count passed in. Lists come in a fixed order, so
 * the report never depends on the input's.
 *
 * @example
 * dataHealthReport({ accounts: [acme], contacts: [grace], activities: [call], users: [ada] },
 *   new Date("2026-03-10T00:00:00Z"), defaultConfig())
 * // ok({ recordCount: 2, trustedShare: { value: 0.5, counts: { trusted: 1, records: 2 } },
 * //      problems: [{ problem: "incomplete", count: 1, … }], teams: [ … ], records: [ … ] })
 */
export const dataHealthReport = (
  data: DataHealthInput,
  asOf: Date,
  config: Config,
): Result<DataHealthReport, HealthError> => {
  const company = readConfig(config);
  if (!company.ok) return company;
  const at = parseInput(Instant, asOf, "report time (asOf)");
  if (!at.ok) return at;
  const parsed = parseInput(DataHealthInput, data, "data to check");
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  for (const [kind, list] of [
    ["account", input.accounts],
    ["contact", input.contacts],
    ["lead", input.leads],
  ] as const) {
    const ids = new Set<string>();
    for (const { id } of list) {
      if (ids.has(id)) {
        return err(
          domainError(
            "duplicate_record",
            `The ${kind} '${id}' is listed more than once; give each record once.`,
            { details: { kind, recordId: id } },
          ),
        );
      }
      ids.add(id);
    }
  }
  const { deadAfterDays, freshForDays, completenessFields } = company.value.health;
  const asOfMs = at.value.getTime();

  const accountOfContact = new Map(input.contacts.map((c) => [c.id, c.accountId]));
  const accountOfDeal = new Map(input.deals.map((d) => [d.id, d.accountId]));
  const touches = new Map<string, Touches>();
  const touch = (kind: HealthRecordKind, id: string | null, activity: Activity) => {
    if (id === null) return;
    const key = `${kind}:${id}`;
    const seen = touches.get(key) ?? { last: null, planned: false };
    const when = activity.occurredAt.getTime();
    if (when <= asOfMs)
      seen.last = seen.last === null ? activity.occurredAt : latest(seen.last, activity.occurredAt);
    // Something booked after asOf, or a follow-up due after it, is a next step.
    if (
      when > asOfMs ||
      (activity.nextStep !== null && activity.nextStep.dueAt.getTime() > asOfMs)
    ) {
      seen.planned = true;
    }
    touches.set(key, seen);
  };
  for (const activity of input.activities) {
    const accounts = new Set([
      activity.accountId,
      activity.contactId === null ? null : (accountOfContact.get(activity.contactId) ?? null),
      activity.dealId === null ? null : (accountOfDeal.get(activity.dealId) ?? null),
    ]);
    for (const accountId of accounts) touch("account", accountId, activity);
    touch("contact", activity.contactId, activity);
    touch("lead", activity.leadId, activity);
  }
  const edited = new Map<string, Date>();
  for (const edit of input.edits) {
    if (edit.at.getTime() > asOfMs) continue;
    const key = `${edit.kind}:${edit.recordId}`;
    edited.set(key, latest(edit.at, edited.get(key)));
  }

  const teamOfUser = new Map(input.users.map((u) => [u.id, u.teamId]));
  const accountsWithContacts = new Set(input.contacts.map((c) => c.accountId));

  const healthOf = (kind: HealthRecordKind, record: HealthRecord): RecordHealth => {
    const key = `${kind}:${record.id}`;
    const seen = touches.get(key);
    const lastTouchedAt = latest(latest(record.createdAt, seen?.last), edited.get(key));
    const fresh = asOfMs - lastTouchedAt.getTime() < freshForDays * MS_PER_DAY;
    const completeness = completenessOf(record, kind, completenessFields);
    const knownOwner = record.ownerId !== null && teamOfUser.has(record.ownerId);
    const accountTeam = "teamId" in record ? record.teamId : null;
    const teamId = record.ownerId === null ? accountTeam : (teamOfUser.get(record.ownerId) ?? null);
    const problems = new Set<HealthProblem>();
    if (kind === "account") {
      const since = seen?.last ?? record.createdAt;
      if (asOfMs - since.getTime() >= deadAfterDays * MS_PER_DAY) problems.add("dead_account");
      if (!accountsWithContacts.has(record.id)) problems.add("no_contact");
      if (!seen?.planned) problems.add("no_next_step");
    }
    if (record.ownerId === null) problems.add("no_owner");
    else if (!knownOwner) problems.add("unknown_owner");
    if (!completeness.complete) problems.add("incomplete");
    if (!fresh) problems.add("stale");
    const checks = completeness.fields.length + 1;
    const passed = completeness.fields.length - completeness.missing.length + (fresh ? 1 : 0);
    return {
      kind,
      recordId: record.id,
      name: record.name,
      ownerId: record.ownerId,
      teamId,
      completeness: completeness.score,
      missing: completeness.missing,
      complete: completeness.complete,
      lastTouchedAt,
      fresh,
      trusted: completeness.complete && fresh,
      score: passed / checks,
      lastActivityAt: kind === "account" ? (seen?.last ?? null) : null,
      problems: HEALTH_PROBLEMS.filter((p) => problems.has(p)),
    };
  };

  const sorted = <R extends HealthRecord>(records: readonly R[]) =>
    [...records].sort((a, b) => byId(a.id, b.id));
  const records = [
    ...sorted(input.accounts).map((r) => healthOf("account", r)),
    ...sorted(input.contacts).map((r) => healthOf("contact", r)),
    ...sorted(input.leads).map((r) => healthOf("lead", r)),
  ];

  const teamName = new Map(input.teams.map((t) => [t.id, t.name]));
  const teamIds = [...new Set(records.map((r) => r.teamId))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : byId(a, b),
  );
  const teams = teamIds.map(
    (teamId): TeamDataHealth => ({
      teamId,
      teamName: teamId === null ? null : (teamName.get(teamId) ?? null),
      // Duplicate pairs are not owned by one team, so only the overall summary counts them.
      ...summarise(
        records.filter((r) => r.teamId === teamId),
        0,
      ),
    }),
  );

  return ok({
    asOf: at.value,
    openDuplicates: input.openDuplicates,
    ...summarise(records, input.openDuplicates),
    teams,
    records,
  });
};
