import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { ApprovalsTables } from "./approvalsTables";
import type { ChatTables } from "./chatTables";
import type { InsightsTables } from "./insightsTables";
import type { JobsTables } from "./jobsTables";
import type { TransferTables } from "./transferTables";

/**
 * The tables Baton keeps, as Kysely sees them. Columns are snake_case as in SQL;
 * `@baton/crm` maps rows to `@baton/core` entities at the boundary.
 *
 * Times are `timestamptz` read as `Date`; money is `bigint` minor units read as a
 * JS number (safe up to 2^53, the limit core's `Money` already enforces).
 */
export type Database = BaseTables &
  JobsTables &
  ApprovalsTables &
  InsightsTables &
  TransferTables &
  ChatTables;

/** The tables of the first migration. */
export type BaseTables = {
  users: UsersTable;
  teams: TeamsTable;
  accounts: AccountsTable;
  contacts: ContactsTable;
  leads: LeadsTable;
  deals: DealsTable;
  deal_stage_history: DealStageHistoryTable;
  activities: ActivitiesTable;
  history: HistoryTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeysTable;
  chat_identities: ChatIdentitiesTable;
  conversation_refs: ConversationRefsTable;
  user_prefs: UserPrefsTable;
  installations: InstallationsTable;
};

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json<T = unknown> = ColumnType<T, string, string>;

export type UsersTable = {
  id: string;
  name: string;
  email: string | null;
  roles: string[];
  team_id: string | null;
  manager_id: string | null;
  time_zone: string;
  locale: string;
  active: boolean;
  out_of_office_start: Timestamp | null;
  out_of_office_end: Timestamp | null;
  daily_cap: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type TeamsTable = {
  id: string;
  name: string;
  function: string;
  manager_id: string | null;
  parent_team_id: string | null;
  created_at: CreatedAt;
};

/** Fields every owned funnel record has: stage, owner or queue, and who owned it before. */
type OwnedRecordColumns = {
  id: string;
  name: string;
  lifecycle_stage: string;
  owner_id: string | null;
  owner_queue: string | null;
  previous_owner_ids: string[];
  /** The id the record had in the system it was imported from; re-imports match on it. */
  external_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Bumped on every update, for optimistic concurrency and cache keys. */
  version: Generated<number>;
};

type TerritoryColumns = {
  industry: string | null;
  region: string | null;
  country: string | null;
  size_band: string | null;
};

export type AccountsTable = OwnedRecordColumns &
  TerritoryColumns & {
    domain: string | null;
    parent_id: string | null;
    team_id: string | null;
  };

export type ContactsTable = OwnedRecordColumns & {
  account_id: string | null;
  email: string | null;
  phone: string | null;
  title: string | null;
  seniority: string | null;
  department: string | null;
};

export type LeadsTable = OwnedRecordColumns &
  TerritoryColumns & {
    email: string | null;
    company: string | null;
    title: string | null;
    seniority: string | null;
    department: string | null;
    source: string | null;
    campaign_id: string | null;
  };

export type DealsTable = {
  id: string;
  name: string;
  account_id: string;
  owner_id: string;
  stage: string;
  amount_minor: ColumnType<number, number | bigint, number | bigint>;
  currency: string;
  close_date: Timestamp;
  closed_at: Timestamp | null;
  lost_reason: string | null;
  contact_ids: string[];
  external_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
};

export type DealStageHistoryTable = {
  id: Generated<number>;
  deal_id: string;
  stage: string;
  at: Timestamp;
  by_user_id: string;
};

export type ActivitiesTable = {
  id: string;
  kind: string;
  direction: string | null;
  outcome: string | null;
  subject: string | null;
  body: string | null;
  occurred_at: Timestamp;
  actor_id: string;
  account_id: string | null;
  contact_id: string | null;
  lead_id: string | null;
  deal_id: string | null;
  next_step_text: string | null;
  next_step_due_at: Timestamp | null;
  private: boolean;
  /** For tasks: when it is due and when it was done (null while open). */
  due_at: Timestamp | null;
  completed_at: Timestamp | null;
  /** The activity whose next step this task is. */
  follows_activity_id: string | null;
  external_id: string | null;
  created_at: CreatedAt;
};

/** One changed field of one record: who changed it, when, from what to what. */
export type HistoryTable = {
  id: Generated<number>;
  entity_type: string;
  entity_id: string;
  field: string;
  old_value: Json | null;
  new_value: Json | null;
  actor_id: string | null;
  at: Timestamp;
  /** Groups the rows written by one use-case call. */
  change_id: string;
};

/** Domain events written in the same transaction as the change that produced them. */
export type OutboxTable = {
  id: Generated<number>;
  event_type: string;
  payload: Json;
  occurred_at: Timestamp;
  created_at: CreatedAt;
  published_at: Timestamp | null;
};

/** The first result of a keyed write, returned to every retry of it. */
export type IdempotencyKeysTable = {
  key: string;
  operation: string;
  actor_id: string | null;
  result: Json | null;
  created_at: CreatedAt;
};

/** A chat account (Slack team + user, Teams tenant + AAD object id) linked to a Baton user. */
export type ChatIdentitiesTable = {
  platform: string;
  tenant_id: string;
  external_user_id: string;
  user_id: string;
  verified_by: string;
  created_at: CreatedAt;
};

/** Where to reach a user proactively on a platform (Slack DM channel, Teams conversation reference). */
export type ConversationRefsTable = {
  user_id: string;
  platform: string;
  tenant_id: string;
  reference: Json;
  updated_at: Timestamp;
};

export type UserPrefsTable = {
  user_id: string;
  channel: string | null;
  locale: string | null;
  time_zone: string | null;
  /** "HH:MM" in the user's zone; both null means no quiet hours. */
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
  digest_enabled: boolean;
  updated_at: Timestamp;
};

/** A Slack (or other OAuth) installation; `team_id`/`enterprise_id` are '' when absent. */
export type InstallationsTable = {
  platform: string;
  enterprise_id: string;
  team_id: string;
  installation: Json;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type UserRow = Selectable<UsersTable>;
export type TeamRow = Selectable<TeamsTable>;
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
export type ContactRow = Selectable<ContactsTable>;
export type LeadRow = Selectable<LeadsTable>;
export type DealRow = Selectable<DealsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type HistoryRow = Selectable<HistoryTable>;
export type OutboxRow = Selectable<OutboxTable>;
