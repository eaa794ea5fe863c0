import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BOT_SCOPES, readSlackConfig, SLASH_COMMANDS } from "../src";

const manifest = readFileSync(new URL("../manifest.yml", import.meta.url), "utf8");

describe("manifest.yml", () => {
  it("declares only commands the app answers, and /log and /baton among them", () => {
    const commands = [...manifest.matchAll(/- command: (\/\w+)/g)].map((m) => m[1]);
    expect(commands).toContain("/log");
    expect(commands).toContain("/baton");
    for (const command of commands) expect(SLASH_COMMANDS).toContain(command);
  });

  it("asks for exactly the bot scopes the app installs with", () => {
    const bot = manifest.split("bot:\n")[1]?.split("settings:")[0] ?? "";
    const scopes = [...bot.matchAll(/- ([a-z_.:]+)/g)].map((m) => m[1]);
    expect([...scopes].sort()).toEqual([...BOT_SCOPES].sort());
  });

  it("sends events, commands and interactivity to /slack/events", () => {
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.endsWith("/slack/events")).toBe(true);
  });
});

describe("the Slack configuration", () => {
  it("takes token mode and OAuth mode, and names what is missing otherwise", () => {
    expect(readSlackConfig({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" })).toMatchObject(
      {
        ok: true,
        value: { PORT: 3000 },
      },
    );
    expect(
      readSlackConfig({
        SLACK_SIGNING_SECRET: "s",
        SLACK_CLIENT_ID: "1",
        SLACK_CLIENT_SECRET: "2",
        SLACK_STATE_SECRET: "3",
        PORT: "8080",
      }),
    ).toMatchObject({ ok: true, value: { PORT: 8080 } });
    const missing = readSlackConfig({ SLACK_CLIENT_ID: "1" });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.problems[0]).toMatch(/^SLACK_SIGNING_SECRET is missing/);
      expect(missing.problems[1]).toMatch(/^SLACK_CLIENT_SECRET is missing/);
    }
    const wrong = readSlackConfig({
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xapp-1",
      PORT: "eighty",
    });
    if (!wrong.ok)
      expect(wrong.problems.join("\n")).toMatch(
        /SLACK_BOT_TOKEN must be a bot token[\s\S]*PORT must be a port/,
      );
    else throw new Error("a wrong token was accepted");
  });
});
