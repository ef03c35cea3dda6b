/**
 * What the benchmark prints and keeps: the machine, the table of rows with
 * their ratios, the issue's targets judged against the numbers, and the
 * README block between <!-- bench:start --> and <!-- bench:end -->.
 */
import { availableParallelism, cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

export function machineInfo() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGbAtStart: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString(),
  };
}

/** Ratios that make sense for a row: to the baseline, and the peers' time over this row's (> 1: this row is faster). */
export function addRatios(rows) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const baseline = byId.get('raw-parse');
  const peers = { vsMarkdownlint: byId.get('markdownlint-cli2'), vsRemark: byId.get('remark-cli') };
  for (const row of rows) {
    if (!row.corpusRow || row.medianMs === undefined) continue;
    if (baseline && row !== baseline) row.xBaseline = ratio(row.medianMs, baseline.medianMs);
    for (const [key, peer] of Object.entries(peers)) {
      if (peer && peer !== row && peer.medianMs !== undefined) row[key] = ratio(peer.medianMs, row.medianMs);
    }
  }
  return rows;
}

function ratio(a, b) {
  return Math.round((a / b) * 1000) / 1000;
}

/**
 * The issue's targets, each judged if its rows ran.
 * @returns {{ id: string, text: string, value: string, limit: string, met: boolean | undefined }[]}  met undefined: shown for comparison only
 */
export function evaluateTargets(rows, { totalSeconds, budgetSeconds, defaultSize }) {
  const m = (id) => rows.find((r) => r.id === id && r.medianMs !== undefined);
  const targets = [];
  const add = (id, text, value, limit, met) => targets.push({ id, text, value, limit, met });
  const raw = m('raw-parse');
  const cold = m('kvs-check-cold');
  if (cold && raw) {
    const x = cold.medianMs / raw.medianMs;
    add('cold-vs-baseline', `cold \`kvs check\` ≤ 0.6 × raw parse`, `${fmt(x, 2)} ×`, '≤ 0.6 ×', x <= 0.6);
  }
  const mdl = m('markdownlint-cli2');
  if (cold && mdl) {
    const x = mdl.medianMs / cold.medianMs;
    add('cold-vs-markdownlint', 'cold `kvs check` ≥ 1.5 × faster than markdownlint-cli2', `${fmt(x, 2)} × faster`, '≥ 1.5 ×', x >= 1.5);
  }
  for (const [id, text, limit] of [
    ['kvs-check-warm', 'warm `kvs check` (nothing changed) ≤ 0.05 × raw parse', 0.05],
    ['kvs-check-changed', '`kvs check` after one file changed ≤ 0.1 × raw parse', 0.1],
  ]) {
    const row = m(id);
    if (row && raw) add(id, text, `${fmt(row.medianMs / raw.medianMs, 3)} ×`, `≤ ${limit} ×`, row.medianMs / raw.medianMs <= limit);
  }
  const node = m('node-startup');
  const one = m('kvs-check-one');
  if (node && one) {
    const x = one.medianMs / node.medianMs;
    add('one-file-startup', '`kvs check` of one file ≤ 5 × `node -e 0`', `${fmt(x, 1)} ×`, '≤ 5 ×', x <= 5);
  }
  const booklet = m('kvs-booklet-one');
  const chromium = m('chromium-print-one');
  if (booklet && chromium) {
    const x = chromium.medianMs / booklet.medianMs;
    add('booklet-vs-chromium', 'one booklet with pdfkit ≥ 10 × faster than Chromium printing the leaflet', `${fmt(x, 1)} × faster`, '≥ 10 ×', x >= 10);
  }
  // Not a target of the issue: the same comparison without a process start-up per booklet.
  const batch = m('kvs-booklets-batch');
  const chromiumBatch = m('chromium-print-batch');
  if (batch && chromiumBatch) {
    const x = chromiumBatch.medianMs / batch.medianMs;
    const each = (row) => fmt(row.medianMs / row.files / 1000, 2);
    add(
      'booklet-batch',
      `${batch.files} booklets in one process against one Chromium printing the same ${chromiumBatch.files} leaflets`,
      `${fmt(x, 1)} × faster (${each(batch)} s against ${each(chromiumBatch)} s a booklet)`,
      'for comparison, no target',
      undefined,
    );
  }
  const small = m('kvs-check-cold-1000');
  if (cold && small) {
    const x = cold.medianMs / small.medianMs;
    add('linear', `cold \`kvs check\` of ${cold.files} standards ≤ 11 × the time of ${small.files}`, `${fmt(x, 1)} ×`, '≤ 11 ×', x <= 11);
    const peaks = ['kvs-check-cold', 'kvs-check-warm', 'kvs-check-changed'].map((id) => m(id)?.peakMb).filter((p) => typeof p === 'number');
    const peak = Math.max(...peaks);
    if (peaks.length > 0) add('memory', `peak memory of \`kvs check\` of ${cold.files} standards (cold, warm, one changed) < 500 MB`, `${fmt(peak, 0)} MB`, '< 500 MB', peak < 500);
  }
  if (defaultSize) add('budget', 'the whole default benchmark < 10 minutes', `${fmt(totalSeconds / 60, 1)} min`, `< ${budgetSeconds / 60} min`, totalSeconds < budgetSeconds);
  return targets;
}

function fmt(x, digits) {
  return x.toFixed(digits);
}

const dash = '—';

/** The rows as a Markdown table (readable in a terminal too). */
export function table(rows) {
  const head = ['Row', 'Files', 'Median s', 'Min–max s', 'CPU s', 'Peak MB', 'Files/s', '× baseline', '× faster than markdownlint-cli2', '× faster than remark-cli'];
  const lines = [row(head), row(head.map((_, i) => (i < 1 ? '---' : '---:')))];
  for (const r of rows) {
    if (r.medianMs === undefined) {
      lines.push(row([r.label, String(r.files ?? dash), r.skipped ?? 'n/a', ...head.slice(3).map(() => dash)]));
      continue;
    }
    lines.push(
      row([
        r.label + (r.note ? ` (${r.note})` : ''),
        String(r.files),
        sec(r.medianMs),
        `${sec(r.minMs)}–${sec(r.maxMs)}`,
        r.cpuMs === null ? 'n/a' : sec(r.cpuMs),
        r.peakMb === null ? 'n/a' : r.peakMb.toFixed(0),
        r.files > 1 ? (r.files / (r.medianMs / 1000)).toFixed(r.files / (r.medianMs / 1000) < 10 ? 1 : 0) : dash,
        r.xBaseline === undefined ? dash : r.xBaseline.toFixed(3),
        r.vsMarkdownlint === undefined ? dash : r.vsMarkdownlint.toFixed(2),
        r.vsRemark === undefined ? dash : r.vsRemark.toFixed(2),
      ]),
    );
  }
  return lines.join('\n');
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function sec(ms) {
  return ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
}

/** What the columns mean, under the table. */
export const legend = [
  'Wall time around the whole process; median of the runs. CPU s: user + system time of the process, all threads (more than the wall time = more than one core busy); for Chromium all its processes (GNU time).',
  'Peak MB: maximum resident set size from getrusage — for node the whole process with its worker threads, for Chromium its largest process (GNU time).',
  '× baseline: median ÷ the raw parse. × faster than a peer: the peer\'s median ÷ this row\'s (above 1 = faster than the peer).',
].join('\n\n');

export function targetLines(targets) {
  return targets
    .map((t) =>
      t.met === undefined
        ? `- ℹ ${t.text} — measured ${t.value} (${t.limit})`
        : `- ${t.met ? '✔ met' : '✘ not met'}: ${t.text} — measured ${t.value} (target ${t.limit})`,
    )
    .join('\n');
}

function machineLine(results) {
  const m = results.machine;
  return `${m.date.slice(0, 10)} · ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, load average (1/5/15 min) ${m.loadAverageAtStart.join(' / ')} at start${m.loadAverageAtEnd ? `, ${m.loadAverageAtEnd.join(' / ')} at end` : ''} · Node ${m.node} · ${m.os}`;
}

/** The block between the README's markers, from the default run and, if there is one, the large run. */
export function readmeBlock(results, large) {
  const r = results.config;
  const parts = [
    `Machine: ${machineLine(results)}.`,
    '',
    `Corpus: ${r.n} standards (seed ${r.seed}), read once before the runs to warm the file cache. Median of ${r.runs} run${r.runs > 1 ? 's' : ''} per row unless the row says otherwise. Whole benchmark (bench/run.js, without the build before it): ${(results.totalSeconds / 60).toFixed(1)} min.`,
    '',
    table(results.rows),
    '',
    legend,
    '',
    targetLines(results.targets),
  ];
  if (large) {
    parts.push(
      '',
      `\`npm run bench -- --n ${large.config.n}\` (${machineLine(large)}; ${large.config.runs} run):`,
      '',
      table(large.rows),
      '',
      targetLines(large.targets),
    );
  }
  return parts.join('\n');
}

export const markers = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' };

export function replaceReadmeBlock(readmePath, block) {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${markers.start} … ${markers.end} block`);
  writeFileSync(readmePath, `${text.slice(0, start + markers.start.length)}\n${block}\n${text.slice(end)}`);
}
