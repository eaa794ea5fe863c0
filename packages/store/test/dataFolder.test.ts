import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, StoreError } from "../src";

describe("an embedded database folder", () => {
  const root = mkdtempSync(join(tmpdir(), "baton-folder-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is initialised beside its final place, keeps what was written, and refuses a second opener while open", async () => {
    const folder = join(root, "data");
    const first = await openStore({ dataDir: folder, closeOnSignal: false });
    await first.db
      .insertInto("teams")
      .values({
        id: "t1",
        name: "Sales",
        function: "sales",
        manager_id: null,
        parent_team_id: null,
      })
      .execute();
    expect(readdirSync(root).filter((name) => name.includes(".init-"))).toEqual([]);

    const second = openStore({ dataDir: folder, closeOnSignal: false });
    await expect(second).rejects.toBeInstanceOf(StoreError);
    await expect(second).rejects.toMatchObject({
      code: "locked",
      message: expect.stringContaining(String(process.pid)),
    });

    await first.close();
    expect(existsSync(`${folder}.lock`)).toBe(false);
    const again = await openStore({ dataDir: folder, closeOnSignal: false });
    expect(await again.db.selectFrom("teams").select("name").execute()).toEqual([
      { name: "Sales" },
    ]);
    await again.close();

    // A lock left behind by a process that no longer runs is taken over.
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], {
      encoding: "utf8",
    });
    writeFileSync(`${folder}.lock`, dead.stdout.trim());
    const afterCrash = await openStore({ dataDir: folder, closeOnSignal: false });
    expect(await afterCrash.db.selectFrom("teams").select("id").execute()).toHaveLength(1);
    await afterCrash.close();
  }, 60_000);

  it("refuses a folder that holds something else, and leaves it untouched", async () => {
    const folder = join(root, "documents");
    mkdirSync(folder);
    writeFileSync(join(folder, "thesis.txt"), "mine");
    await expect(openStore({ dataDir: folder, closeOnSignal: false })).rejects.toMatchObject({
      code: "unreadable",
      message: expect.stringContaining("nothing in"),
    });
    expect(readdirSync(folder)).toEqual(["thesis.txt"]);
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });
});
