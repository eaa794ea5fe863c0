import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..", "..");

describe("docs/crm.md", () => {
  const doc = readFileSync(join(root, "docs", "crm.md"), "utf8");
  const file = join(import.meta.dirname, "..", "examples", "embed.mjs");

  it("shows the embedding example exactly as the file a test runs", () => {
    const shown = doc.match(
      /<!-- example: packages\/crm\/examples\/embed\.mjs[^>]*-->\n```js\n([\s\S]*?)```/,
    )?.[1];
    expect(shown).toBe(readFileSync(file, "utf8"));
  });

  it("prints the output the guide promises", async () => {
    const { stdout } = await run(process.execPath, [file], { cwd: root });
    const promised = doc.match(/Output:\n\n```\n([\s\S]*?)```/)?.[1];
    expect(stdout).toBe(promised);
  }, 60_000);
});
