import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  conversationRefsOf,
  deleteInstallation,
  findChatIdentity,
  findInstallation,
  linkChatIdentity,
  type Store,
  saveConversationRef,
  saveInstallation,
  saveUserPrefs,
  userPrefs,
} from "../src";
import { testDrivers } from "../src/testing";

describe.each(testDrivers())("what the chat apps keep, on $name", (driver) => {
  let store: Store;
  beforeEach(async () => {
    store = await driver.open();
    const now = new Date();
    for (const id of ["user-ada", "user-bob"]) {
      await store.db
        .insertInto("users")
        .values({
          id,
          name: id,
          email: null,
          roles: ["rep"],
          team_id: null,
          manager_id: null,
          time_zone: "UTC",
          locale: "en",
          active: true,
          out_of_office_start: null,
          out_of_office_end: null,
          daily_cap: null,
          updated_at: now,
        })
        .execute();
    }
  });
  afterEach(async () => {
    await store.close();
  });

  const slackAda = { platform: "slack", tenantId: "T1", externalUserId: "U1" };

  it("finds the Baton user of a linked Slack account, and nobody for an unlinked one", async () => {
    expect(await findChatIdentity(store.db, slackAda)).toBeNull();
    await linkChatIdentity(store.db, { ...slackAda, userId: "user-ada", verifiedBy: "email" });
    expect(await findChatIdentity(store.db, slackAda)).toBe("user-ada");
    expect(await findChatIdentity(store.db, { ...slackAda, tenantId: "T2" })).toBeNull();
    await linkChatIdentity(store.db, { ...slackAda, userId: "user-bob", verifiedBy: "admin" });
    expect(await findChatIdentity(store.db, slackAda)).toBe("user-bob");
  });

  it("keeps one conversation reference per user and platform, the latest", async () => {
    await saveConversationRef(store.db, {
      userId: "user-ada",
      platform: "teams",
      tenantId: "tn",
      reference: { conversation: { id: "a" } },
    });
    await saveConversationRef(store.db, {
      userId: "user-ada",
      platform: "teams",
      tenantId: "tn",
      reference: { conversation: { id: "b" } },
    });
    expect(await conversationRefsOf(store.db, "user-ada")).toEqual([
      {
        userId: "user-ada",
        platform: "teams",
        tenantId: "tn",
        reference: { conversation: { id: "b" } },
      },
    ]);
  });

  it("gives defaults until a user sets preferences, keeps what they did not change, and refuses nonsense", async () => {
    expect(await userPrefs(store.db, "user-ada")).toEqual({
      channel: null,
      locale: null,
      timeZone: null,
      quietHours: null,
      digestEnabled: true,
    });
    expect(
      (
        await saveUserPrefs(store.db, "user-ada", {
          locale: "zh-CN",
          quietHours: { start: "19:00", end: "08:00" },
        })
      ).ok,
    ).toBe(true);
    expect((await saveUserPrefs(store.db, "user-ada", { digestEnabled: false })).ok).toBe(true);
    expect(await userPrefs(store.db, "user-ada")).toMatchObject({
      locale: "zh-CN",
      quietHours: { start: "19:00", end: "08:00" },
      digestEnabled: false,
    });
    const bad = await saveUserPrefs(store.db, "user-ada", {
      timeZone: "Mars/Base",
      quietHours: { start: "25:00", end: "08:00" },
    });
    expect(bad.ok).toBe(false);
    expect(await userPrefs(store.db, "user-ada")).toMatchObject({
      timeZone: null,
      quietHours: { start: "19:00" },
    });
  });

  it("stores, replaces and forgets a Slack installation", async () => {
    const key = { platform: "slack", teamId: "T1" };
    await saveInstallation(store.db, key, { bot: { token: "xoxb-1" } });
    await saveInstallation(store.db, key, { bot: { token: "xoxb-2" } });
    expect(await findInstallation(store.db, key)).toEqual({ bot: { token: "xoxb-2" } });
    expect(
      await findInstallation(store.db, { platform: "slack", enterpriseId: "E1", teamId: "T1" }),
    ).toBeNull();
    expect(await deleteInstallation(store.db, key)).toBe(true);
    expect(await findInstallation(store.db, key)).toBeNull();
  });
});
