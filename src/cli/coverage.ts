/**
 * `kvs coverage [PATH…] [--format text|json]`: for each requirement, where
 * each standard covers it and why, or why not. Exit 0 when every required
 * topic of every file is covered, 1 otherwise (or a file could not be read), 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { decode } from '../model/read.js';
import { buildStandard } from '../model/standard.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { coverageRows, type CoverageRow } from '../check/coverage.js';
import { coverageWords } from '../i18n/coverage.js';
import { inBoth } from '../i18n/index.js';
import { plainLine } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface CoverageCliOptions {
  format: string;
  asOf?: string;
  config?: string;
  lang?: Lang;
}

export async function runCoverage(paths: string[], options: CoverageCliOptions): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') {
    throw new UsageError(inBoth(coverageWords, (t) => t.badFormat(options.format)));
  }
  const cwd = process.cwd();
  const context = commandContext(options, cwd);
  const { config, lang, asOf } = context;
  const t = coverageWords[lang];
  const requirements = (config.ruleSet ? ruleSetById(config.ruleSet) : ruleSetFor(asOf)).requirements;
  const files = await context.standards(paths, 'coverage');
  const results: Array<{ file: string; rows?: CoverageRow[]; error?: string }> = [];
  for (const file of files) {
    const name = relative(cwd, file) || file;
    const decoded = decode(readFileSync(file));
    if (!decoded.ok) {
      results.push({ file: name, error: decoded.reason[lang] });
      continue;
    }
    const standard = buildStandard(decoded.text, name, config.headings ? { headings: config.headings } : {});
    results.push({ file: name, rows: coverageRows(standard, requirements, lang) });
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(results.map((result) => textOf(result, t)).join('\n'));
  const gaps = results.some((r) => r.error !== undefined || r.rows!.some((row) => row.severity === 'error' && (row.status === 'missing' || row.status === 'empty')));
  return gaps ? 1 : 0;
}

function textOf(result: { file: string; rows?: CoverageRow[]; error?: string }, t: (typeof coverageWords)['da']): string {
  if (result.error !== undefined) return `${plainLine(result.file)}\n  ${plainLine(result.error)}\n`;
  const rows = result.rows!;
  const lines = [plainLine(result.file)];
  for (const row of rows) {
    lines.push(`  ${row.key} (${plainLine(row.title)}): ${t.status(row.status)}`);
    if (row.places.length === 0) lines.push(`    ${t.nowhere}`);
    for (const place of row.places) lines.push(`    ${plainLine(t.place(place))}`);
  }
  lines.push(`  ${t.summary(rows.filter((r) => r.status === 'covered').length, rows.length)}`, '');
  return `${lines.join('\n')}\n`;
}
