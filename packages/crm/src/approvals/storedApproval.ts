import type { ApprovalEvent, ApprovalState } from "@baton/core";
import type { Database } from "@baton/store";
import { sql, type Transaction } from "kysely";
import type { ChangeScope } from "../funnel/changeScope";
import { reviveResult, storeResult } from "../kernel/storedResult";
import { undecidedApprovers } from "./approvalSeats";

/** A request as stored: core's state, and how many events it has had. */
export type StoredApproval = { readonly state: ApprovalState; readonly eventCount: number };

/**
 * The request with this id, its row locked until the transaction ends: concurrent
 * decisions on one request take turns, and each sees the state the one before it
 * left, so a single-approver step is decided exactly once.
 */
export const lockApproval = async (
  tx: Transaction<Database>,
  id: string,
): Promise<StoredApproval | undefined> => {
  const row = await tx
    .selectFrom("approval_requests")
    .select(["state"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  const counted = await tx
    .selectFrom("approval_events")
    .select(sql<number>`count(*)::int`.as("events"))
    .where("request_id", "=", id)
    .executeTakeFirstOrThrow();
  return { state: reviveResult<ApprovalState>(row.state), eventCount: Number(counted.events) };
};

/** Reads a stored state without locking it. */
export const approvalStateOf = (stored: unknown): ApprovalState =>
  reviveResult<ApprovalState>(stored);

const summary = (state: ApprovalState | null) =>
  state === null
    ? {}
    : {
        status: state.status,
        currentStep: state.currentStep,
        approverIds: undecidedApprovers(state),
      };

/**
 * Stores a request's new state and the events that led to it (numbered after the
 * ones it had), writes a history entry for its status and waiting approvers, and
 * puts the events in the outbox: all in the caller's transaction.
 */
export const saveApproval = async (
  scope: ChangeScope,
  before: StoredApproval | null,
  state: ApprovalState,
  events: readonly ApprovalEvent[],
): Promise<void> => {
  const columns = {
    status: state.status,
    current_step: state.currentStep,
    approver_ids: undecidedApprovers(state),
    state: storeResult(state),
    updated_at: scope.now,
  };
  if (before === null) {
    await scope.tx
      .insertInto("approval_requests")
      .values({ id: state.id, deal_id: state.deal.id, requester_id: state.requesterId, ...columns })
      .execute();
  } else {
    await scope.tx
      .updateTable("approval_requests")
      .set({ ...columns, version: sql<number>`version + 1` })
      .where("id", "=", state.id)
      .execute();
  }
  const first = before?.eventCount ?? 0;
  if (events.length > 0) {
    await scope.tx
      .insertInto("approval_events")
      .values(
        events.map((event, i) => ({
          request_id: state.id,
          seq: first + i + 1,
          event_type: event.type,
          payload: storeResult(event),
          at: event.at,
        })),
      )
      .execute();
  }
  await scope.history(
    { type: "approval", id: state.id },
    before === null ? null : summary(before.state),
    summary(state),
  );
  await scope.emit(...events);
};
