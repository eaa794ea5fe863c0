import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCrm } from "@baton/crm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./runCli";

describe("baton start on a fresh folder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "baton-start-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the demo company, logs a call typed on stdin, and shows it on the account", async () => {
    // The welcome names the rep's own accounts; read one, then type the script with it.
    const first = await runCli(["start"], {
      cwd: dir,
      stdin: "/quit\n",
      env: { DATABASE_URL: undefined, OPENAI_API_KEY: undefined },
    });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("First run: creating a demo company");
    expect(first.stderr).toMatch(/Demo company loaded: [\d,]+ rows/);
    const account = /Some of your accounts: (.+?)(?:, |\.\n)/.exec(first.stdout)?.[1];
    expect(account).toBeDefined();
    const quoted = `"${account}"`;

    const run = await runCli(["start"], {
      cwd: dir,
      stdin: [
        `/log call ${quoted} pricing call, they want 15% off next: send proposal fri`,
        `/account ${quoted}`,
        "called them again, no answer",
        "/quit",
        "",
      ].join("\n"),
      env: { DATABASE_URL: undefined, OPENAI_API_KEY: undefined },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("First run");
    expect(run.stdout).toContain(`Logged a call on ${account}`);
    expect(run.stdout).toMatch(/Next step: send proposal, due Fri/);
    // The account page lists the call among its recent activities.
    const page = run.stdout.slice(run.stdout.indexOf(`Logged a call on ${account}`));
    expect(page).toContain("Recent activities");
    expect(page).toContain("pricing call, they want 15% off");
    expect(run.stdout).toContain("I can't understand free text right now");
    expect(run.stdout).not.toContain("internal error");

    const crm = await openCrm({ dataDir: join(dir, ".baton", "data") });
    try {
      const stored = await crm.context.store.db
        .selectFrom("activities")
        .innerJoin("accounts", "accounts.id", "activities.account_id")
        .select(["activities.kind", "activities.body", "accounts.name"])
        .where("activities.body", "=", "pricing call, they want 15% off")
        .execute();
      expect(stored).toEqual([
        { kind: "call", body: "pricing call, they want 15% off", name: account },
      ]);
      const task = await crm.context.store.db
        .selectFrom("activities")
        .select("subject")
        .where("kind", "=", "task")
        .where("subject", "=", "send proposal")
        .execute();
      expect(task).toHaveLength(1);
    } finally {
      await crm.close();
    }
  });

  it("presses a numbered button: a deal from the pipeline moved by its number", async () => {
    const env = { DATABASE_URL: undefined };
    const pipeline = await runCli(["start"], { cwd: dir, stdin: "/pipeline\n/quit\n", env });
    const soonest = pipeline.stdout.split("Closing soonest")[1]?.split("\n") ?? [];
    // Header, rule, then the first deal: its name is the first cell.
    const deal = soonest[3]?.split(/\s{2,}/)[0];
    expect(deal).toBeTruthy();
    const run = await runCli(["start"], { cwd: dir, stdin: `/deal "${deal}"\n1\n1\n/quit\n`, env });
    expect(run.stdout).toContain("Move it to:");
    expect(run.stdout).toMatch(
      new RegExp(`Moved ${deal?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} from .+ to .+\\.`),
    );
  });

  it("plays a manager with --as", async () => {
    const run = await runCli(["start", "--as", "manager"], {
      cwd: dir,
      stdin: "/pipeline team\n/lang zh-CN\n/pipeline team\n/quit\n",
      env: { DATABASE_URL: undefined },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/you are .+ \(manager\)/);
    expect(run.stdout).toContain("Open pipeline — your team's");
    expect(run.stdout).toContain("团队进行中的销售管道");
  });

  it("refuses a role nobody has, naming the choices", async () => {
    const run = await runCli(["start", "--as", "astronaut"], {
      cwd: dir,
      env: { DATABASE_URL: undefined },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('No user to play as "astronaut"');
  });
});
