import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest test files, longest first: a full run on 2 workers (2026-12-08), each file's time from its
 * first hook to its last (a beforeAll that installs or builds counts); only the order matters.
 * vitest starts the files it has timed longest first, but a fresh clone (CI) has no timings (they live in
 * node_modules/.vite), and then it starts the largest files first: a long file small in bytes started
 * among the last runs on alone while the other worker idles. Files not named here follow in vitest's order.
 */
const longest = [
  'reliability-attacks',
  'reliability-complexity',
  'reliability-longword',
  'e2e-empty-folder',
  'cache-trust',
  'reliability-cli-corpus',
  'visible-text',
  'import-cli',
  'workers',
  'build',
  'engine',
  'reliability-faults',
  'reliability-injection',
  'render-pdf',
  'reliability-docx-attacks',
  'reliability-input',
  'faked-pass',
  'fmt',
  'check-tree',
  'cli-options',
  'reliability-safety',
  'compare',
  'docx-clients',
  'import',
  'cli',
  'booklet-perf',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = longest.indexOf(basename(spec.moduleId, '.test.ts'));
      return at === -1 ? longest.length : at;
    };
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the files not named keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: LongestFirst },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
