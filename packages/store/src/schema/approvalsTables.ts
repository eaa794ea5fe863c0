import type { ColumnType, Generated, Selectable } from "kysely";
import type { CreatedAt, Json, Timestamp } from "./database";

/** Money in minor units: `bigint` in SQL, read back as a JS number. */
type MinorUnits = ColumnType<number, number | bigint, number | bigint>;

/**
 * Tables for approval requests and their events, contracts, receivables and
 * payments, and the routing state assignment carries from one record to the next
 * (migration 0003_approvals_receivables).
 */
export type ApprovalsTables = {
  approval_requests: ApprovalRequestsTable;
  approval_events: ApprovalEventsTable;
  contracts: ContractsTable;
  receivables: ReceivablesTable;
  payments: PaymentsTable;
  assignment_rotation: AssignmentRotationTable;
};

/**
 * One approval request: core's `ApprovalState` as JSON, with the columns the
 * queries need ("mine to decide", "mine waiting") kept beside it.
 */
export type ApprovalRequestsTable = {
  id: string;
  deal_id: string;
  requester_id: string;
  status: string;
  current_step: number | null;
  /** Who may still answer the current step (its unanswered seats); empty once final. */
  approver_ids: string[];
  state: Json;
  /** Bumped on every change: a second writer that read the same version loses. */
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

/** The events of a request in order; replaying them rebuilds its state. */
export type ApprovalEventsTable = {
  id: Generated<number>;
  request_id: string;
  seq: number;
  event_type: string;
  payload: Json;
  at: Timestamp;
};

/** The signed contract behind a won deal, with its payment schedule. */
export type ContractsTable = {
  id: string;
  deal_id: string;
  signed_at: Timestamp;
  value_minor: MinorUnits;
  currency: string;
  net_days: number | null;
  schedule: Json;
  created_at: CreatedAt;
};

/** One invoice finance collects; open = amount − paid. */
export type ReceivablesTable = {
  id: string;
  deal_id: string;
  account_id: string;
  contract_id: string;
  instalment: number;
  instalments: number;
  amount_minor: MinorUnits;
  currency: string;
  paid_minor: MinorUnits;
  invoice_date: Timestamp;
  due_date: Timestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
};

/** A payment finance recorded, where it went, and any credit left for the customer. */
export type PaymentsTable = {
  id: string;
  account_id: string;
  amount_minor: MinorUnits;
  currency: string;
  received_at: Timestamp;
  recorded_by: string;
  reference: string | null;
  allocations: Json;
  credit_minor: MinorUnits;
  outcome: string;
  created_at: CreatedAt;
};

/** Assignment's round-robin state, shared by every replica (one row per key). */
export type AssignmentRotationTable = {
  key: string;
  rotation: Json;
  updated_at: Timestamp;
};

export type ApprovalRequestRow = Selectable<ApprovalRequestsTable>;
export type ReceivableRow = Selectable<ReceivablesTable>;
export type PaymentRow = Selectable<PaymentsTable>;
