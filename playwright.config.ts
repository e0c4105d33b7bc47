import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs run against the browser host (tests/e2e/fixtures.ts starts
 * it on Debian's Chromium); tests/electron holds the suite that needs the real
 * Electron binary and skips without it.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
});
