import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Builds start Chromium; two workers keep a 2-core machine responsive.
    maxWorkers: 2,
  },
});
