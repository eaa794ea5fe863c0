// Keeps the guide true to the examples: runs each packages/core/examples/*.mjs against the
// built package, rewrites its trailing Output block with what it printed, and copies code and
// output into docs/core.md (and readme.mjs into README.md). Run after `npm run build`:
//   npm run examples:sync -w @baton/core
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const examplesDir = join(packageDir, "examples");
const guidePath = resolve(packageDir, "../../docs/core.md");
const readmePath = resolve(packageDir, "../../README.md");
const OUTPUT_BLOCK = /\/\* Output:\n[\s\S]*?\*\/\s*$/;

let guide = readFileSync(guidePath, "utf8");
let readme = readFileSync(readmePath, "utf8");

for (const file of readdirSync(examplesDir).filter((f) => f.endsWith(".mjs"))) {
  const path = join(examplesDir, file);
  const code = readFileSync(path, "utf8").replace(OUTPUT_BLOCK, "").trimEnd();
  const printed = execFileSync(process.execPath, [path], { cwd: packageDir, encoding: "utf8" });
  const output = printed.trim();
  writeFileSync(path, `${code}\n\n/* Output:\n${output}\n*/\n`);

  const name = file.replace(/\.mjs$/, "");
  const section = new RegExp(
    `(\\[\`examples/${name}\\.mjs\`\\]\\([^)]*\\):\\n\\n\`\`\`js\\n)[\\s\\S]*?(\\n\`\`\`\\n\\nOutput:\\n\\n\`\`\`text\\n)[\\s\\S]*?(\\n\`\`\`)`,
  );
  if (!section.test(guide)) console.warn(`docs/core.md has no section for examples/${file}`);
  guide = guide.replace(
    section,
    (_, open, middle, close) => `${open}${code}${middle}${output}${close}`,
  );
  if (name === "readme") {
    readme = readme.replace(
      /(<!-- example: packages\/core\/examples\/readme\.mjs[^\n]*\n```js\n)[\s\S]*?(\n```)/,
      (_, open, close) => `${open}${code}${close}`,
    );
  }
  console.log(`synced examples/${file}`);
}
writeFileSync(guidePath, guide);
writeFileSync(readmePath, readme);
