import {
  type Account,
  type Activity,
  type Config,
  type Contact,
  dataHealthReport,
  type HealthProblem,
} from "@baton/core";
import type { CompanyDirectory } from "../funnel/companyDirectory";

/** How far the account's data can be trusted, and what to fix. */
export type AccountHealth = {
  /** Checks passed ÷ checks, 0–1 (configured fields filled in, and freshness). */
  readonly score: number;
  /** Share of the configured fields filled in, 0–1. */
  readonly completeness: number;
  readonly missing: readonly string[];
  /** Touched (created, edited, or an activity) within the configured freshness window. */
  readonly fresh: boolean;
  readonly lastActivityAt: Date | null;
  /** "dead_account", "no_contact", "no_next_step", "incomplete", "stale", ... */
  readonly problems: readonly HealthProblem[];
};

/**
 * The account's health by core's data-health rules, from what the reader may
 * see of it (their visible activities only, so a private note of someone else
 * does not even move "last activity"). Null if core refuses the data.
 *
 * @example accountHealth(account, contacts, activities, lastEditAt, directory, now, config)?.problems // ["no_next_step"]
 */
export const accountHealth = (
  account: Account,
  contacts: readonly Contact[],
  activities: readonly Activity[],
  lastEditAt: Date | null,
  directory: CompanyDirectory,
  now: Date,
  config: Config,
): AccountHealth | null => {
  const report = dataHealthReport(
    {
      accounts: [account],
      contacts: [...contacts],
      activities: [...activities],
      users: directory.users,
      teams: directory.teams,
      edits: lastEditAt ? [{ kind: "account", recordId: account.id, at: lastEditAt }] : [],
    },
    now,
    config,
  );
  const record = report.ok
    ? report.value.records.find((r) => r.kind === "account" && r.recordId === account.id)
    : undefined;
  if (!record) return null;
  return {
    score: record.score,
    completeness: record.completeness,
    missing: record.missing,
    fresh: record.fresh,
    lastActivityAt: record.lastActivityAt,
    problems: record.problems,
  };
};
