import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli";

const NO_SERVER = { DATABASE_URL: undefined };

describe("baton import, export, chat and doctor", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "baton-cli-"));
    // A demo company to import into and export from.
    await runCli(["start"], { cwd: dir, stdin: "/quit\n", env: NO_SERVER });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("imports the good rows, names every bad one, suggests the mapping, and changes nothing the second time", async () => {
    const file = join(dir, "accounts.csv");
    await writeFile(
      file,
      [
        "Company Name,Website,Country",
        "Zeta Robotics GmbH,zeta-robotics.de,DE",
        ",nameless.example,US",
        "Omega Foods Ltd,omega-foods.co.uk,GB",
      ].join("\n"),
    );
    const first = await runCli(["import", file, "--type", "accounts"], {
      cwd: dir,
      env: NO_SERVER,
    });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Suggested column mapping");
    expect(first.stdout).toMatch(/Company Name\s+name/);
    expect(first.stdout).toContain("created: 2");
    expect(first.stdout).toMatch(/line 3/);
    const second = await runCli(["import", file, "--type", "accounts"], {
      cwd: dir,
      env: NO_SERVER,
    });
    expect(second.stdout).toContain("created: 0");
    expect(second.stdout).toContain("unchanged: 2");
  });

  it("checks without writing on --dry-run", async () => {
    const file = join(dir, "more.csv");
    await writeFile(file, "Company Name\nDry Run Co\n");
    const dry = await runCli(["import", file, "--type", "accounts", "--dry-run"], {
      cwd: dir,
      env: NO_SERVER,
    });
    expect(dry.stdout).toContain("Dry run — nothing was written");
    const exported = await runCli(["export", "--type", "accounts"], { cwd: dir, env: NO_SERVER });
    expect(exported.stdout).not.toContain("Dry Run Co");
    expect(exported.stdout).toContain("Zeta Robotics GmbH");
  });

  it("exports to a file", async () => {
    const out = join(dir, "deals.csv");
    const run = await runCli(["export", "--type", "deals", "--out", out], {
      cwd: dir,
      env: NO_SERVER,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Wrote \d+ deals/);
    expect((await readFile(out, "utf8")).split("\n")[0]).toContain("name");
  });

  it("refuses an unknown kind and a missing file politely", async () => {
    const kind = await runCli(["import", "x.csv", "--type", "planets"], {
      cwd: dir,
      env: NO_SERVER,
    });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("one of accounts");
    const missing = await runCli(["import", "--type", "accounts"], { cwd: dir, env: NO_SERVER });
    expect(missing.stderr).toContain("Say which file");
  });

  it("baton chat needs DATABASE_URL and says what it is for", async () => {
    const run = await runCli(["chat"], { cwd: dir, env: NO_SERVER });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL is not set");
  });

  it("names a malformed variable and what it is for", async () => {
    const run = await runCli(["start"], { cwd: dir, env: { DATABASE_URL: "mysql://nope" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL must start with postgres://");
  });

  it("doctor reports the database and what is missing for free text, Slack and Teams", async () => {
    const run = await runCli(["doctor"], {
      cwd: dir,
      env: {
        ...NO_SERVER,
        OPENAI_API_KEY: undefined,
        SLACK_BOT_TOKEN: undefined,
        SLACK_SIGNING_SECRET: undefined,
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /✓ Database: embedded database in .*\.baton\/data, migrated, \d+ users/,
    );
    expect(run.stdout).toContain("! Free text: OPENAI_API_KEY is not set");
    expect(run.stdout).toContain("missing SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN");
    const bad = await runCli(["doctor"], {
      cwd: dir,
      env: { DATABASE_URL: "postgres://127.0.0.1:1/none" },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("✗ Database: PostgreSQL");
  });

  it("baton slack names each missing Slack setting and what it is for", async () => {
    const run = await runCli(["slack"], {
      cwd: dir,
      env: {
        SLACK_SIGNING_SECRET: undefined,
        SLACK_BOT_TOKEN: undefined,
        SLACK_CLIENT_ID: undefined,
      },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "SLACK_SIGNING_SECRET is missing: it verifies that requests come from Slack",
    );
    expect(run.stderr).toContain("SLACK_BOT_TOKEN is missing");
  });

  it("prints the usage for no command, and for an unknown one", async () => {
    const none = await runCli([], { cwd: dir });
    expect(none.stdout).toContain("Usage: baton <command>");
    const unknown = await runCli(["fly"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "fly"');
  });
});
