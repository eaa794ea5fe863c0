import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../src";
import { testDrivers } from "../src/testing";

describe.each(testDrivers())("a store on $name", (driver) => {
  let store: Store;
  beforeEach(async () => {
    store = await driver.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("has every table, empty, after migrating", async () => {
    const accounts = await store.db.selectFrom("accounts").selectAll().execute();
    expect(accounts).toEqual([]);
  });

  it("ranks accounts by trigram similarity", async () => {
    const now = new Date();
    await store.db
      .insertInto("accounts")
      .values(
        ["Acme GmbH", "Acme Corporation", "Globex"].map((name, i) => ({
          id: `a${i}`,
          name,
          lifecycle_stage: "lead",
          owner_id: null,
          owner_queue: "sales",
          previous_owner_ids: [],
          external_id: null,
          created_at: now,
          updated_at: now,
          industry: null,
          region: null,
          country: null,
          size_band: null,
          domain: null,
          parent_id: null,
          team_id: null,
        })),
      )
      .execute();
    const rows = await sql<{
      name: string;
    }>`select name from accounts where 'acme' <% lower(name) order by word_similarity('acme', lower(name)) desc`.execute(
      store.db,
    );
    expect(rows.rows.map((r) => r.name).sort()).toEqual(["Acme GmbH", "Acme Corporation"].sort());
  });
});
