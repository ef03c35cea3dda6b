import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/reliability-setup.ts'],
    // vitest leaves one core free by default: on a 2-core CI runner that is one
    // test file at a time. Most files wait on child processes, so use both.
    maxWorkers: 2,
    // Child processes, not threads: some tests change the working folder (process.chdir).
    pool: 'forks',
    // Each worker runs its test files one after another in one module graph: src/ is
    // loaded and compiled by V8 once per worker instead of once per file (about a
    // third of the CPU time of the in-process tests). The test files leave no global
    // state behind: they restore what they change (environment, working folder, spies).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
