/**
 * The package as npm would ship it: `npm pack`, unpacked into a folder outside the
 * workspace, imported from a plain ESM script and a plain CommonJS script.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const workspaceModules = resolve(packageDir, "../../node_modules");
let app: string;
let tarball: string;

const script = (body: string) => body.trim();
const USE_THE_PACKAGE = script(`
const config = core.parseConfig({ scoring: { engagement: { halfLifeDays: 30 } } });
const bad = core.parseConfig({ scoring: { engagement: { halfLifeDays: -1 } } });
const now = new Date("2026-03-31T09:00:00Z");
const scored = core.scoreLead(
  { id: "lead-1", name: "Mei Chen", industry: "software", sizeBand: "201-1000", seniority: "vp", createdAt: now },
  [{ kind: "demo_request", at: new Date("2026-03-01T09:00:00Z") }],
  now,
  config.value,
);
console.log(JSON.stringify({ ok: config.ok, badCode: bad.error?.code, combined: scored.value?.combined }));
`);

beforeAll(() => {
  if (!existsSync(join(packageDir, "dist/index.js"))) {
    throw new Error(
      "packages/core is not built: run `npm run build` first (turbo does this before tests).",
    );
  }
  app = mkdtempSync(join(tmpdir(), "baton-core-pack-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", app], {
      cwd: packageDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { filename: string }[];
  tarball = join(app, packed[0]?.filename ?? "");
  mkdirSync(join(app, "node_modules/@baton"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", join(app, "node_modules/@baton")]);
  renameSync(join(app, "node_modules/@baton/package"), join(app, "node_modules/@baton/core"));
  // Link the runtime dependencies instead of downloading them: the test is about our package.
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    const target = join(app, "node_modules", dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(workspaceModules, dep), target, "dir");
  }
  writeFileSync(join(app, "esm.mjs"), `import * as core from "@baton/core";\n${USE_THE_PACKAGE}\n`);
  writeFileSync(join(app, "cjs.cjs"), `const core = require("@baton/core");\n${USE_THE_PACKAGE}\n`);
}, 60_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

const run = (file: string) =>
  JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" }));

describe("the packed @baton/core", () => {
  it("ships only the built files and the manifest", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).not.toContain("package/src/");
  });

  it("works from a plain ESM script", () => {
    expect(run("esm.mjs")).toEqual({ ok: true, badCode: "invalid_input", combined: "A3" });
  });

  it("works from a plain CommonJS script", () => {
    expect(run("cjs.cjs")).toEqual({ ok: true, badCode: "invalid_input", combined: "A3" });
  });
});
