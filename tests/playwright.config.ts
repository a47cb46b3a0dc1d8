import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian Chromium with the built extension (issue 2). One worker: every test drives one
// browser and one API server shared per worker, and the machine has two cores shared with the API and Chromium.
//
// Each run writes traces and screenshots to its own folder: Playwright empties its output folder when a run starts,
// and a second run in the same work tree would otherwise delete the traces of one still going. Set here once, the
// id reaches the worker processes through their environment.
process.env.VIGIL_E2E_RUN_ID ??= new Date().toISOString().replace(/[:.]/g, '-');

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Generous on purpose: CI is a fresh 2-core machine running the API, Chromium and the test runner at once, and a
  // slow step is not a failure. What a test waits for is an event (a locator, a poll), so a pass is not slower.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  outputDir: join(tmpdir(), 'vigil-e2e-results', process.env.VIGIL_E2E_RUN_ID),
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
