/**
 * The rules about the law around the text: revision-overdue, stale-reference,
 * document-kind and readability, together: their meta, the complete example
 * under every rule set, and linear running time. Each rule's own cases are in
 * test/rules/<rule>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers/rule-tester.js';
import { complete } from './helpers/fixtures.js';
import { buildStandard } from '../src/model/standard.js';
import { ruleSets } from '../src/law/rulesets.js';
import { revisionOverdue } from '../src/rules/revision-overdue.js';
import { findStaleReferences, staleReference } from '../src/rules/stale-reference.js';
import { documentKind, documentKindRule } from '../src/rules/document-kind.js';
import { readability } from '../src/rules/readability.js';

const AS_OF = '2026-11-25';

// ---------------------------------------------------------------------------

describe('the four rules together', () => {
  it('are silent on the complete example under every rule set', () => {
    for (const set of ruleSets()) {
      for (const rule of [revisionOverdue, staleReference, documentKindRule, readability]) {
        expect(findingsOf(rule.meta.id, { code: complete, asOf: set.inForce }), `${rule.meta.id} ${set.id}`).toEqual([]);
      }
    }
  });

  it('carry their meta: ids, severities, docs links, law in both languages', () => {
    const expected: Record<string, string> = {
      'revision-overdue': 'error',
      'stale-reference': 'warning',
      'document-kind': 'error',
      readability: 'warning',
    };
    for (const rule of [revisionOverdue, staleReference, documentKindRule, readability]) {
      expect(rule.meta.severity).toBe(expected[rule.meta.id]);
      expect(rule.meta.docs).toMatch(new RegExp(`#${rule.meta.id}$`));
      expect(rule.meta.law.da.length).toBeGreaterThan(10);
      expect(rule.meta.description.en.length).toBeGreaterThan(10);
    }
  });
});

// ---------------------------------------------------------------------------

describe('running time', () => {
  /** Fastest of five runs, in ms (the least disturbed by other work on the machine). */
  /** CPU milliseconds, the least of five runs: on a busy machine wall time mostly measures the wait for a core. */
  function time(run: () => void): number {
    const times = [0, 1, 2, 3, 4].map(() => {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    });
    return Math.min(...times);
  }

  /** Text built to make a careless pattern backtrack: long runs of spaces after each trigger, many matches in one sentence. */
  function nasty(n: number): string {
    const unit = [
      `§ 101${' '.repeat(40)},${' '.repeat(40)}stk`,
      `fra 13 og ${'a'.repeat(25)}`,
      `mellem 13${' '.repeat(30)}-`,
      `§ 101, stk. 2 behandlingsgaranti under 18 år fra 13 år`,
      `${' '.repeat(3)}stk. 2`,
      `det sociale${' '.repeat(30)}`,
      'stofmisbrug botilbud § 107 alkohol',
    ].join(' ');
    const paragraph = Array.from({ length: n }, () => unit).join(' ');
    const many = Array.from({ length: n }, (_, i) => `Afsnit ${i} med persondataloven og § 101, stk. 2 og unge under 18 år i behandling.`).join('\n\n');
    return `# Kvalitetsstandard\n\n${paragraph}\n\n${many}\n`;
  }

  it('grows about linearly: four times the text takes far less than sixteen times as long', () => {
    const small = buildStandard(nasty(60));
    const large = buildStandard(nasty(240));
    const run = (standard: typeof small) => () => {
      for (let i = 0; i < 5; i++) {
        findStaleReferences(standard, AS_OF);
        documentKind(standard);
      }
    };
    run(small)(); // warm up both, so neither pays for compilation
    run(large)();
    const t1 = Math.max(time(run(small)), 2);
    const t4 = time(run(large));
    expect(t4, `${t1.toFixed(1)} ms vs ${t4.toFixed(1)} ms`).toBeLessThan(t1 * 10);
  });
});
