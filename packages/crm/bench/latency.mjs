// Latency figures for the benchmarks: percentiles over recorded durations and a
// one-line summary with the ratio to a baseline measured in the same run.

/** The p-th percentile (0–100) of durations in ms, nearest-rank. */
export const percentile = (sorted, p) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `call` `count` times one after another and returns the sorted durations in ms. */
export const timeSequential = async (count, call) => {
  const durations = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await call(i);
    durations.push(performance.now() - start);
  }
  return durations.sort((a, b) => a - b);
};

/** Runs `count` calls with `concurrency` in flight; returns { seconds, durations }. */
export const timeConcurrent = async (count, concurrency, call) => {
  const durations = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      await call(i);
      durations.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return {
    seconds: (performance.now() - started) / 1000,
    durations: durations.sort((a, b) => a - b),
  };
};

export const summary = (sorted) => ({
  p50: percentile(sorted, 50),
  p95: percentile(sorted, 95),
  p99: percentile(sorted, 99),
});

export const ms = (value) => `${value.toFixed(2)} ms`;

export const rssMb = () => `${Math.round(process.memoryUsage().rss / 1e6)} MB`;
