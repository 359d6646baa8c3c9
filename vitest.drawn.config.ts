import { defineConfig } from 'vitest/config';

/**
 * Surfaces drawn as Slack would and measured in headless Chromium (../shared/tools/blockkit-preview):
 * they need Chromium installed, so they run on their own, `npm run test:drawn`, which .ci/run runs
 * after installing it.
 */
export default defineConfig({
  test: {
    include: ['test/drawn/**/*.drawn.ts'],
    testTimeout: 120_000,
  },
});
