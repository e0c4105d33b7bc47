import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // require('electron') in plain Node tries to download the binary: tests get a stub.
    alias: { electron: path.resolve(import.meta.dirname, 'tests/stubs/electron.ts') },
  },
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/indexeddb.ts'],
    // The sync property and resume tests run whole exchanges on fake-indexeddb: seconds each, more on a loaded machine.
    testTimeout: 120000,
  },
});
