import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    pool: "forks",
    // The interpreter needs more stack than Node's default for the spec's recursion depths;
    // 4 MB stays well inside the 8 MB main-thread stack of the forked workers.
    execArgv: ["--stack-size=4000"],
  },
});
