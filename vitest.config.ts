import { defineConfig } from 'vitest/config';
import { PassFailSummaryReporter } from './tests/support/pass-fail-summary-reporter';

// Two projects: unit tests are pure and fast; integration tests use real parts (the official
// SDKs against the cloud simulator, real SQLite files, a real keychain, real Chromium).
export default defineConfig({
  test: {
    reporters: ['default', new PassFailSummaryReporter()],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          // The IPC fuzz runs the real services too, and stays within a few seconds.
          include: ['tests/integration/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
