import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Polls wait for work the app does after it acks; a busy 2-core CI machine needs more than the 1 s default.
    expect: { poll: { timeout: 8_000, interval: 25 } },
  },
});
