import { err, type Result, type User } from "@baton/core";
import { type Database, isUnavailable } from "@baton/store";
import type { Kysely, Transaction } from "kysely";
import { type Actor, loadActor } from "./actor";
import type { CrmContext } from "./crmContext";
import { type CrmError, crmError } from "./crmError";
import type { OutboxEvent } from "./crmEvents";
import { reviveResult, storeResult } from "./storedResult";

/** Options every write takes. */
export type WriteOptions = {
  /**
   * Makes the write safe to retry: the first call with a key does the work and
   * stores its result; every later call with the same key (a chat platform's
   * retry, a double click) writes nothing and gets that first result.
   */
  readonly idempotencyKey?: string;
};

/** What a write's work sees: its transaction, the loaded actor, one `now`, and the history/outbox writers. */
export type WriteScope = {
  readonly ctx: CrmContext;
  readonly tx: Transaction<Database>;
  readonly actor: User;
  readonly now: Date;
  /** Ties together the history rows of this one call. */
  readonly changeId: string;
  /**
   * Records who changed what: one history row per field whose value differs
   * between `before` and `after` (every field of `after` for a new record).
   */
  history(
    entity: { readonly type: string; readonly id: string },
    before: Readonly<Record<string, unknown>> | null,
    after: Readonly<Record<string, unknown>>,
  ): Promise<void>;
  /** Adds events to the outbox, committed with the change or not at all. */
  emit(...events: readonly OutboxEvent[]): Promise<void>;
};

/** What a read's work sees. */
export type ReadScope = {
  readonly ctx: CrmContext;
  readonly db: Kysely<Database>;
  readonly actor: User;
  readonly now: Date;
};

/** Carries a refusal out of the transaction so everything written so far is rolled back. */
class Refusal {
  constructor(readonly result: Result<never, CrmError>) {}
}

const UNAVAILABLE = crmError(
  "unavailable",
  "The database cannot be reached right now; nothing was saved. Please try again in a moment.",
);

/**
 * Runs one write use case in ONE transaction: loads the actor, claims the
 * idempotency key, runs `work`, and commits its rows, history, events and the
 * key's stored result together. A refusal (an error result) rolls everything
 * back; a database that cannot be reached becomes an `unavailable` result.
 *
 * @example runWrite(ctx, actor, "logActivity", { idempotencyKey: "slack:T1:123.456" }, async (w) => ok(...))
 */
export const runWrite = async <T>(
  ctx: CrmContext,
  actor: Actor,
  operation: string,
  options: WriteOptions | undefined,
  work: (scope: WriteScope) => Promise<Result<T, CrmError>>,
): Promise<Result<T, CrmError>> => {
  const key = options?.idempotencyKey;
  if (key !== undefined && (typeof key !== "string" || key.length === 0 || key.length > 500)) {
    return err(
      crmError(
        "invalid_input",
        "An idempotency key must be a non-empty string of at most 500 characters.",
      ),
    );
  }
  try {
    return await ctx.store.db.transaction().execute(async (tx) => {
      const loaded = await loadActor(tx, actor);
      if (!loaded.ok) throw new Refusal(loaded);
      if (key !== undefined) {
        const claimed = await tx
          .insertInto("idempotency_keys")
          .values({ key, operation, actor_id: loaded.value.id, result: null })
          .onConflict((c) => c.column("key").doNothing())
          .returning("key")
          .executeTakeFirst();
        if (!claimed) {
          const prior = await tx
            .selectFrom("idempotency_keys")
            .select(["operation", "result"])
            .where("key", "=", key)
            .executeTakeFirstOrThrow();
          if (prior.operation !== operation) {
            throw new Refusal(
              err(
                crmError(
                  "conflict",
                  `The idempotency key was already used for ${prior.operation}.`,
                ),
              ),
            );
          }
          return reviveResult<Result<T, CrmError>>(prior.result);
        }
      }
      const now = ctx.clock();
      const scope = writeScope(ctx, tx, loaded.value, now);
      const result = await work(scope);
      if (!result.ok) throw new Refusal(result);
      if (key !== undefined) {
        await tx
          .updateTable("idempotency_keys")
          .set({ result: storeResult(result) })
          .where("key", "=", key)
          .execute();
      }
      return result;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (isUnavailable(error)) return err(UNAVAILABLE);
    throw error;
  }
};

/**
 * Runs a read use case: loads the actor and maps an unreachable database to an
 * `unavailable` result. Reads take no transaction unless `work` opens one.
 */
export const runRead = async <T>(
  ctx: CrmContext,
  actor: Actor,
  work: (scope: ReadScope) => Promise<Result<T, CrmError>>,
): Promise<Result<T, CrmError>> => {
  try {
    const loaded = await loadActor(ctx.store.db, actor);
    if (!loaded.ok) return loaded;
    return await work({ ctx, db: ctx.store.db, actor: loaded.value, now: ctx.clock() });
  } catch (error) {
    if (isUnavailable(error)) return err(UNAVAILABLE);
    throw error;
  }
};

const writeScope = (
  ctx: CrmContext,
  tx: Transaction<Database>,
  actor: User,
  now: Date,
): WriteScope => {
  const changeId = ctx.newId();
  return {
    ctx,
    tx,
    actor,
    now,
    changeId,
    history: async (entity, before, after) => {
      const rows = changedFields(before, after).map((field) => ({
        entity_type: entity.type,
        entity_id: entity.id,
        field,
        old_value:
          before === null || before[field] === undefined ? null : storeResult(before[field]),
        new_value: after[field] === undefined ? null : storeResult(after[field]),
        actor_id: actor.id,
        at: now,
        change_id: changeId,
      }));
      if (rows.length > 0) await tx.insertInto("history").values(rows).execute();
    },
    emit: async (...events) => {
      if (events.length === 0) return;
      await tx
        .insertInto("outbox")
        .values(
          events.map((event) => ({
            event_type: event.type,
            payload: storeResult(event),
            occurred_at: "at" in event && event.at instanceof Date ? event.at : now,
          })),
        )
        .execute();
    },
  };
};

/** The fields whose JSON form differs; for a new record, every field `after` has. */
export const changedFields = (
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>>,
): string[] =>
  Object.keys(after).filter(
    (field) =>
      before === null || storeResult(before[field] ?? null) !== storeResult(after[field] ?? null),
  );
