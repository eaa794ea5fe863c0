import { ok } from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Crm, runWrite } from "../src";
import { ADA, GONE, openTestCrm } from "./crmTestKit";

describe.each(testDrivers())("a write on $name", (driver) => {
  let crm: Crm;
  beforeEach(async () => {
    crm = await openTestCrm(driver);
  });
  afterEach(async () => {
    await crm.close();
  });

  const writeNote = (key: string | undefined, text: string) =>
    runWrite(
      crm.context,
      ADA,
      "test.note",
      key ? { idempotencyKey: key } : undefined,
      async (w) => {
        await w.tx
          .insertInto("history")
          .values({
            entity_type: "note",
            entity_id: text,
            field: "text",
            actor_id: w.actor.id,
            at: w.now,
            change_id: w.changeId,
          })
          .execute();
        return ok({ text, at: w.now });
      },
    );

  it("writes once when 100 calls share one idempotency key, and all get the first result", async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => writeNote("slack:T1:1700000000.000100", `n${i}`)),
    );
    const rows = await crm.context.store.db
      .selectFrom("history")
      .selectAll()
      .where("entity_type", "=", "note")
      .execute();
    expect(rows).toHaveLength(1);
    const first = results.find((r) => r.ok && r.value.text === rows[0]?.entity_id);
    expect(first).toBeDefined();
    for (const result of results) expect(result).toEqual(first);
    expect(results[0]?.ok && results[0].value.at).toBeInstanceOf(Date);
  });

  it("refuses a deactivated or unknown actor and writes nothing", async () => {
    const gone = await runWrite(crm.context, GONE, "test.note", undefined, async () => ok(1));
    expect(gone).toMatchObject({ ok: false, error: { code: "inactive_actor" } });
    const unknown = await runWrite(
      crm.context,
      { userId: "nobody" },
      "test.note",
      undefined,
      async () => ok(1),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: "unknown_actor" } });
  });
});
