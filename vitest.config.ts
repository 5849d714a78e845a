import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) need nothing running. Integration tests (*.int.test.ts) run against the real PostgreSQL and
// Redis on localhost, in a database created and migrated for this run only (test/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/**/*.test.ts", "apps/worker/**/*.test.ts", "apps/web/src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/**/*.int.test.ts", "apps/worker/**/*.int.test.ts", "test/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-env.ts", "test/setup-platform.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
          maxWorkers: 2,
          // One process per worker for all its files (not one per file): the platform is imported twice per run, not
          // 73 times (setup 893 s summed over files, then 31 s). test/setup-env.ts and test/setup-platform.ts give
          // each file the worker's starting environment and close the process-wide clients after it.
          isolate: false,
        },
      },
    ],
  },
});
