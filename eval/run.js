#!/usr/bin/env node
/**
 * `npm run eval`: how right the check is on the labelled corpus
 * (test/corpus/check/), section by section. Each section is a module in
 * eval/sections/ exporting `evaluate({ cases, kvs, asOf })`, which returns
 * rows, a summary and a pass flag; this prints a table per section and writes
 * eval/results.json (git-ignored: a run never changes a tracked file). Uses the
 * built dist/ (`npm run build` first). Exit 1 when a section misses its targets.
 *
 *   npm run eval               all sections
 *   npm run eval -- --verbose  also each wrong case
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadCases } from './load.js';

export const asOf = '2026-01-01';
const root = fileURLToPath(new URL('..', import.meta.url));

export async function runEval() {
  const kvs = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const cases = loadCases(join(root, 'test/corpus/check'));
  const sections = [];
  for (const file of readdirSync(join(root, 'eval/sections')).filter((f) => f.endsWith('.js')).sort()) {
    const section = await import(pathToFileURL(join(root, 'eval/sections', file)).href);
    sections.push({ id: file.slice(0, -3), ...section.evaluate({ cases, kvs, asOf }) });
  }
  return sections;
}

/** A section's rows as a Markdown table. */
export function markdownTable(section) {
  const head = `| ${section.columns.join(' | ')} |\n|${section.columns.map(() => ' --- ').join('|')}|\n`;
  return head + section.rows.map((row) => `| ${section.columns.map((c) => row[c]).join(' | ')} |`).join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const verbose = process.argv.includes('--verbose');
  const sections = await runEval();
  for (const section of sections) {
    console.log(`\n${section.title} — ${section.pass ? 'mål nået' : 'MÅL IKKE NÅET'}\n`);
    console.log(markdownTable(section));
    console.log(`\n${JSON.stringify(section.summary)}`);
    if (verbose) for (const line of section.mistakes ?? []) console.log(`  ${line}`);
  }
  writeFileSync(join(root, 'eval/results.json'), `${JSON.stringify(sections, null, 2)}\n`);
  process.exitCode = sections.every((s) => s.pass) ? 0 : 1;
}
