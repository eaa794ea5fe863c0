import { describe, expect, it } from "vitest";
import { workQueue } from "../src/workQueue";

const gate = () => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the work queue after an acknowledgement", () => {
  it("returns at once, runs at most `concurrency` tasks, and the rest in arrival order", async () => {
    const queue = workQueue(2, () => {});
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    for (const [i, g] of gates.entries())
      queue.later(async () => {
        started.push(i);
        await g.opened;
      });
    await settle();
    expect(started).toEqual([0, 1]);
    expect(queue.size).toBe(4);
    gates[1]?.open();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.open();
    gates[2]?.open();
    gates[3]?.open();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(queue.size).toBe(0);
  });

  it("reports a failed task and goes on with the next", async () => {
    const failures: unknown[] = [];
    const queue = workQueue(1, (error) => failures.push(error));
    const done: string[] = [];
    queue.later(async () => {
      throw new Error("Slack said no");
    });
    queue.later(async () => {
      done.push("next");
    });
    await settle();
    expect(failures).toEqual([new Error("Slack said no")]);
    expect(done).toEqual(["next"]);
  });
});
