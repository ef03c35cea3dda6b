import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/reliability-setup.ts'],
    // vitest leaves one core free by default: on a 2-core CI runner that is one
    // test file at a time. Most files wait on child processes, so use both.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
