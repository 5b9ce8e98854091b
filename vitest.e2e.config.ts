import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian Chromium, one file at a time (one browser each).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
