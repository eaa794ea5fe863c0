/**
 * Runs at most `concurrency` tasks at once, the rest in arrival order. Slack's
 * work happens after the acknowledgement; without a bound, a burst of commands
 * would all wait on the database's connection pool at once and the last ones
 * would time out. With one, they wait here, where waiting costs nothing.
 *
 * @example const queue = workQueue(8); queue.run(() => chat.handle(inbound))
 */
export const workQueue = (concurrency: number) => {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    const start = waiting.shift();
    if (start) start();
  };
  return {
    run: <T>(task: () => Promise<T>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        const start = () => {
          running += 1;
          task()
            .then(resolve, reject)
            .finally(() => {
              running -= 1;
              // The next task starts on a later turn of the event loop: an in-process database
              // resolves in microtasks, and chaining tasks there would starve incoming requests.
              setImmediate(next);
            });
        };
        if (running < concurrency && waiting.length === 0) start();
        else waiting.push(start);
      }),
    /** Tasks running and waiting now. */
    get size() {
      return running + waiting.length;
    },
  };
};
export type WorkQueue = ReturnType<typeof workQueue>;
