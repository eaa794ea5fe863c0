import type { ColumnType, Selectable } from "kysely";
import type { CreatedAt, Timestamp } from "./database";

/** Money in minor units: `bigint` in SQL, read back as a JS number. */
type MinorUnits = ColumnType<number, number | bigint, number | bigint>;

/**
 * Tables for judgements teams record about customers, team goals and rep quotas
 * (migration 0004_insights).
 */
export type InsightsTables = {
  assessments: AssessmentsTable;
  goals: GoalsTable;
  sales_quotas: SalesQuotasTable;
};

/**
 * One person's judgement of a record (customer grade, intent to buy...). Judgements are
 * never overwritten: each is a row, kept beside the others, and the current value is
 * resolved from all of them by the kind's configured rule.
 */
export type AssessmentsTable = {
  id: string;
  /** account, contact, lead or deal. */
  record_kind: string;
  record_id: string;
  kind: string;
  /** A grade is kept as text, a number on a numeric scale as a number; exactly one is set. */
  value_text: string | null;
  value_number: number | null;
  author_id: string;
  /** The team function the author judged for (sales, marketing, service...). */
  team: string;
  at: Timestamp;
  confidence: number | null;
  note: string | null;
  created_at: CreatedAt;
};

/** A team's goal for one calendar quarter in the team's time zone (one per team, quarter and KPI). */
export type GoalsTable = {
  id: string;
  team_id: string;
  year: number;
  quarter: string;
  time_zone: string;
  /** A sales KPI name, e.g. `won_amount` or `win_rate_by_count`. */
  kpi: string;
  /** `value` (reach target_value) or `improvement` (improve on last quarter by target_value %). */
  target_kind: string;
  target_value: number;
  lower_is_better: boolean;
  /** `cumulative` or `rate`. */
  measure: string;
  set_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

/** A rep's quota for a stretch of time `[period_start, period_end)`. */
export type SalesQuotasTable = {
  id: string;
  user_id: string;
  period_start: Timestamp;
  period_end: Timestamp;
  amount_minor: MinorUnits;
  currency: string;
  set_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type AssessmentRow = Selectable<AssessmentsTable>;
export type GoalRow = Selectable<GoalsTable>;
export type SalesQuotaRow = Selectable<SalesQuotasTable>;
