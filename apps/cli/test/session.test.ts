import { PassThrough } from "node:stream";
import { createChat } from "@baton/chat";
import { type Crm, openCrm } from "@baton/crm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isEmpty, linkTerminal, loadDemo, ownAccounts, userWithRole } from "../src/demo";
import { progressBar } from "../src/terminal/progress";
import { runSession } from "../src/terminal/session";
import { styleFor } from "../src/terminal/style";

/** A stream that records what is written, as a terminal or a pipe. */
const screen = (isTTY: boolean) => {
  const written: string[] = [];
  const out = {
    isTTY,
    write: (text: string) => written.push(text) > 0,
  } as unknown as NodeJS.WriteStream;
  return { out, text: () => written.join("") };
};

describe("the terminal session on an in-memory demo company", () => {
  let crm: Crm;
  let rep: { id: string; name: string };
  beforeAll(async () => {
    crm = await openCrm({ dataDir: "memory" });
    expect(await isEmpty(crm)).toBe(true);
    const bar = screen(false);
    await loadDemo(crm, progressBar(bar.out));
    expect(bar.text()).toMatch(/accounts: 200\n/);
    expect(await isEmpty(crm)).toBe(false);
    const found = await userWithRole(crm, "rep");
    if (!found) throw new Error("the demo company has no rep");
    rep = found;
    await linkTerminal(crm, rep.id);
  });
  afterAll(async () => {
    await crm.close();
  });

  const session = async (script: string[], prompt = false) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk: Buffer) => {
      shown += chunk.toString("utf8");
    });
    const done = runSession({
      chat: createChat({ crm }),
      userId: rep.id,
      input,
      output,
      style: styleFor(false),
      prompt,
    });
    input.end(`${script.join("\n")}\n`);
    await done;
    return shown;
  };

  it("answers each line in turn and stops at /quit", async () => {
    const [account = "?"] = await ownAccounts(crm, rep.id, 1);
    const shown = await session([`/account "${account}"`, "", "/quit", "/help"], true);
    expect(shown.startsWith("> ")).toBe(true);
    expect(shown).toContain(account);
    expect(shown).not.toContain("What I can do");
  });

  it("turns a typed number into a press of the last reply's button, and other numbers into text", async () => {
    const [account = "?"] = await ownAccounts(crm, rep.id, 1);
    await crm.createAccount({ userId: rep.id }, { name: `${account} Twin` });
    const shown = await session([`/log note ${account.split(" ")[0]} hello`, "1", "7"]);
    expect(shown).toMatch(/Which one did you mean\?|Did you mean/);
    expect(shown).toContain("Logged a note on");
    expect(shown).toContain("There is no open question to answer here.");
  });
});

describe("the progress bar", () => {
  it("redraws in place on a terminal and ends with the message", () => {
    const tty = screen(true);
    const bar = progressBar(tty.out);
    bar.update("accounts", 50, 200);
    bar.update("accounts", 200, 200);
    bar.finish("Loaded.");
    expect(tty.text()).toContain("\r[██████░░░░░░░░░░░░░░░░░░]  25% accounts");
    expect(tty.text()).toMatch(/Loaded\.\n$/);
  });
});
