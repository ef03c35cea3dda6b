/**
 * `npm run eval`'s targets, in-process: every section in eval/sections/ run on
 * the labelled corpus test/corpus/check/ with the built dist/ (as the eval
 * script does), nothing written. Fails when a section misses its targets.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error a plain JavaScript module of the eval script, without types
import { runEval } from '../eval/run.js';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'test/corpus/check');

describe('eval: the labelled corpus', () => {
  it('has at least 40 § 101 standards, each with labels for every error topic', () => {
    const cases = readdirSync(corpus).filter((f) => f.endsWith('.md'));
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const file of cases) {
      const labels = JSON.parse(readFileSync(join(corpus, file.replace(/\.md$/, '.labels.json')), 'utf8'));
      expect(labels.kind).toBe('sel101');
      for (const value of Object.values(labels.topics)) expect(['covered', 'empty', 'absent']).toContain(value);
    }
  });

  it('meets the targets: no false missing/empty error on a covered topic, recall of absent topics ≥ 0.95', async () => {
    const sections: Array<{ id: string; pass: boolean; summary: { falseErrors: number; absentRecall: number }; mistakes: string[] }> = await runEval();
    const topics = sections.find((s) => s.id === 'topics')!;
    expect(topics.mistakes.filter((m) => m.includes('dækket'))).toEqual([]);
    expect(topics.summary.falseErrors).toBe(0);
    expect(topics.summary.absentRecall).toBeGreaterThanOrEqual(0.95);
    for (const section of sections) expect(section.pass, section.id).toBe(true);
  });
});
