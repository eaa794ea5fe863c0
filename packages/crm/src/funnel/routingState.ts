import { emptyRotationState, RotationState } from "@baton/core";
import type { Database } from "@baton/store";
import { sql, type Transaction } from "kysely";
import { reviveResult, storeResult } from "../kernel/storedResult";

const KEY = "default";
const DAY_MS = 86_400_000;

/** Assignment's inputs that carry from one routed record to the next. */
export type RoutingState = {
  readonly rotation: RotationState;
  readonly assignedToday: Readonly<Record<string, number>>;
};

/**
 * Reads the shared round-robin state and locks it until the transaction ends, so
 * two replicas routing at once take turns instead of both giving the next record
 * to the same person. `assignedToday` counts, per user, the records that became
 * theirs since midnight UTC (from history), for daily caps.
 */
export const lockRoutingState = async (
  tx: Transaction<Database>,
  now: Date,
): Promise<RoutingState> => {
  await tx
    .insertInto("assignment_rotation")
    .values({ key: KEY, rotation: storeResult(emptyRotationState()), updated_at: now })
    .onConflict((c) => c.column("key").doNothing())
    .execute();
  const row = await tx
    .selectFrom("assignment_rotation")
    .select("rotation")
    .where("key", "=", KEY)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const parsed = RotationState.safeParse(reviveResult(row.rotation));
  const dayStart = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const counts = await tx
    .selectFrom("history")
    .select([sql<string>`new_value #>> '{}'`.as("user_id"), sql<string>`count(*)`.as("records")])
    .where("field", "=", "ownerId")
    .where("new_value", "is not", null)
    .where("at", ">=", dayStart)
    .groupBy(sql`new_value #>> '{}'`)
    .execute();
  const assignedToday: Record<string, number> = {};
  for (const { user_id, records } of counts) {
    if (user_id !== null) assignedToday[user_id] = Number(records);
  }
  return { rotation: parsed.success ? parsed.data : emptyRotationState(), assignedToday };
};

/** Stores the rotation routing handed back, for the next record. */
export const saveRotation = async (
  tx: Transaction<Database>,
  rotation: RotationState,
  now: Date,
): Promise<void> => {
  await tx
    .updateTable("assignment_rotation")
    .set({ rotation: storeResult(rotation), updated_at: now })
    .where("key", "=", KEY)
    .execute();
};
