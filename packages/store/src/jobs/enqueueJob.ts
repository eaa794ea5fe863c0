import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema/database";

/** A job to run later: the handler's name, a JSON payload, when, and how often to try. */
export type JobRequest = {
  readonly name: string;
  readonly payload: unknown;
  /** Not before this time (default: now). */
  readonly runAt?: Date;
  /** While a job with this key and name is queued or running, another is not added. */
  readonly singletonKey?: string;
  /** Tries before the job is marked failed (default 5). */
  readonly maxAttempts?: number;
};

/**
 * Adds a job in the caller's transaction, so it exists exactly when the change
 * that asked for it commits. Returns the job id, or `null` when a job with the
 * same `singletonKey` is already waiting.
 *
 * @example await enqueueJob(tx, { name: "approval.escalate", payload: { requestId }, runAt })
 */
export const enqueueJob = async (
  db: Kysely<Database> | Transaction<Database>,
  job: JobRequest,
): Promise<string | null> => {
  const row = await db
    .insertInto("jobs")
    .values({
      id: randomUUID(),
      name: job.name,
      payload: JSON.stringify(job.payload ?? null),
      run_at: job.runAt ?? sql<Date>`now()`,
      max_attempts: job.maxAttempts ?? 5,
      singleton_key: job.singletonKey ?? null,
      locked_by: null,
      locked_until: null,
      last_error: null,
      finished_at: null,
    } as never)
    .onConflict((c) =>
      c
        .columns(["name", "singleton_key"])
        .where("singleton_key", "is not", null)
        .where("state", "in", ["queued", "active"])
        .doNothing(),
    )
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
};
