import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts'],
          // Generous: a loaded CI machine may be many times slower; no verdict may depend on speed.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/build-example-site.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Builds are heavy; two at once is all two cores can take.
          maxWorkers: 2,
        },
      },
    ],
  },
});
