import { defineConfig } from 'vitest/config';

// One `vitest run` covers every package. The API suite runs twice: on an embedded libSQL file and on a real
// libSQL server (sqld) started on loopback for each test file by api/src/test-support/sqld-file-setup.ts (issue 2).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'api:file',
          root: './api',
          include: ['src/**/*.test.ts'],
          env: { VIGIL_TEST_DB: 'file' },
          // Headroom for a fresh 2-core CI machine: some tests start the real CLI or a server several times.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api:sqld',
          root: './api',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.file-only.test.ts'],
          env: { VIGIL_TEST_DB: 'sqld' },
          // Each file starts its own sqld; a test that failed because the server stalled runs once more on a new
          // one, any other failure is final (the condition is set per test in sqld-file-setup.ts).
          setupFiles: ['./src/test-support/sqld-file-setup.ts'],
          retry: { count: 1, condition: /^sqld stalled/ },
          // Files take turns (two servers at once would crowd a 2-core machine); each test starts from an emptied,
          // migrated database.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'extension',
          root: './extension',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      { test: { name: 'tests', root: './tests', include: ['meta/**/*.test.ts', 'support/**/*.test.ts'] } },
    ],
  },
});
