import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { relayOutbox, type Store } from "../src";
import { testDrivers } from "../src/testing";

describe.each(testDrivers())("reading the outbox as a consumer, on $name", (driver) => {
  let store: Store;
  beforeEach(async () => {
    store = await driver.open();
    const at = new Date("2026-03-02T09:00:00Z");
    for (const n of [1, 2, 3])
      await store.db
        .insertInto("outbox")
        .values({
          event_type: `e${n}`,
          payload: JSON.stringify({ n }),
          occurred_at: at,
          published_at: null,
        })
        .execute();
  });
  afterEach(async () => {
    await store.close();
  });

  const seen = (consumer: string) => {
    const types: string[] = [];
    return {
      types,
      run: () =>
        relayOutbox(store.db, consumer, async (rows) => {
          types.push(...rows.map((r) => r.type));
        }),
    };
  };

  it("hands each consumer every event once, in order, and nothing the second time", async () => {
    const slack = seen("slack");
    const teams = seen("teams");
    expect(await slack.run()).toBe(3);
    expect(await slack.run()).toBe(0);
    expect(await teams.run()).toBe(3);
    expect(slack.types).toEqual(["e1", "e2", "e3"]);
    expect(teams.types).toEqual(["e1", "e2", "e3"]);
  });

  it("keeps its place when the handler fails, so nothing is lost", async () => {
    await expect(
      relayOutbox(store.db, "slack", async () => {
        throw new Error("Slack is down");
      }),
    ).rejects.toThrow("Slack is down");
    const slack = seen("slack");
    await slack.run();
    expect(slack.types).toEqual(["e1", "e2", "e3"]);
  });

  it("gives each event to one of several replicas relaying at once", async () => {
    const types: string[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        relayOutbox(
          store.db,
          "slack",
          async (rows) => {
            types.push(...rows.map((r) => r.type));
          },
          1,
        ),
      ),
    );
    expect([...types].sort()).toEqual(["e1", "e2", "e3"]);
  });
});
