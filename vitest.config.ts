import { defineConfig } from 'vitest/config';

// Two cores here. The browser journeys (each a server and a Chromium) run after the other tests,
// two at a time, so that a loaded machine does not turn their clicks and waits into flakes.
const shared = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'api',
          include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          // a few files in flight, each with its own databases
          maxWorkers: 3,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
