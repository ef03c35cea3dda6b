/**
 * Issue 15, "Nothing can fake a passing check": one truth about what text
 * exists. Text in raw HTML that a citizen cannot see (inside <template>,
 * <noscript>, <svg>, …, or hidden by `hidden` or `display: none`) does not
 * count for the check, and the leaflet, the booklet and the Word export do
 * not show it. A section whose only text is hidden this way gets exactly the
 * findings of a truly empty one. Text in HTML the leaflet shows still counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot } from 'hast';
import { strFromU8, unzipSync } from 'fflate';
import { checkText } from '../src/check/check.js';
import { buildStandard } from '../src/model/standard.js';
import { renderLeaflet } from '../src/render/html/index.js';
import { toBlocks } from '../src/render/pdf/blocks.js';
import { exportDocx } from '../src/export/docx/index.js';
import { importDocument } from '../src/import/index.js';
import { defaultTheme } from '../src/render/types.js';
import type { FileResult } from '../src/types.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const asOf = '2026-11-25';
const area = 'Nothing faked';
const bin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));

/** The "Frit valg" paragraph of the complete example; each case puts its own sentence in its place. */
const fritValg = 'Du kan vælge at blive behandlet i et andet offentligt eller privat behandlingstilbud af samme type som det, du er visiteret til.';
const sentence = 'Du kan frit vælge et andet behandlingstilbud af samme type.';
expect(complete).toContain(`## Frit valg\n\n${fritValg}\n`);

const withFritValg = (body: string) => complete.replace(`## Frit valg\n\n${fritValg}\n`, `## Frit valg\n\n${body}\n`);
const emptyFritValg = complete.replace(`## Frit valg\n\n${fritValg}\n`, '## Frit valg\n');

type Wrap = (text: string) => string;

/** The seven wrappers of the issue, inline in a paragraph and as HTML blocks around Markdown. */
const seven = ['template', 'noscript', 'svg', 'math', 'object', 'select', 'xmp'];
const hiddenCases: Array<[string, Wrap]> = [
  ...seven.map((tag): [string, Wrap] => [`<${tag}> inline`, (s) => `<${tag}>${s}</${tag}>`]),
  ...seven.map((tag): [string, Wrap] => [`<${tag}> block around a paragraph`, (s) => `<${tag}>\n\n${s}\n\n</${tag}>`]),
  ...seven.map((tag): [string, Wrap] => [`<${tag}> one HTML block`, (s) => `<${tag}>\n${s}\n</${tag}>`]),
  // Also removed with their content by the leaflet's sanitizer.
  ...['script', 'style', 'textarea', 'iframe', 'noembed', 'noframes', 'title', 'button', 'form', 'video'].map(
    (tag): [string, Wrap] => [`<${tag}> inline`, (s) => `<${tag}>${s}</${tag}>`],
  ),
  // Hidden by HTML itself.
  ['<div hidden> block around a paragraph', (s) => `<div hidden>\n\n${s}\n\n</div>`],
  ['<div hidden> one HTML block', (s) => `<div hidden>${s}</div>`],
  ['<span hidden> inline', (s) => `<span hidden>${s}</span>`],
  ['<span style="display:none"> inline', (s) => `<span style="display:none">${s}</span>`],
  ['<p style="visibility: hidden"> one HTML block', (s) => `<p style="visibility: hidden">${s}</p>`],
  ['<dialog> (not open)', (s) => `<dialog>${s}</dialog>`],
  ['HTML comment', (s) => `<!-- ${s} -->`],
  ['HTML comment inline', (s) => `<!-- ${s} --> `],
  ['nested <div hidden> with an inner <div>', (s) => `<div hidden>\n\n<div>\n\nIndre tekst.\n\n</div>\n\n${s}\n\n</div>`],
  ['unclosed <template> (hides the rest of the section)', (s) => `<template>\n\n${s}\n\n- ${s}`],
  ['<template> in a list item', (s) => `- <template>${s}</template>`],
  ['<template> in a quote', (s) => `> <template>\n>\n> ${s}\n>\n> </template>`],
];

/** Decided to count: the leaflet shows the text (attributes such as aria-hidden are dropped, <details> opens). */
const shownCases: Array<[string, Wrap]> = [
  ['plain paragraph', (s) => s],
  ['<p> one HTML block', (s) => `<p>${s}</p>`],
  ['<p> block around a paragraph', (s) => `<p>\n\n${s}\n\n</p>`],
  ['<strong> inline', (s) => `<strong>${s}</strong>`],
  ['<em> inside <p>', (s) => `<p><em>${s}</em></p>`],
  ['<div> one HTML block', (s) => `<div>\n${s}\n</div>`],
  ['<details> without <summary>', (s) => `<details>${s}</details>`],
  ['<span aria-hidden="true">', (s) => `<span aria-hidden="true">${s}</span>`],
  ['<div class="hidden"> (a class, not the attribute)', (s) => `<div class="hidden">${s}</div>`],
  ['<dialog open>', (s) => `<dialog open>${s}</dialog>`],
];

/** What a finding says, without its place (hidden text moves the lines after it). */
const said = (result: FileResult) =>
  result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.requirement ?? ''} ${f.message}`).sort();
const exitCode = (result: FileResult) => (result.findings.some((f) => f.severity === 'error') ? 1 : 0);

/** `check`: kvs check's findings for the text, which kvs build hands the leaflet too (src/build/build.ts). */
function leafletText(text: string, check: FileResult): string {
  const standard = buildStandard(text, 'x.md');
  const { html } = renderLeaflet({ standard, slug: 'x', check, lang: 'da', theme: defaultTheme, templateDirs: [] });
  const tree = unified().use(rehypeParse).parse(html) as HastRoot;
  let out = '';
  visit(tree, (node) => {
    if (node.type === 'element' && ['script', 'style', 'template'].includes((node as Element).tagName)) return 'skip';
    if (node.type === 'text') out += ` ${node.value}`;
    return undefined;
  });
  return out.replace(/\s+/gu, ' ');
}

const bookletText = (text: string) => JSON.stringify(toBlocks(buildStandard(text, 'x.md').tree));

/** The text Word shows: runs not marked vanish (hidden runs carry Markdown back to `kvs import`). */
async function wordText(text: string): Promise<string> {
  const { bytes } = await exportDocx(text, { date: new Date('2026-11-25T12:00:00Z') });
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/gu) ?? [];
  return runs
    .filter((run) => !run.includes('<w:vanish/>'))
    .map((run) => (run.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu) ?? []).map((t) => t.replace(/<[^>]+>/gu, '')).join(''))
    .join(' ');
}

const emptyResult = checkText(emptyFritValg, 'x.md', { asOf });

describe('text a citizen cannot see', () => {
  it('the empty "Frit valg" is an error, so each case below is tested against a failing check', () => {
    expect(said(emptyResult).some((s) => s.startsWith('empty-section error frit_valg'))).toBe(true);
    expect(said(checkText(complete, 'x.md', { asOf }))).toEqual([]);
  });

  it.each(hiddenCases)('%s: the check sees an empty section, and no output shows the text', async (_name, wrap) => {
    const text = withFritValg(wrap(sentence));
    const result = checkText(text, 'x.md', { asOf });
    expect(said(result)).toEqual(said(emptyResult));
    expect(exitCode(result)).toBe(exitCode(emptyResult));
    expect(leafletText(text, result)).not.toContain('frit vælge et andet');
    expect(bookletText(text)).not.toContain('frit vælge et andet');
    expect(await wordText(text)).not.toContain('frit vælge et andet');
  });

  it('hidden text states no fact: a guarantee only inside <template> is no guarantee', () => {
    const guarantee = 'Du har ret til at komme i behandling senest 14 dage efter, at du har henvendt dig til kommunen.';
    expect(complete).toContain(guarantee);
    const hidden = complete.replace(guarantee, `<template>${guarantee}</template>`);
    const empty = complete.replace(`${guarantee}\n`, '');
    expect(buildStandard(hidden, 'x.md').facts.guaranteeDays).toEqual([]);
    expect(said(checkText(hidden, 'x.md', { asOf }))).toEqual(said(checkText(empty, 'x.md', { asOf })));
  });

  it('a hidden copy is no repetition: the visible paragraph stays, published and counted', () => {
    const text = withFritValg(`<template>${fritValg}</template>\n\n${fritValg}`);
    const standard = buildStandard(text, 'x.md');
    expect(standard.duplicates).toEqual([]);
    const result = checkText(text, 'x.md', { asOf });
    expect(said(result)).toEqual([]);
    expect(leafletText(text, result)).toContain(fritValg);
  });

  it('an unclosed wrapper hides up to the next heading only: the next section still counts and shows', () => {
    const text = withFritValg(`<template>\n\n${sentence}`);
    const result = checkText(text, 'x.md', { asOf });
    expect(said(result)).toEqual(said(emptyResult));
    expect(leafletText(text, result)).toContain('Sammen med dig laver vi en behandlingsplan.');
  });

  it('a requirement recognised by a kvs-krav marker, its text hidden, is as empty as without the text', () => {
    const marked = (body: string) => withFritValg(body).replace('## Frit valg', '## Valg af sted\n\n<!-- kvs-krav: frit_valg -->');
    const hidden = checkText(marked(`<noscript>${sentence}</noscript>`), 'x.md', { asOf });
    const empty = checkText(marked(''), 'x.md', { asOf });
    expect(said(hidden)).toEqual(said(empty));
    expect(said(hidden).some((s) => s.startsWith('empty-section error frit_valg'))).toBe(true);
  });

  it('kvs check (a real process) gives the same findings and exit code as for the empty section', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-visible-'));
    try {
      writeFileSync(join(dir, 'skjult.md'), withFritValg(`<template>${sentence}</template>`));
      writeFileSync(join(dir, 'tom.md'), emptyFritValg);
      const run = (name: string) => spawnSync(process.execPath, [bin, 'check', name, '--format', 'json', '--as-of', asOf, '--no-cache'], { cwd: dir, encoding: 'utf8' });
      const hidden = run('skjult.md');
      const empty = run('tom.md');
      const messages = (stdout: string) =>
        (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; message: string; severity: number }> }>)[0]!.messages.map(
          (m) => `${m.ruleId} ${m.severity} ${m.message}`,
        );
      expect(empty.status).toBe(1);
      expect(hidden.status).toBe(empty.status);
      expect(messages(hidden.stdout)).toEqual(messages(empty.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  afterAll(() =>
    record({
      area,
      what: `"Frit valg" whose only text sits in raw HTML a reader cannot see (${hiddenCases.length} wrappers and forms: the seven of the issue inline, as blocks and as one HTML block, the sanitizer's other stripped elements, hidden, display:none, visibility:hidden, a closed dialog, comments, nesting, unclosed, in lists and quotes) → kvs check, leaflet, booklet, Word`,
      cases: hiddenCases.length,
      result: 'same findings and exit code as the truly empty section; the text is in no leaflet, booklet or visible Word run',
      uncaught: 0,
    }),
  );
});

describe('text a citizen can see', () => {
  it.each(shownCases)('%s: counts for the check and is shown in the leaflet and the booklet', (_name, wrap) => {
    const text = withFritValg(wrap(sentence));
    const result = checkText(text, 'x.md', { asOf });
    expect(said(result)).toEqual([]);
    expect(leafletText(text, result)).toContain(sentence);
    expect(bookletText(text)).toContain(sentence);
  });

  it.each(shownCases)('%s: Word shows the text too', async (_name, wrap) => {
    expect(await wordText(withFritValg(wrap(sentence)))).toContain(sentence);
  });

  it('Word keeps the HTML as hidden source: kvs import gives back what was written, hidden or shown', async () => {
    for (const body of [`<template>${sentence}</template>`, `<p>${sentence}</p>`, `<div hidden>${sentence}</div>`, `Før <noscript>${sentence}</noscript> efter.`]) {
      const { bytes } = await exportDocx(withFritValg(body), { date: new Date('2026-11-25T12:00:00Z') });
      expect(importDocument(bytes, 'x.docx', {}).markdown, body).toContain(`## Frit valg\n\n${body}\n`);
    }
  });

  afterAll(() =>
    record({
      area,
      what: `"Frit valg" whose text sits in HTML the leaflet shows (${shownCases.length} forms: <p>, <strong>, <em>, <div>, <details>, aria-hidden, a class named hidden, an open dialog) → kvs check, leaflet, booklet, Word`,
      cases: shownCases.length,
      result: 'counts for the check (no finding) and the sentence is in the leaflet, the booklet and a visible Word run',
      uncaught: 0,
    }),
  );
});

describe('random nesting of allowed and hiding HTML', () => {
  const shows = ['p', 'strong', 'em', 'sup', 'sub', 'span', 'div', 'b', 'i', 'details', 'section', 'blockquote'];
  const hides = [
    ...seven, 'script', 'style', 'textarea', 'iframe', 'noembed', 'noframes', 'title', 'div hidden', 'span style="display:none"', 'dialog',
  ];
  const tag = fc.oneof(
    fc.constantFrom(...shows).map((t) => ({ open: t, name: t, hides: false })),
    fc.constantFrom(...hides).map((t) => ({ open: t, name: t.split(' ')[0]!, hides: true })),
  );
  const nesting = fc.array(fc.record({ tag, gap: fc.constantFrom('', '\n', '\n\n') }), { minLength: 1, maxLength: 4 });
  let runs = 0;
  let shown = 0;

  it('the check counts the sentence exactly when the leaflet shows it; with no hiding tag it always does', () => {
    fc.assert(
      fc.property(nesting, (layers) => {
        runs++;
        const open = layers.map(({ tag: t, gap }) => `<${t.open}>${gap}`).join('');
        const close = [...layers].reverse().map(({ tag: t, gap }) => `${gap}</${t.name}>`).join('');
        const text = withFritValg(`${open}${sentence}${close}`);
        const result = checkText(text, 'x.md', { asOf });
        const counted = !said(result).some((s) => s.startsWith('empty-section error frit_valg'));
        const visible = leafletText(text, result).includes('frit vælge et andet');
        if (visible) shown++;
        expect(counted).toBe(visible);
        if (!layers.some((layer) => layer.tag.hides)) expect(visible).toBe(true);
      }),
      { numRuns: 150 },
    );
    record({
      area,
      what: 'Random nesting (1–4 deep, with no, one or two line breaks between) of allowed and hiding HTML tags around a sentence in "Frit valg" → kvs check and the leaflet',
      cases: runs,
      result: `the check counted the sentence exactly when the leaflet showed it (${shown} shown, ${runs - shown} hidden); shown whenever no tag hides`,
      uncaught: 0,
    });
  });
});
