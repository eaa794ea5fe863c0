import {
  type AssignedOwner,
  err,
  escalationTarget,
  type FunnelRecordRef,
  type OwnerReassignedEvent,
  ok,
  parseInput,
  planReassignment,
  type Result,
  teamIdsInScope,
  type User,
} from "@baton/core";
import { sql } from "kysely";
import { z } from "zod";
import type { Actor } from "../kernel/actor";
import type { CrmContext } from "../kernel/crmContext";
import { type CrmError, crmError } from "../kernel/crmError";
import { runWrite, type WriteOptions, type WriteScope } from "../kernel/unitOfWork";
import { type CompanyDirectory, loadDirectory } from "./companyDirectory";
import { lockOwnedRecords } from "./ownedRecords";
import { lockRoutingState, saveRotation } from "./routingState";

export const ReassignOwnerRecordsInput = z.object({
  /** The user who is leaving. */
  userId: z.string().trim().min(1, "must name the user who is leaving"),
  /** Records per transaction. */
  batchSize: z.number().int().min(1).max(1000).default(200),
});
export type ReassignOwnerRecordsInput = z.input<typeof ReassignOwnerRecordsInput>;

/** One record's new owner. */
export type OwnerMove = { readonly record: FunnelRecordRef; readonly owner: AssignedOwner };

/** What re-assignment did, over all its batches. */
export type Reassignment = {
  readonly leaverId: string;
  readonly moves: readonly OwnerMove[];
  readonly toPeople: number;
  readonly toQueues: number;
  /** Open deals nobody could take (no rule, no manager): still with the leaver, to assign by hand. */
  readonly leftWithLeaver: readonly FunnelRecordRef[];
  readonly batches: number;
};

type BatchResult = {
  readonly selected: number;
  readonly moves: readonly OwnerMove[];
  readonly leftWithLeaver: readonly FunnelRecordRef[];
};

const TABLES = { account: "accounts", contact: "contacts", lead: "leads" } as const;

/** Admins re-assign anyone's records; managers those of people in their teams or reporting to them. */
const mayReassign = (actor: User, leaver: User, directory: CompanyDirectory): boolean =>
  actor.roles.includes("admin") ||
  (actor.roles.includes("manager") &&
    ((leaver.teamId !== null && teamIdsInScope(actor, directory.teams).includes(leaver.teamId)) ||
      leaver.managerId === actor.id));

/**
 * A deal cannot wait in a queue (it always has an owner), so one routing sends
 * to a queue goes to the leaver's manager by core's escalation rule instead.
 */
const dealOwnerInstead = (
  leaver: User,
  directory: CompanyDirectory,
): { userId: string; reason: string } | null => {
  const target = escalationTarget({
    owner: leaver,
    users: directory.users,
    teams: directory.teams,
  });
  return target.ok ? { userId: target.value.userId, reason: target.value.reason } : null;
};

const reassignBatch = async (
  w: WriteScope,
  leaverId: string,
  batchSize: number,
  skip: readonly string[],
): Promise<Result<BatchResult, CrmError>> => {
  const { ctx, tx, now } = w;
  const directory = await loadDirectory(tx);
  const leaver = directory.users.find((u) => u.id === leaverId);
  if (!leaver) return err(crmError("not_found", `No user '${leaverId}'.`));
  if (!mayReassign(w.actor, leaver, directory))
    return err(
      crmError(
        "forbidden",
        `Only an admin, or a manager of ${leaver.name}'s team, can re-assign ${leaver.name}'s records.`,
      ),
    );
  const records = await lockOwnedRecords(tx, leaverId, batchSize, skip, ctx.config);
  if (records.length === 0) return ok({ selected: 0, moves: [], leftWithLeaver: [] });

  const routing = await lockRoutingState(tx, now);
  const plan = planReassignment(
    {
      leaver: leaverId,
      records,
      users: directory.users,
      teams: directory.teams,
      assignedToday: routing.assignedToday,
      rotation: routing.rotation,
      now,
      by: w.actor,
    },
    ctx.config,
  );
  if (!plan.ok) return err(plan.error);

  const moves: OwnerMove[] = [];
  const leftWithLeaver: FunnelRecordRef[] = [];
  const events: OwnerReassignedEvent[] = [];
  for (const [i, move] of plan.value.moves.entries()) {
    const event = plan.value.events[i];
    if (!event) continue;
    const { record } = move;
    if (record.kind === "deal") {
      const instead = move.owner.type === "user" ? null : dealOwnerInstead(leaver, directory);
      const ownerId = move.owner.type === "user" ? move.owner.userId : instead?.userId;
      if (ownerId === undefined) {
        leftWithLeaver.push(record);
        continue;
      }
      await tx
        .updateTable("deals")
        .set({ owner_id: ownerId, updated_at: now, version: sql<number>`version + 1` })
        .where("id", "=", record.id)
        .execute();
      await w.history({ type: "deal", id: record.id }, { ownerId: leaverId }, { ownerId });
      const owner: AssignedOwner = { type: "user", userId: ownerId };
      moves.push({ record, owner });
      events.push(
        instead
          ? {
              ...event,
              toOwner: owner,
              explanation: [
                ...event.explanation,
                `A deal cannot wait in a queue, so it went to ${instead.reason}.`,
              ],
            }
          : event,
      );
      continue;
    }
    const ownerId = move.owner.type === "user" ? move.owner.userId : null;
    const ownerQueue = move.owner.type === "queue" ? move.owner.queue : null;
    const before = await tx
      .selectFrom(TABLES[record.kind])
      .select(["owner_queue", "previous_owner_ids"])
      .where("id", "=", record.id)
      .executeTakeFirstOrThrow();
    const previousOwnerIds = before.previous_owner_ids.includes(leaverId)
      ? before.previous_owner_ids
      : [...before.previous_owner_ids, leaverId];
    await tx
      .updateTable(TABLES[record.kind])
      .set({
        owner_id: ownerId,
        owner_queue: ownerQueue,
        previous_owner_ids: previousOwnerIds,
        updated_at: now,
        version: sql<number>`version + 1`,
      })
      .where("id", "=", record.id)
      .execute();
    await w.history(
      { type: record.kind, id: record.id },
      {
        ownerId: leaverId,
        ownerQueue: before.owner_queue,
        previousOwnerIds: before.previous_owner_ids,
      },
      { ownerId, ownerQueue, previousOwnerIds },
    );
    moves.push({ record, owner: move.owner });
    events.push(event);
  }
  await saveRotation(tx, plan.value.rotation, now);
  await w.emit(...events);
  return ok({ selected: records.length, moves, leftWithLeaver });
};

/**
 * Gives every open record of a user who is leaving a new owner by the same
 * assignment rules as any other record, so nothing is left with someone who
 * cannot act on it: accounts, contacts and leads go to the team owning their
 * stage (or its queue), open deals to sales (or the leaver's manager when routing
 * finds nobody, since a deal always has an owner). The leaver is kept in
 * `previous_owner_ids`. Closed deals stay credited to them. Runs in batches of
 * `batchSize`, ONE transaction each; an idempotency key covers every batch.
 *
 * @example await crm.reassignOwnerRecords(ADM, { userId: "user-gone" })
 */
export const reassignOwnerRecords =
  (ctx: CrmContext) =>
  async (
    actor: Actor,
    input: ReassignOwnerRecordsInput,
    options?: WriteOptions,
  ): Promise<Result<Reassignment, CrmError>> => {
    const parsed = parseInput(ReassignOwnerRecordsInput, input, "re-assignment");
    if (!parsed.ok) return parsed;
    const { userId, batchSize } = parsed.value;
    const moves: OwnerMove[] = [];
    const leftWithLeaver: FunnelRecordRef[] = [];
    for (let batch = 0; ; batch += 1) {
      const key = options?.idempotencyKey;
      const done = await runWrite(
        ctx,
        actor,
        "reassignOwnerRecords",
        key === undefined ? undefined : { idempotencyKey: `${key}#${batch}` },
        (w) =>
          reassignBatch(
            w,
            userId,
            batchSize,
            leftWithLeaver.map((r) => r.id),
          ),
      );
      if (!done.ok) {
        if (batch === 0) return done;
        return err({
          ...done.error,
          details: { ...done.error.details, batchesCommitted: batch, movedSoFar: moves.length },
        });
      }
      moves.push(...done.value.moves);
      leftWithLeaver.push(...done.value.leftWithLeaver);
      if (done.value.selected < batchSize) {
        const toPeople = moves.filter((m) => m.owner.type === "user").length;
        return ok({
          leaverId: userId,
          moves,
          toPeople,
          toQueues: moves.length - toPeople,
          leftWithLeaver,
          batches: batch + 1,
        });
      }
    }
  };
