import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Store } from "../database/openStore";
import { isUnavailable } from "../database/storeError";
import type { JobState } from "../schema/jobsTables";

/** A claimed job as its handler sees it. */
export type Job = {
  readonly id: string;
  readonly name: string;
  readonly payload: unknown;
  /** 1 on the first try. */
  readonly attempt: number;
  readonly runAt: Date;
};

/** Does the job's work; throwing makes it retry later (with back-off) or fail for good. */
export type JobHandler = (job: Job) => Promise<void>;

export type JobWorkerOptions = {
  /** How often `start()` looks for due jobs (default 1,000 ms). */
  readonly pollIntervalMs?: number;
  readonly clock?: () => Date;
  readonly workerId?: string;
  /** Delay before try `attempt + 1`, in ms (default 2^attempt seconds, at most an hour). */
  readonly backoff?: (attempt: number) => number;
  /** How long a claim lasts before another worker may take the job over (default 5 minutes). */
  readonly leaseMs?: number;
};

export type JobWorker = {
  /** Claims and runs every job due at `now`, one at a time, until none is left; returns how many ran. */
  runDue(now?: Date): Promise<number>;
  /** Polls for due jobs until `stop()`. */
  start(): void;
  stop(): Promise<void>;
};

const defaultBackoff = (attempt: number): number => Math.min(2 ** attempt * 1_000, 3_600_000);

/**
 * A worker that runs durable jobs. A due job is claimed in a short transaction
 * with `FOR UPDATE SKIP LOCKED`, so with several processes on one PostgreSQL each
 * job is claimed by exactly one of them; the claim carries a lease, so a job held
 * by a worker that died is run again once the lease is over.
 *
 * @example const worker = jobWorker(store, { "approval.escalate": escalate }); worker.start();
 */
export const jobWorker = (
  store: Store,
  handlers: Readonly<Record<string, JobHandler>>,
  options: JobWorkerOptions = {},
): JobWorker => {
  const clock = options.clock ?? (() => new Date());
  const workerId = options.workerId ?? randomUUID();
  const backoff = options.backoff ?? defaultBackoff;
  const leaseMs = options.leaseMs ?? 300_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  const claim = async (now: Date): Promise<Job | undefined> => {
    const row = await sql<{
      id: string;
      name: string;
      payload: unknown;
      attempt: number;
      run_at: Date;
    }>`
      update jobs set state = 'active', attempt = attempt + 1, locked_by = ${workerId},
        locked_until = ${new Date(now.getTime() + leaseMs)}
      where id = (
        select id from jobs
        where (state = 'queued' and run_at <= ${now}) or (state = 'active' and locked_until < ${now})
        order by run_at
        limit 1
        for update skip locked
      )
      returning id, name, payload, attempt, run_at`.execute(store.db);
    const job = row.rows[0];
    return (
      job && {
        id: job.id,
        name: job.name,
        payload: job.payload,
        attempt: job.attempt,
        runAt: job.run_at,
      }
    );
  };

  const finish = async (job: Job, now: Date, error: unknown): Promise<void> => {
    const mine = store.db
      .updateTable("jobs")
      .where("id", "=", job.id)
      .where("locked_by", "=", workerId);
    if (error === undefined) {
      await mine.set({ state: "completed", finished_at: now, locked_until: null }).execute();
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    await mine
      .set((eb) => ({
        state: eb
          .case()
          .when("attempt", ">=", eb.ref("max_attempts"))
          .then(sql.lit<JobState>("failed"))
          .else(sql.lit<JobState>("queued"))
          .end(),
        run_at: new Date(now.getTime() + backoff(job.attempt)),
        finished_at: sql<Date | null>`case when attempt >= max_attempts then ${now}::timestamptz end`,
        locked_by: null,
        locked_until: null,
        last_error: message.slice(0, 2_000),
      }))
      .execute();
  };

  const runDue = async (now?: Date): Promise<number> => {
    let ran = 0;
    for (;;) {
      const at = now ?? clock();
      const job = await claim(at);
      if (!job) return ran;
      const handler = handlers[job.name];
      let failure: unknown;
      try {
        if (!handler) throw new Error(`no handler for job '${job.name}'`);
        await handler(job);
      } catch (error) {
        failure = error ?? new Error("job failed");
      }
      await finish(job, now ?? clock(), failure);
      ran += 1;
    }
  };

  const tick = (): void => {
    running ??= runDue()
      .catch((error) => {
        // A database outage only delays jobs; anything else is a bug to surface.
        if (!isUnavailable(error)) throw error;
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    runDue: (now) => {
      const run = runDue(now);
      return run;
    },
    start: () => {
      timer ??= setInterval(tick, options.pollIntervalMs ?? 1_000);
      timer.unref?.();
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => 0);
    },
  };
};
