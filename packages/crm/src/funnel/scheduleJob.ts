import { type Database, enqueueJob, type JobHandler, type JobRequest } from "@baton/store";
import type { Kysely, Transaction } from "kysely";

export type { JobHandler };

/**
 * Adds a durable job in the caller's transaction, so it exists exactly when the
 * change that asked for it was committed. The one place the crm's areas talk to
 * the job queue.
 *
 * @example await scheduleJob(w.tx, { name: "approval.escalate", payload: { requestId }, runAt })
 */
export const scheduleJob = (
  db: Kysely<Database> | Transaction<Database>,
  job: JobRequest,
): Promise<string | null> => enqueueJob(db, job);
