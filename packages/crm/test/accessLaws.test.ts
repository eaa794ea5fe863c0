import { visibleFields } from "@baton/core";
import { testDrivers } from "@baton/store/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Crm } from "../src";
import { ADA, ADM, BOB, EVE, FAY, LEO, MIA, MONA, openTestCrm, SUE, USERS } from "./crmTestKit";
import { aDeal, anAccount } from "./funnelFixtures";

const READERS = [ADA, BOB, EVE, MIA, MONA, SUE, FAY, LEO, ADM];
const AUTHORS = [ADA, BOB, EVE, MIA, ADM];
const userOf = (actor: Actor) => USERS.find((u) => u.id === actor.userId);

describe.each(testDrivers())("what anyone can read, on $name", (driver) => {
  let crm: Crm;
  let run = 0;
  beforeAll(async () => {
    crm = await openTestCrm(driver);
    const acme = await anAccount(crm, {
      name: "Acme GmbH",
      ownerId: "user-ada",
      teamId: "team-sales",
    });
    const globex = await anAccount(crm, {
      name: "Globex Shanghai",
      ownerId: "user-eve",
      teamId: "team-sales-east",
    });
    await aDeal(crm, acme.id, { name: "Acme renewal" });
    await aDeal(crm, globex.id, { name: "Globex pilot", ownerId: "user-eve" });
  });
  afterAll(async () => {
    await crm.close();
  });

  it("never shows one person's private note to another, nor a field outside the reader's view, through any read", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            author: fc.constantFrom(...AUTHORS),
            account: fc.constantFrom("Acme GmbH", "Globex Shanghai"),
            private: fc.boolean(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (notes) => {
          run += 1;
          const written: { author: string; token: string; private: boolean }[] = [];
          for (const [i, note] of notes.entries()) {
            const token = `secret-${run}-${i}-${note.author.userId}`;
            const result = await crm.logActivity(note.author, {
              kind: "note",
              account: note.account,
              body: `note ${token}`,
              private: note.private,
            });
            if (result.ok)
              written.push({ author: note.author.userId, token, private: note.private });
          }
          for (const reader of READERS) {
            const seen: string[] = [];
            for (const account of ["Acme GmbH", "Globex Shanghai"]) {
              const summary = await crm.accountSummary(reader, { account });
              if (!summary.ok) continue;
              seen.push(JSON.stringify(summary.value));
              const user = userOf(reader);
              const allowed = new Set([
                "id",
                ...visibleFields(user as never, "account", crm.context.config),
              ]);
              expect(Object.keys(summary.value.account).filter((k) => !allowed.has(k))).toEqual([]);
              for (const activity of summary.value.recentActivities) {
                if (activity.private) expect(activity.actorId).toBe(reader.userId);
              }
              const dealFields = new Set([
                "id",
                ...visibleFields(user as never, "deal", crm.context.config),
              ]);
              for (const deal of summary.value.openDeals) {
                expect(Object.keys(deal).filter((k) => !dealFields.has(k))).toEqual([]);
              }
            }
            const exported = await crm.exportCsv(reader, { kind: "activities" });
            if (exported.ok) seen.push(exported.value.csv);
            const found = await crm.find(reader, { query: "secret" });
            if (found.ok) seen.push(JSON.stringify(found.value));
            const everything = seen.join("\n");
            for (const note of written) {
              if (note.private && note.author !== reader.userId)
                expect(everything).not.toContain(note.token);
            }
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});
