/**
 * The guide's examples are real files: each runs against the built package and
 * must print what its `Output:` block says, and the guide must show it verbatim.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = join(packageDir, "examples");
const repoRoot = resolve(packageDir, "../..");
const guide = readFileSync(join(repoRoot, "docs/core.md"), "utf8");
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

const OUTPUT_BLOCK = /\/\* Output:\n([\s\S]*?)\*\/\s*$/;
const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".mjs"));

const codeOf = (source: string) => source.replace(OUTPUT_BLOCK, "").trim();

describe("the @baton/core guide", () => {
  it("has examples", () => {
    expect(examples.length).toBeGreaterThan(3);
  });

  for (const file of examples) {
    const source = readFileSync(join(examplesDir, file), "utf8");
    const expected = source.match(OUTPUT_BLOCK)?.[1];

    it(`${file} prints what its Output block says`, () => {
      expect(expected, `${file} needs a trailing /* Output: ... */ block`).toBeDefined();
      const printed = execFileSync(process.execPath, [join(examplesDir, file)], {
        cwd: packageDir,
        encoding: "utf8",
      });
      expect(printed.trim()).toBe(expected?.trim());
    });

    it(`${file} is shown verbatim in docs/core.md`, () => {
      expect(guide).toContain(codeOf(source));
    });
  }

  it("shows the README's scoring example as it is in examples/readme.mjs", () => {
    const source = readFileSync(join(examplesDir, "readme.mjs"), "utf8");
    expect(readme).toContain(codeOf(source));
  });
});
