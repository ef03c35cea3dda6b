/**
 * `kvs build --review`: the redline page shows CriticMarkup as <ins>, <del>,
 * <mark> and margin notes, keeps the rest of the text, and lets nothing
 * unsafe from the standard through.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from '../src/cli/build.js';
import { unsafeParts } from './helpers/safe-html.js';
import { markCritic, renderRedline } from '../src/redline/redline.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const body = (html: string) => html.slice(html.indexOf('<body>'));

describe('the redline page', () => {
  it('shows insertions, deletions, substitutions, highlights and comments', () => {
    const source = complete.replace(
      'Målet er, at du kommer ud af dit misbrug eller mindsker det.',
      'Målet er, at du {--kommer ud af--}{++bliver fri af++} dit misbrug{>>Skal vi sige "rusmiddelbrug"?<<} eller {~~mindsker~>reducerer~~} det. {==Vigtigt==}',
    );
    const html = body(renderRedline({ source, title: 'Kvalitetsstandard', kommune: 'Eksempelby', lang: 'da' }));
    expect(html).toContain('<del>kommer ud af</del><ins>bliver fri af</ins>');
    expect(html).toContain('<span class="kvs-note" role="note">Skal vi sige "rusmiddelbrug"?</span>');
    expect(html).toContain('<del>mindsker</del><ins>reducerer</ins>');
    expect(html).toContain('<mark>Vigtigt</mark>');
    expect(html).toContain('<h2>Målgruppe</h2>');
    expect(html).not.toMatch(/[\uE000-\uE007]/u);
    expect(html).not.toContain('kommune: Eksempelby');
  });

  it('wraps a change across paragraphs and inline formatting without broken nesting', () => {
    const html = body(renderRedline({ source: 'Før {++ny **fed** tekst\n\nog et nyt afsnit++} efter.\n', title: 'T', lang: 'da' }));
    expect(html).toContain('<p>Før <ins>ny </ins><strong><ins>fed</ins></strong><ins> tekst</ins></p>');
    expect(html).toContain('<p><ins>og et nyt afsnit</ins> efter.</p>');
  });

  it('lets no script, handler or raw HTML through, also inside marks and comments', () => {
    const attacks = [
      '{++<script>alert(1)</script>++}',
      '{>><img src=x onerror=alert(1)><<}',
      '{~~a~><iframe src="https://evil.example"></iframe>~~}',
      '[x](javascript:alert(1)) {==<b onclick=alert(1)>b</b>==}',
      '\uE000<script>alert(1)</script>\uE001',
    ];
    for (const attack of attacks) {
      const page = renderRedline({ source: `${attack}\n`, title: '<script>t</script>', lang: 'da' });
      expect(body(page), attack).not.toMatch(/<script|<iframe|<img|onerror|onclick|javascript:/iu);
      expect(unsafeParts(page), attack).toEqual([]);
    }
    record({
      area: 'Nothing unsafe published',
      what: 'kvs build --review: script, handlers, frames and javascript: links in and around CriticMarkup',
      cases: attacks.length,
      result: 'none reaches review.html; the text is sanitized as in the leaflet',
    });
  });

  it('leaves text without marks alone', () => {
    expect(markCritic('a {+ b } c {>> d')).toBe('a {+ b } c {>> d');
  });
});

describe('kvs build --review', () => {
  it('writes output/<slug>/review.html beside the leaflet; the leaflet stays the accepted text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-review-'));
    const cwd = process.cwd();
    try {
      mkdirSync(path.join(dir, 'standards'));
      writeFileSync(path.join(dir, 'standards', 'eksempelby.md'), complete.replace('dit misbrug', 'dit {--misbrug--}{++rusmiddelbrug++}'));
      process.chdir(dir);
      // Exit 1: published with errors — an approved standard with tracked changes is one (tracked-change), and kvs build now says so by its exit code.
      expect(await runBuild([], { out: 'output', only: 'html', strict: false, imposition: false, asOf: '2026-06-01', review: true })).toBe(1);
      const review = readFileSync(path.join(dir, 'output', 'eksempelby', 'review.html'), 'utf8');
      expect(review).toContain('<del>misbrug</del><ins>rusmiddelbrug</ins>');
      const leaflet = readFileSync(path.join(dir, 'output', 'eksempelby', 'index.html'), 'utf8');
      expect(leaflet).toContain('dit rusmiddelbrug');
      expect(leaflet).not.toContain('<del>');
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
