import { defineConfig } from 'vitest/config';

/**
 * Fault tests that disturb shared services (they stop and start the PostgreSQL server), so they run
 * on their own after the main suite: `npm run test:faults`.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
