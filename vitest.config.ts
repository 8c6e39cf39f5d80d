import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/build-example-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Builds are heavy; two at once is all two cores can take.
          maxWorkers: 2,
        },
      },
    ],
  },
});
