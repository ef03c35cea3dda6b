#!/usr/bin/env node
/**
 * `npm run bench`: kvs check and kvs build against a raw parse of the same
 * corpus and against markdownlint-cli2 and remark-cli, every tool as a whole
 * process. Prints a table, judges the targets of issue 7 and writes
 * bench/results.json (bench/results-n<N>.json for another size).
 *
 *   npm run bench                       default: 1,000 standards, median of 3 runs (fewer for the slowest rows)
 *   npm run bench -- --n 10000          the scale run: 1 run, cold/warm/changed check and 1,000 for comparison
 *   npm run bench -- --only kvs-check-cold --n 50 --runs 1
 *   npm run bench -- --only raw-parse,kvs-check-cold,kvs-check-warm --n 50   rows by id, comma-separated
 *   node bench/run.js --write-readme    put the saved results into the README, run nothing
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusHash, ensureCorpus } from './corpus.js';
import { hasGnuTime, median, runOnce, schedule, summarise } from './measure.js';
import { addRatios, evaluateTargets, legend, machineInfo, readmeBlock, replaceReadmeBlock, table, targetLines } from './report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const kvsBin = join(root, 'bin/kvs.js');
const defaultN = 1000;
const budgetSeconds = 600;

const usage = `usage: npm run bench [-- --n N] [--runs R] [--seed S] [--only ROW,ROW] [--subset K]
       node bench/run.js --write-readme`;
const opts = readOptions();

if (opts.help) {
  console.log(usage);
  process.exit(0);
}

if (opts['write-readme']) {
  writeReadme();
  process.exit(0);
}

const n = positive('n', opts.n);
const seed = positive('seed', opts.seed, 0);
const defaultSize = n === defaultN;
/** Above the default size only the check's scaling is measured, once. */
const scale = n > defaultN;
// Runs over the corpus. Their warm-up is one untimed read of every file by this process, which
// puts the corpus in the OS file cache; a warm-up run of each tool would warm nothing more (every
// run is a new process) and cost the budget of 10 minutes.
const runs = opts.runs ? positive('runs', opts.runs) : scale ? 1 : 3;
// Rows of one process on one file take seconds or less: each gets its own warm-up and more runs.
const shortRuns = opts.runs ? runs : 5;
const bookletRuns = opts.runs ? runs : 3;
const subsetSize = positive('subset', opts.subset);

const started = performance.now();
const machine = machineInfo();
const corpus = ensureCorpus({ n, seed });
const workDir = join(benchDir, '.corpus', `work-n${n}-seed${seed}`);
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
console.log(`Corpus: ${corpus.files.length} standards in ${corpus.dir} (${corpus.generated ? 'generated' : 'reused'})`);
const hashBefore = corpusHash(corpus.standards);
const features = kvsFeatures();

const rows = defineRows();
const only = opts.only?.split(',');
const selected = only ? rows.filter((r) => only.includes(r.id)) : rows.filter((r) => r.inDefault);
if (selected.length === 0) fail(`--only ${opts.only}: no such row; rows: ${rows.map((r) => r.id).join(', ')}`);
for (const file of corpus.files) readFileSync(join(corpus.standards, file));

const active = selected.filter((row) => {
  if (row.skipped) console.log(`${row.label}: ${row.skipped}`);
  return !row.skipped;
});
for (const row of active) {
  row.runs = row.runs ?? runs;
  row.warmup = row.warmup ?? 0;
  if (row.runs !== runs || row.warmup > 0) row.note = `${row.warmup > 0 ? `${row.warmup} warm-up + ` : ''}${row.runs} run${row.runs > 1 ? 's' : ''}`;
  row.samples = [];
}
// Round by round, every row once a round (the order of defineRows), so the shared machine's slow minutes fall on all rows alike.
const steps = schedule(active);
const loads = [];
let done = 0;
try {
  for (const { row: index, i, timed } of steps) {
    const row = active[index];
    const rowWork = join(workDir, row.id);
    if (!row.ready) {
      row.setup?.(rowWork);
      row.ready = true;
    }
    row.before?.(i);
    let sample;
    try {
      sample = runOnce(row.command, rowWork);
    } finally {
      row.after?.(i);
    }
    done++;
    if (!timed) continue;
    row.samples.push(sample);
    loads.push(sample.load);
    console.log(`[${done}/${steps.length}] ${row.label}: ${seconds(sample.cpuMs)} s CPU, ${seconds(sample.ms)} s wall, load ${sample.load.toFixed(2)}`);
  }
} finally {
  for (const row of active) row.teardown?.();
}
for (const row of active) Object.assign(row, summarise(row.samples, row));

const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
const corpusUnchanged = corpusHash(corpus.standards) === hashBefore;
addRatios(selected);
const targets = evaluateTargets(selected, { totalSeconds, budgetSeconds, defaultSize: defaultSize && !opts.only });
console.log(`\n${table(selected)}\n\n${legend}\n\n${targetLines(targets)}\n`);
console.log(`Total ${totalSeconds} s. Corpus ${corpusUnchanged ? 'unchanged by the tools' : 'CHANGED BY A TOOL (see the peers rows)'}.`);

const results = {
  machine: { ...machine, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100), loadDuringRuns: loadSummary(loads) },
  config: { n, seed, runs, shortRuns, bookletRuns, subset: subsetSize, only: opts.only ?? null },
  kvsFeatures: features,
  peers: { 'markdownlint-cli2': versionOf('markdownlint-cli2'), 'remark-cli': versionOf('remark-cli'), 'remark-preset-lint-recommended': versionOf('remark-preset-lint-recommended') },
  corpus: { dir: corpus.dir.slice(root.length), files: corpus.files.length, unchangedByTools: corpusUnchanged },
  totalSeconds,
  rows: selected.map((row) => ({ ...measured(row), command: row.command.argv.map(shorten).join(' ') })),
  targets,
};
if (opts.only) {
  console.log('(--only: results not saved)');
} else {
  // Small development runs go to the git-ignored corpus folder; the default and the scale run are kept.
  const file = defaultSize ? join(benchDir, 'results.json') : join(benchDir, scale ? '' : '.corpus', `results-n${n}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Saved ${file.slice(root.length)}; \`node bench/run.js --write-readme\` puts it into the README.`);
}
if (!corpusUnchanged) process.exitCode = 1;

/** A row's numbers and labels, without its hooks. */
function measured(row) {
  const keys = ['id', 'label', 'note', 'skipped', 'files', 'corpusRow', 'runs', 'warmup', 'timesMs', 'cpuTimesMs', 'medianMs', 'minMs', 'maxMs', 'cpuMs', 'peakMb', 'load', 'xBaseline', 'vsMarkdownlint', 'vsRemark'];
  return Object.fromEntries(keys.filter((k) => row[k] !== undefined).map((k) => [k, row[k]]));
}

/** Every row the benchmark knows; `inDefault` says which run without --only. */
function defineRows() {
  const first = corpus.files[0];
  const subset = corpus.files.slice(0, subsetSize).map((f) => `standards/${f}`);
  const kvs = (args, cwd = corpus.dir) => ({ argv: [process.execPath, kvsBin, ...args], cwd, kind: 'node', okStatus: 1 });
  const noCache = features.noCache ? ['--no-cache'] : [];
  const cacheSkip = features.noCache ? undefined : 'n/a (no cache yet)';
  // One cache folder for the three check rows. Each cold run starts with it empty, as a first run
  // does (and pays for writing it), and leaves it full for the warm and changed runs of its round.
  // Without a cold run before them, it is filled untimed. A kvs without --cache-location: --no-cache
  // for cold, and its default cache filled untimed.
  const cacheDir = join(workDir, 'kvs-cache');
  const cacheArgs = features.cacheLocation ? ['--cache-location', cacheDir] : [];
  const coldArgs = ['check', 'standards', ...(features.cacheLocation ? cacheArgs : noCache)];
  const cachedArgs = ['check', 'standards', ...cacheArgs];
  let cacheFull = false;
  const emptyCache = () => rmSync(cacheDir, { recursive: true, force: true });
  const fillCache = () => {
    if (!cacheFull) runOnce(kvs(cachedArgs), join(workDir, 'fill-cache'));
    cacheFull = true;
  };

  const changed = new Map();
  const restoreChanged = () => {
    for (const [file, bytes] of changed) writeFileSync(file, bytes);
    if (changed.size > 0) cacheFull = false;
    changed.clear();
  };
  const chromium = chromiumPath();
  const short = { warmup: 1, runs: shortRuns };
  const booklet = { warmup: 1, runs: bookletRuns };
  const leafletDir = join(workDir, 'leaflet');
  const leafletsDir = join(workDir, 'leaflets');

  return [
    {
      id: 'raw-parse',
      label: 'raw parse, 1 thread (baseline)',
      files: n,
      corpusRow: true,
      inDefault: true,
      command: { argv: [process.execPath, join(benchDir, 'raw-parse.js'), 'standards'], cwd: corpus.dir, kind: 'node' },
    },
    // The cold check's floor: what any check built on remark pays before its own work, and what kvs's parse costs.
    {
      id: 'tokenize-only',
      label: "micromark's tokenizer alone, 1 thread (the raw parse without its tree)",
      files: n,
      corpusRow: true,
      inDefault: !scale,
      command: { argv: [process.execPath, join(benchDir, 'parse-parts.js'), 'tokenize', 'standards'], cwd: corpus.dir, kind: 'node' },
    },
    {
      id: 'check-parse',
      label: "`kvs check`'s parse alone, 1 thread (tree included)",
      files: n,
      corpusRow: true,
      inDefault: !scale,
      command: { argv: [process.execPath, join(benchDir, 'parse-parts.js'), 'check-parse', 'standards'], cwd: corpus.dir, kind: 'node' },
    },
    {
      id: 'kvs-check-cold',
      label: features.cacheLocation ? '`kvs check` cold (empty cache)' : features.noCache ? '`kvs check` cold (--no-cache)' : '`kvs check` (no cache in this version)',
      files: n,
      corpusRow: true,
      inDefault: true,
      before: emptyCache,
      // The cold run leaves the cache full (of this corpus) for the warm and changed runs of its round.
      after: () => (cacheFull = features.cacheLocation),
      command: kvs(coldArgs),
    },
    {
      id: 'kvs-check-cold-1thread',
      label: '`kvs check` cold, 1 thread (--jobs 1)',
      files: n,
      corpusRow: true,
      inDefault: !scale,
      skipped: features.jobs ? undefined : 'n/a (no --jobs in this version)',
      before: emptyCache,
      after: () => (cacheFull = features.cacheLocation),
      command: kvs([...coldArgs, '--jobs', '1']),
    },
    {
      id: 'kvs-check-warm',
      label: '`kvs check` warm (nothing changed)',
      files: n,
      corpusRow: true,
      inDefault: true,
      skipped: cacheSkip,
      before: fillCache,
      command: kvs(cachedArgs),
    },
    {
      id: 'kvs-check-changed',
      label: '`kvs check` after one file changed',
      files: n,
      corpusRow: true,
      inDefault: true,
      skipped: cacheSkip,
      // A different file each run, put back right after it (the other rows of the round read the corpus
      // as generated); the cache then holds the changed text, so it is filled again, untimed, before the
      // next run: each run sees exactly one change.
      before: (i) => {
        fillCache();
        const file = join(corpus.standards, corpus.files[(i * 7919 + 13) % corpus.files.length]);
        if (!changed.has(file)) changed.set(file, readFileSync(file));
        appendFileSync(file, `\nÆndret i benchmarkens kørsel ${i + 1}.\n`);
      },
      after: restoreChanged,
      teardown: restoreChanged,
      command: kvs(cachedArgs),
    },
    {
      id: 'markdownlint-cli2',
      label: 'markdownlint-cli2, default rules',
      files: n,
      corpusRow: true,
      inDefault: !scale,
      command: { argv: [process.execPath, binOf('markdownlint-cli2'), '**/*.md'], cwd: corpus.dir, kind: 'node', okStatus: 1 },
    },
    {
      id: 'remark-cli',
      label: 'remark-cli + remark-preset-lint-recommended',
      files: n,
      corpusRow: true,
      inDefault: !scale,
      // The slowest peer and in no target: two runs, for the budget of 10 minutes.
      runs: Math.min(runs, 2),
      // No --frail: exit status 1 then means a failure, not a warning. Without -o nothing is written.
      command: { argv: [process.execPath, binOf('remark-cli'), '.', '--quiet', '--no-stdout'], cwd: corpus.dir, kind: 'node' },
    },
    {
      id: 'kvs-check-cold-1000',
      label: `\`kvs check\` cold, ${defaultN} standards (for the scale ratio)`,
      files: defaultN,
      inDefault: scale,
      setup: () => ensureCorpus({ n: defaultN, seed }),
      before: emptyCache,
      // The cache now holds the other corpus.
      after: () => (cacheFull = false),
      command: kvs(coldArgs, ensureCorpusDir(defaultN)),
    },
    {
      id: 'node-startup',
      label: '`node -e 0` (start-up)',
      files: 1,
      inDefault: !scale,
      ...short,
      command: { argv: [process.execPath, '-e', '0'], cwd: corpus.dir, kind: 'node' },
    },
    {
      id: 'kvs-check-one',
      label: '`kvs check` of one file',
      files: 1,
      inDefault: !scale,
      ...short,
      command: kvs(['check', `standards/${first}`, ...noCache]),
    },
    {
      id: 'kvs-booklet-one',
      label: 'one booklet, pdfkit (`kvs build --only pdf`)',
      files: 1,
      inDefault: !scale,
      ...booklet,
      before: () => rmSync(join(workDir, 'booklet'), { recursive: true, force: true }),
      command: kvs(['build', `standards/${first}`, '--only', 'pdf', '--out', join(workDir, 'booklet')]),
    },
    {
      id: 'chromium-print-one',
      label: `the same leaflet printed by headless Chromium${hasGnuTime ? '' : ' (peak: no GNU time)'}`,
      files: 1,
      inDefault: !scale,
      ...booklet,
      skipped: chromium ? undefined : 'n/a (no chromium found; set CHROMIUM_PATH)',
      // The leaflet HTML is built once, untimed; the profile folder is reused, as a user's would be.
      setup: () => runOnce(kvs(['build', `standards/${first}`, '--only', 'html', '--out', leafletDir]), join(workDir, 'leaflet-log')),
      command: {
        argv: [
          chromium ?? 'chromium',
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
          '--no-default-browser-check',
          `--user-data-dir=${join(workDir, 'chromium-profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${join(workDir, 'chromium.pdf')}`,
          pathToFileURL(join(leafletDir, basename(first, '.md'), 'index.html')).href,
        ],
        cwd: workDir,
        kind: 'other',
      },
    },
    {
      id: 'kvs-booklets-batch',
      label: `${subset.length} booklets, pdfkit (\`kvs build --only pdf\`, one process)`,
      files: subset.length,
      inDefault: !scale,
      // A target of issue 23: medians like the corpus rows.
      runs: bookletRuns,
      before: () => rmSync(join(workDir, 'booklets'), { recursive: true, force: true }),
      command: kvs(['build', ...subset, '--only', 'pdf', '--out', join(workDir, 'booklets')]),
    },
    {
      id: 'chromium-print-batch',
      label: `the same ${subset.length} leaflets printed by one headless Chromium (playwright-core)`,
      files: subset.length,
      inDefault: !scale,
      // A target of issue 23: medians like the corpus rows.
      runs: bookletRuns,
      skipped: chromium ? undefined : 'n/a (no chromium found; set CHROMIUM_PATH)',
      // The leaflets are built once, untimed.
      setup: () => runOnce(kvs(['build', ...subset, '--only', 'html', '--out', leafletsDir]), join(workDir, 'leaflets-log')),
      command: {
        argv: [
          process.execPath,
          join(benchDir, 'chromium-print.mjs'),
          chromium ?? 'chromium',
          join(workDir, 'chromium-batch'),
          ...subset.map((f) => join(leafletsDir, basename(f, '.md'), 'index.html')),
        ],
        cwd: workDir,
        // GNU time: Chromium's processes are children of this node process.
        kind: 'other',
      },
    },
    {
      id: 'kvs-build-subset',
      label: `\`kvs build\` HTML + PDF of ${subset.length} standards`,
      files: subset.length,
      inDefault: !scale,
      // The slowest row per run, so one run (after the booklet rows, which read the same fonts and templates).
      runs: 1,
      before: () => rmSync(join(workDir, 'build'), { recursive: true, force: true }),
      command: kvs(['build', ...subset, '--out', join(workDir, 'build')]),
    },
  ];
}

/** The 1-minute load average at the start of the timed runs: lowest, median, highest. */
function loadSummary(values) {
  if (values.length === 0) return null;
  const r = (x) => Math.round(x * 100) / 100;
  return { min: r(Math.min(...values)), median: r(median(values)), max: r(Math.max(...values)) };
}

function seconds(ms) {
  return ms === undefined ? '?' : (ms / 1000).toFixed(2);
}

function ensureCorpusDir(size) {
  return size === n ? corpus.dir : join(dirname(corpus.dir), `n${size}-seed${seed}`);
}

/** Which cache flags this kvs has: the cache arrives with the speed work (issue 7). */
function kvsFeatures() {
  const help = spawnSync(process.execPath, [kvsBin, 'check', '--help'], { encoding: 'utf8' });
  if (help.status !== 0) fail(`\`kvs check --help\` failed; run \`npm run build\` first (npm run bench does).\n${help.stderr}`);
  const text = `${help.stdout}${help.stderr}`;
  return { noCache: text.includes('--no-cache'), cacheLocation: text.includes('--cache-location'), jobs: text.includes('--jobs') };
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}


/** Read from node_modules directly: some packages don't export their package.json. */
function packageJson(name) {
  const path = join(root, 'node_modules', name, 'package.json');
  return { path, data: JSON.parse(readFileSync(path, 'utf8')) };
}

function binOf(name) {
  const { path, data } = packageJson(name);
  const bin = typeof data.bin === 'string' ? data.bin : Object.values(data.bin)[0];
  return join(dirname(path), bin);
}

function versionOf(name) {
  try {
    return packageJson(name).data.version;
  } catch {
    return null;
  }
}

function shorten(arg) {
  return arg.startsWith(root) ? arg.slice(root.length) : arg === process.execPath ? 'node' : arg;
}

function positive(name, text, min = 1) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) fail(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return value;
}

function writeReadme() {
  const read = (name) => (existsSync(join(benchDir, name)) ? JSON.parse(readFileSync(join(benchDir, name), 'utf8')) : undefined);
  const results = read('results.json');
  if (!results) fail('bench/results.json is missing: run `npm run bench` first.');
  replaceReadmeBlock(join(root, 'README.md'), readmeBlock(results, read('results-n10000.json')));
  console.log('README.md: benchmark block replaced from bench/results.json.');
}

/** The options, or the usage and exit 2: a mistyped option is a usage error, not a stack trace. */
function readOptions() {
  try {
    return parseArgs({
      options: {
        n: { type: 'string', default: String(defaultN) },
        runs: { type: 'string' },
        seed: { type: 'string', default: '1' },
        only: { type: 'string' },
        subset: { type: 'string', default: '20' },
        'write-readme': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`bench: ${error.message}\n${usage}`);
    process.exit(2);
  }
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
