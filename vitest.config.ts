import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One build of the site for the whole run; build tests and browser tests read it.
    globalSetup: ["tests/setup/build-and-serve.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share a machine with 2 cores: keep files from fighting over it.
    maxWorkers: 2,
  },
});
