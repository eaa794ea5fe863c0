/**
 * Runs at most `concurrency` tasks at once, the rest in arrival order. Slack's
 * work happens after the acknowledgement; without a bound, a burst of commands
 * would all wait on the database's connection pool at once and the last ones
 * would time out. With one, they wait here, where waiting costs nothing.
 *
 * A listener hands its work over with `later` and returns at once. One that
 * awaited its turn instead kept Bolt's whole request context alive while it
 * waited: with thousands of commands queued, the collector's pauses grew and
 * delayed the acknowledgements of new requests past Slack's patience.
 *
 * @example const queue = workQueue(8, console.error); queue.later(() => answer(inbound))
 */
export const workQueue = (concurrency: number, onError: (error: unknown) => void) => {
  let running = 0;
  const waiting: (() => Promise<void>)[] = [];
  const start = (task: () => Promise<void>) => {
    running += 1;
    task()
      .catch(onError)
      .finally(() => {
        running -= 1;
        // The next task starts on a later turn of the event loop: an in-process database
        // resolves in microtasks, and chaining tasks there would starve incoming requests.
        setImmediate(next);
      });
  };
  const next = () => {
    const task = waiting.shift();
    if (task) start(task);
  };
  return {
    /** Queues `task` and returns; a failure goes to `onError`. */
    later(task: () => Promise<void>): void {
      if (running < concurrency && waiting.length === 0) start(task);
      else waiting.push(task);
    },
    /** Tasks running and waiting now. */
    get size() {
      return running + waiting.length;
    },
  };
};
export type WorkQueue = ReturnType<typeof workQueue>;
