import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    coverage: {
      provider: "v8",
      // The commands run in child processes in the end-to-end tests, out of v8's sight here;
      // what runs in-process (rendering, configuration) is held to the line.
      include: ["src/terminal/**/*.ts", "src/config.ts", "src/demo.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 80 },
    },
  },
});
