import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Json, Timestamp } from "./database";

/** Tables for durable jobs (migration 0002_jobs). */
export type JobsTables = {
  jobs: JobsTable;
};

export const JOB_STATES = ["queued", "active", "completed", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** One job: what to run, when, how often it was tried, and who holds it now. */
export type JobsTable = {
  id: string;
  name: string;
  payload: Json;
  state: ColumnType<JobState, JobState | undefined, JobState>;
  run_at: Timestamp;
  attempt: Generated<number>;
  max_attempts: number;
  /** At most one queued or active job per (name, singleton_key). */
  singleton_key: string | null;
  locked_by: string | null;
  /** A claim expires here; a worker that died holding it loses it then. */
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
};
