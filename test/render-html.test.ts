import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot } from 'hast';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildStandard } from '../src/model/standard.js';
import { checkStandard } from '../src/check/check.js';
import { defaultTheme, type RenderInput, type Theme } from '../src/render/types.js';
import type { Standard } from '../src/types.js';
import { renderLeaflet, renderOverview, type OverviewEntry } from '../src/render/html/index.js';
import { contrast, palette, parseHex } from '../src/render/html/theme.js';
import { phoneLink } from '../src/render/html/facts.js';
import { bundledTemplatesDir } from '../src/render/html/templates.js';
import { lix, lixBandName, lixOfStandard } from '../src/model/lix.js';
import { complete } from './helpers/fixtures.js';
import { overviewEntry } from './helpers/bundled.js';
import { axeViolations, hasJava, launchChromium, openHtml, testContext, vnuErrors } from './helpers/browser.js';

const asOf = '2026-11-25';
const standardsDir = new URL('../standards/', import.meta.url);
const bundled = readdirSync(standardsDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({
    slug: name.replace(/\.md$/u, ''),
    standard: buildStandard(readFileSync(new URL(name, standardsDir), 'utf8'), `standards/${name}`),
  }));
const completeStandard = buildStandard(complete, 'test/fixtures/complete.md');

function input(standard: Standard, slug: string, extra: Partial<RenderInput> = {}): RenderInput {
  return { standard, slug, check: checkStandard(standard, { asOf }), lang: 'da', theme: defaultTheme, templateDirs: [], ...extra };
}

const render = (text: string, extra: Partial<RenderInput> = {}) => renderLeaflet(input(buildStandard(text, 'x.md'), 'x', extra));

function parse(html: string, fragment = false): HastRoot {
  return unified().use(rehypeParse, { fragment }).parse(html);
}

function elements(tree: HastRoot, test: (e: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (e: Element) => {
    if (test(e)) found.push(e);
  });
  return found;
}

const text = (e: Element): string => {
  let out = '';
  visit(e, 'text', (t) => {
    out += t.value;
  });
  return out.replace(/\s+/gu, ' ').trim();
};

const headingLevels = (html: string) =>
  elements(parse(html), (e) => /^h[1-6]$/u.test(e.tagName)).map((e) => Number(e.tagName.slice(1)));

const front = (extra = '') => `---
kommune: Eksempelby Kommune
titel: Prøvestandard
omraade: SEL § 101
status: vedtaget
godkendt:
  af: Byrådet
  dato: 2023-06-21
${extra}---

# Prøvestandard
`;

describe('sanitizing: nothing from the Markdown runs', () => {
  const hostile = `${front()}
## Visitationsproceduren

Før scriptet.

<script>alert('blok')</script>

Efter scriptet. Inline <script>alert('inline')</script> slut.

<iframe src="https://evil.example/frame"></iframe>

Tekst før billedet <img src="x" onerror="alert('img')"> tekst efter billedet.

Et [ondt link](javascript:alert('link')) og et [JaVaScRiPt-link](JaVaScRiPt:alert('link2')) og et [godt link](https://example.dk/sti).

<div onclick="alert('div')" style="color:red">Rå blok</div>

Et [data-link](data:text/html;base64,PHNjcmlwdD4=) og ![billede af noget](https://evil.example/x.png) her.

<!-- kvs-krav: visitation -->

<style>body { display: none }</style>

Sidste afsnit med <object data="x.swf"></object> og <embed src="y"> slut.
`;
  const { html, fragment } = render(hostile);

  for (const [name, out] of [['leaflet', html], ['fragment', fragment]] as const) {
    it(`keeps script, iframe, event handlers and unsafe URLs out of the ${name}`, () => {
      expect(out).not.toMatch(/<script/iu);
      expect(out).not.toMatch(/<iframe/iu);
      expect(out).not.toMatch(/<object|<embed|<img/iu);
      expect(out).not.toMatch(/onerror|onclick/iu);
      expect(out).not.toMatch(/javascript:/iu);
      expect(out).not.toMatch(/data:text/iu);
      expect(out).not.toContain('evil.example');
      expect(out).not.toContain('alert(');
      expect(out).not.toContain('<!--');
      expect(out).not.toContain('body { display: none }');
      const tree = parse(out, name === 'fragment');
      for (const e of elements(tree)) {
        for (const key of Object.keys(e.properties)) expect(key.toLowerCase()).not.toMatch(/^on/u);
        expect(e.properties.style).toBeUndefined();
        const href = e.properties.href;
        if (typeof href === 'string') expect(href).toMatch(/^(#indhold$|#kvs-|https?:|mailto:|tel:)/u);
      }
    });

    it(`keeps the text around the removed markup in the ${name}`, () => {
      for (const words of ['Før scriptet.', 'Efter scriptet. Inline', 'slut.', 'Tekst før billedet', 'tekst efter billedet.', 'billede af noget', 'Sidste afsnit med']) {
        expect(out).toContain(words);
      }
      expect(out).toContain('<a href="https://example.dk/sti">godt link</a>');
      // The unsafe links lose the link, not the words.
      expect(out).toMatch(/Et ondt link og et JaVaScRiPt-link og et/u);
      expect(out).toContain('Et data-link og');
    });
  }

  it('escapes front-matter values instead of inserting them as markup', () => {
    const { html, fragment } = render(
      front().replace('Eksempelby Kommune', '"<img src=x onerror=alert(1)> Kommune"').replace('Prøvestandard\n', '"Titel <script>x</script>"\n'),
    );
    for (const out of [html, fragment]) {
      expect(out).not.toMatch(/<img|<script/iu);
      expect(out).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Kommune');
    }
  });

  it('inserts unescaped only sanitized prose: the bundled templates triple-stash nothing else', () => {
    const files = ['leaflet', 'overview'].flatMap((group) =>
      [join(group), join(group, 'partials')].flatMap((dir) =>
        readdirSync(join(bundledTemplatesDir, dir))
          .filter((f) => f.endsWith('.hbs'))
          .map((f) => join(bundledTemplatesDir, dir, f)),
      ),
    );
    const triples = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\{\{\{\s*([\w.]+)\s*\}\}\}/gu)].map((m) => m[1]));
    expect(new Set(triples)).toEqual(new Set(['intro', 'lead', 'html']));
  });
});

describe('the leaflet', () => {
  const leaflet = renderLeaflet(input(completeStandard, 'complete'));
  const holbaek = bundled.find((b) => b.slug === 'holbaek-stofmisbrug')!;

  it('is a page in Danish with a title, a viewport, a skip link to <main id="indhold"> and a print stylesheet', () => {
    const { html } = leaflet;
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="da">/u);
    expect(html).toContain('<title>Kvalitetsstandard for social behandling af stofmisbrug – Eksempelby Kommune</title>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<a class="kvs-skip" href="#indhold">Spring til indhold</a>');
    expect(html).toMatch(/<main id="indhold"/u);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|@import|url\(/iu);
    expect(html).toMatch(/--kvs-primary: #1f4e79;/u);
  });

  it('links contacts with tel: (digits only, +45 kept) and mailto:', () => {
    expect(leaflet.html).toContain('<a href="tel:12345678">12 34 56 78</a>');
    expect(leaflet.html).toContain('<a href="mailto:rusmiddelcenter@eksempelby.dk">rusmiddelcenter@eksempelby.dk</a>');
    expect(leaflet.html).toContain('<a href="https://www.eksempelby.dk/rusmidler">www.eksempelby.dk/rusmidler</a>');
    expect(phoneLink('+45 57 62 79 30')?.href).toBe('tel:+4557627930');
    expect(phoneLink('57-62-79-30')?.href).toBe('tel:57627930');
    const { html } = render(front('kontakt:\n  - navn: Rådgivningen\n    telefon: "+45 57 62 79 30"\n    email: raad@eksempelby.dk\n'));
    expect(html).toContain('<a href="tel:+4557627930">+45 57 62 79 30</a>');
    expect(html).toContain('href="mailto:raad@eksempelby.dk"');
  });

  it('puts the practical box first: how to apply, the guarantee, follow-up, how to complain, contacts — each linking to its section', () => {
    const tree = parse(leaflet.html);
    const main = elements(tree, (e) => e.properties.id === 'indhold')[0]!;
    const order = elements({ type: 'root', children: [main] }, (e) => e.tagName === 'section' || e.tagName === 'nav');
    expect(order[0]!.properties.className).toEqual(['kvs-practical']);
    const box = order[0]!;
    expect(elements({ type: 'root', children: [box] }, (e) => e.tagName === 'h3').map(text)).toEqual([
      'Sådan søger du',
      'Behandlingsgaranti',
      'Efter behandlingen',
      'Sådan klager du',
      'Kontakt',
    ]);
    const links = elements({ type: 'root', children: [box] }, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('#'));
    const ids = new Set(elements(tree, (e) => /^h[2-6]$/u.test(e.tagName)).map((e) => e.properties.id));
    expect(links.map((a) => a.properties.href)).toEqual([
      '#kvs-visitationsproceduren',
      '#kvs-behandlingsgaranti',
      '#kvs-opfoelgning-paa-behandlingsplanen',
      '#kvs-information-om-sagsbehandling-og-klageadgang',
    ]);
    for (const a of links) expect(ids.has(String(a.properties.href).slice(1))).toBe(true);
    expect(text(box)).toContain('senest 14 dage efter');
    // The box holds the lead only; the whole section comes once, later, in document order.
    const holbaekHtml = renderLeaflet(input(holbaek.standard, holbaek.slug)).html;
    const second = 'Du kan være anonym hvis du ønsker det.';
    expect(holbaekHtml.split(second)).toHaveLength(2);
    expect(holbaekHtml.indexOf('class="kvs-practical"')).toBeLessThan(holbaekHtml.indexOf('class="kvs-section'));
    const sectionHeadings = elements(parse(holbaekHtml), (e) => e.tagName === 'h2').map(text);
    expect(sectionHeadings.indexOf('Visitationsproceduren')).toBeLessThan(sectionHeadings.indexOf('Behandlingsgaranti'));
  });

  it('builds the practical box from the facts: every phone number for applying, the complaint deadline and Ankestyrelsen', () => {
    const ringsted = bundled.find((b) => b.slug === 'ringsted-stofmisbrug')!;
    const box = elements(parse(renderLeaflet(input(ringsted.standard, ringsted.slug)).html), (e) => e.tagName === 'section' && String(e.properties.className) === 'kvs-practical')[0]!;
    const item = (key: string) => elements({ type: 'root', children: [box] }, (e) => ([e.properties.className].flat() as unknown[]).includes(`kvs-practical-${key}`))[0]!;
    const hrefs = (key: string) => elements({ type: 'root', children: [item(key)] }, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
    // Over 25 and under 25 (Ungeliv): both numbers, each a tel: link, and the section they come from.
    expect(hrefs('visitation')).toEqual(['tel:57627930', 'tel:57628840', '#kvs-saadan-soeger-du-om-hjaelp']);
    expect(text(item('visitation'))).toContain('under 25 år');
    expect(text(item('klageadgang'))).toContain('senest 4 uger efter');
    expect(text(item('klageadgang'))).toContain('Ankestyrelsen');
    // Not the sentence about the 14-day start that the section opens with.
    expect(text(item('klageadgang'))).not.toContain('14 dage');
    expect(hrefs('klageadgang')).toEqual(['#kvs-klageadgang']);
    expect(text(item('opfoelgning'))).toContain('1 og 6 måneder');
    expect(hrefs('opfoelgning')).toEqual(['#kvs-opfoelgning-paa-borgerens-behandlingsplan']);
    expect(text(item('behandlingsgaranti'))).toContain('senest 14 dage efter');
  });

  it('shows every section in document order after the box', () => {
    const headings = elements(parse(leaflet.html), (e) => /^h[2-6]$/u.test(e.tagName) && e.properties.className?.toString() === 'kvs-heading').map(text);
    expect(headings).toEqual(completeStandard.sections.slice(1).map((s) => s.heading));
  });

  it('has one h1 and headings that never skip a level, for every bundled standard and odd nesting', () => {
    const odd = `${front()}
#### Dybt først

Tekst.

## Et afsnit

###### Meget dybt

> ## Overskrift i et citat

# Endnu en titel

##### Under den
`;
    const pages = [leaflet.html, render(odd).html, ...bundled.map((b) => renderLeaflet(input(b.standard, b.slug)).html)];
    for (const html of pages) {
      const levels = headingLevels(html);
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
    }
    // h1 title; h2 contents; "Dybt først" (####) and "Et afsnit" move up to h2; "Meget dybt" (######) is its h3,
    // the heading quoted inside it h4; the second "#" is a plain h2 with its "#####" as h3.
    expect(headingLevels(render(odd).html)).toEqual([1, 2, 2, 2, 3, 4, 2, 3]);
  });

  it('dates the footer in Danish: approval and next revision', () => {
    const footer = (html: string) => text(elements(parse(html), (e) => e.tagName === 'footer')[0]!);
    expect(footer(leaflet.html)).toContain('Godkendt af Kommunalbestyrelsen den 18. marts 2026');
    expect(footer(leaflet.html)).toContain('Næste revision: 18. marts 2028');
    const byslug = (slug: string) => renderLeaflet(input(bundled.find((b) => b.slug === slug)!.standard, slug)).html;
    expect(footer(byslug('holbaek-stofmisbrug'))).toContain('Godkendt af Kommunalbestyrelsen den 21. juni 2023');
    // No revision date and no interval: the law's two years from the approval, as the comparison says (one computation).
    expect(footer(byslug('holbaek-stofmisbrug'))).toContain('Næste revision: 21. juni 2025');
    expect(footer(byslug('ishoej-stofmisbrug'))).toContain(
      'Godkendt af Social- og Sundhedsudvalgene i Ishøj og Vallensbæk Kommuner i 2018',
    );
    expect(footer(byslug('ishoej-stofmisbrug'))).toContain('Næste revision: 2020');
    const month = render(front('revision:\n  dato: 2025-09\n').replace('2023-06-21', '2023-06')).html;
    expect(footer(month)).toContain('Godkendt af Byrådet i juni 2023');
    expect(footer(month)).toContain('Næste revision: september 2025');
  });

  it('renders a draft, and a file without front-matter or headings, without inventing facts', () => {
    const draft = render(front().replace('status: vedtaget\ngodkendt:\n  af: Byrådet\n  dato: 2023-06-21\n', 'status: udkast\n'));
    expect(draft.html).toContain('<p class="kvs-draft">Udkast – endnu ikke godkendt</p>');
    expect(draft.html).toContain('<p class="kvs-footer-approved">Udkast – endnu ikke godkendt</p>');
    const bare = renderLeaflet(input(buildStandard('Tekst uden overskrift.\n\nMere tekst.\n', 'bar.md'), 'bar'));
    expect(bare.html).toContain('<h1 class="kvs-title" id="kvs-title">bar</h1>');
    expect(bare.html).toContain('<p>Tekst uden overskrift.</p>\n<p>Mere tekst.</p>');
    expect(bare.html).toContain('Godkendt: ikke angivet');
    expect(bare.html).toContain('Næste revision: ikke angivet');
    expect(bare.html).not.toContain('<header class="kvs-masthead"');
    const before = renderLeaflet(input(buildStandard('Før titlen.\n\n# Titel\n\n## Frit valg\n\nDu vælger selv.\n', 'b.md'), 'b')).html;
    expect(before).toMatch(/<h1 class="kvs-title" id="kvs-title">Titel<\/h1>\s*<div class="kvs-intro"><p>Før titlen.<\/p><\/div>/u);
    expect(before).toContain('<h2 class="kvs-heading" id="kvs-frit-valg">Frit valg</h2>\n<p>Du vælger selv.</p>');
    expect(bare.html).not.toContain('<section class="kvs-practical"');
  });

  it('speaks English with lang en', () => {
    const { html } = renderLeaflet(input(completeStandard, 'complete', { lang: 'en' }));
    expect(html).toMatch(/<html lang="en">/u);
    for (const label of ['Skip to content', 'How to apply', 'Treatment guarantee', 'How to complain', 'Contact']) expect(html).toContain(label);
    expect(html).toContain('Approved by Kommunalbestyrelsen on 18 March 2026');
    expect(html).toContain('Next revision: 18 March 2028');
  });

  it('makes a CMS fragment without page chrome, with only kvs- classes and a style scoped to .kvs-standard', () => {
    for (const { standard, slug } of [{ standard: completeStandard, slug: 'complete' }, ...bundled]) {
      const { fragment } = renderLeaflet(input(standard, slug));
      expect(fragment).not.toMatch(/<!doctype|<html|<head[\s>]|<body|<main|<title|<meta|<link/iu);
      expect(fragment).not.toContain('Spring til indhold');
      expect(fragment).not.toMatch(/<script/iu);
      const tree = parse(fragment, true);
      const classes = elements(tree).flatMap((e) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []));
      expect(classes.length).toBeGreaterThan(10);
      for (const name of classes) expect(name).toMatch(/^kvs-/u);
      for (const e of elements(tree, (x) => x.properties.id !== undefined)) expect(String(e.properties.id)).toMatch(/^kvs-/u);
      const css = text(elements(tree, (e) => e.tagName === 'style')[0]!).replace(/\/\*[\s\S]*?\*\//gu, '');
      const selectors = [...css.matchAll(/([^{};]+)\{/gu)].map((m) => m[1]!.trim()).filter((s) => !s.startsWith('@'));
      expect(selectors.length).toBeGreaterThan(20);
      for (const list of selectors) for (const selector of list.split(',')) expect(selector.trim()).toMatch(/^\.kvs-standard\b/u);
      // The same content as the leaflet.
      const leafletText = text(elements(parse(renderLeaflet(input(standard, slug)).html), (e) => e.properties.id === 'indhold')[0]!);
      expect(text(elements(tree, (e) => String(e.properties.className) === 'kvs-standard')[0]!)).toBe(leafletText);
    }
  });

  it('takes templates from the project first, the bundled ones for the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-templates-'));
    try {
      mkdirSync(join(dir, 'leaflet', 'partials'), { recursive: true });
      writeFileSync(join(dir, 'leaflet', 'partials', 'footer.hbs'), '<footer class="kvs-footer kvs-own">Egen bund: {{footer.approved}}</footer>\n');
      const { html, fragment } = renderLeaflet(input(completeStandard, 'complete', { templateDirs: [dir] }));
      for (const out of [html, fragment]) {
        expect(out).toContain('<footer class="kvs-footer kvs-own">Egen bund: Godkendt af Kommunalbestyrelsen den 18. marts 2026</footer>');
        expect(out).toContain('class="kvs-practical"');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inlines the logo as a data: URI image with the kommune in its alt text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-logo-'));
    try {
      const svg = join(dir, 'logo.svg');
      writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
      const { html, fragment } = renderLeaflet(input(completeStandard, 'complete', { theme: { ...defaultTheme, logo: svg } }));
      expect(html).toMatch(/<img class="kvs-logo" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/]+(&#x3D;)*" alt="Eksempelby Kommune logo">/u);
      expect(html).not.toMatch(/<script|<svg/iu);
      expect(fragment).not.toContain('kvs-logo');
      const png = join(dir, 'logo.png');
      writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
      const withPng = renderLeaflet(input(completeStandard, 'complete', { theme: { ...defaultTheme, logo: png } })).html;
      expect(withPng).toContain('<img class="kvs-logo" src="data:image/png;base64,iVBORw0KGgo');
      writeFileSync(join(dir, 'fake.png'), '<svg/>');
      expect(() => renderLeaflet(input(completeStandard, 'complete', { theme: { ...defaultTheme, logo: join(dir, 'fake.png') } }))).toThrow(/not a PNG/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps text colours at WCAG AA contrast whatever colours the theme gives', () => {
    const themes: Theme['colors'][] = [
      defaultTheme.colors,
      { primary: '#ffeb3b', accent: '#ffff00', text: '#999999', background: '#ffffff' },
      { primary: '#7fb3d5', accent: '#000', text: '#eeeeee', background: '#1a1a1a' },
      { primary: 'not a colour', accent: 'red; } body { display: none', text: '', background: 'url(x)' },
    ];
    for (const colors of themes) {
      const p = palette({ colors });
      const c = (a: string, b: string) => contrast(parseHex(a)!, parseHex(b)!);
      for (const value of Object.values(p)) expect(value).toMatch(/^#[0-9a-f]{6}$/u);
      for (const bg of [p.background, p.tint]) {
        expect(c(p.text, bg)).toBeGreaterThanOrEqual(4.5);
        expect(c(p.primary, bg)).toBeGreaterThanOrEqual(4.5);
        expect(c(p.muted, bg)).toBeGreaterThanOrEqual(4.5);
      }
      expect(c(p.onPrimary, p.primary)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('LIX', () => {
  it('counts words, sentences and long words the Danish way', () => {
    // 11 words, 2 sentences ("jf." does not end one), long: behandling, serviceloven → 11/2 + 100·2/11 = 23.7
    expect(lix('Du kan søge om behandling. Ring til os, jf. serviceloven § 101.')).toBe(24);
    // "f.eks." does not end a sentence: 3/1 + 100·1/3 = 36.3 (35 if it did)
    expect(lix('Se f.eks. Ankestyrelsen.')).toBe(36);
    // Numbers are words but never long: 4/1 + 0 = 4
    expect(lix('Ring 12345678 eller 1234567890.')).toBe(4);
    // æ, ø and å are letters: 3 words, 2 long (Pårørende, rådgivning): 3 + 66.7
    expect(lix('Pårørende får rådgivning.')).toBe(70);
    // An ordinal ("21.") does not end a sentence, nor do "bl.a." and "ca.": 11 words, 2 sentences, long: Behandlingen, starter
    expect(lix('Behandlingen er gratis, bl.a. for unge. Den starter ca. 21. juni.')).toBe(24);
    // "osv." before a capital letter ends a sentence: 8 words, 2 sentences, long: tilbyder, betaler → 4 + 25
    expect(lix('Vi tilbyder mad, drikke osv. Du betaler selv.')).toBe(29);
    // "?" and "!" end sentences, and a last sentence without a full stop still counts: 6/3 + 100·1/6 = 18.7
    expect(lix('Har du spørgsmål? Ring! Vi svarer')).toBe(19);
    expect(lix('')).toBe(0);
    expect(lix('  § – . ')).toBe(0);
  });

  it('reads a standard: paragraphs, list items and table cells, not headings', () => {
    const standard = buildStandard(`${front()}
## Behandlingsgaranti og overskriftsord

Du får hjælp inden 14 dage.

- Ring til os
- Skriv en e-mail

| Hvad | Hvornår |
|---|---|
| Samtale | Mandag |
`);
    // Words 6 + 3 + 3 + 4 = 16; sentences 1 + 1 + 1 + 4 = 7; long: Hvornår, Samtale → 16/7 + 100·2/16 = 14.8
    expect(lixOfStandard(standard)).toBe(15);
    expect(lixBandName(15)).toBe('meget let');
    expect([24, 25, 34, 35, 44, 45, 54, 55].map((n) => lixBandName(n))).toEqual([
      'meget let', 'let', 'let', 'middel', 'middel', 'svær', 'svær', 'meget svær',
    ]);
    for (const { standard: s } of bundled) expect(lixOfStandard(s)).toBeGreaterThan(30);
  });

  it('is never NaN or negative, and whitespace does not change it', () => {
    const word = fc.stringMatching(/^[a-zæøåA-ZÆØÅ0-9.,:;!?§()«»"'-]{1,14}$/u);
    const space = fc.stringMatching(/^[ \t\n\r\u00a0]{1,4}$/u);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { maxLength: 60 }), fc.string(), (pairs, noise) => {
        const words = pairs.map(([w]) => w);
        const tidy = words.join(' ');
        const messy = `${pairs.map(([w, s]) => s + w).join('')}\n`;
        const score = lix(tidy);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(lix(messy)).toBe(score);
        const other = lix(noise);
        expect(Number.isFinite(other) && other >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the overview', () => {
  const entries: OverviewEntry[] = [{ standard: completeStandard, slug: 'complete' }, ...bundled].map(({ standard, slug }) => ({
    slug,
    standard,
    check: checkStandard(standard, { asOf }),
    lix: lixOfStandard(standard),
    leaflet: `${slug}/index.html`,
    ...(slug === 'holbaek-stofmisbrug' ? {} : { pdf: `${slug}/${slug}.pdf` }),
  }));
  const html = renderOverview(entries, { lang: 'da', theme: defaultTheme, templateDirs: [], generated: asOf });
  const rows = elements(parse(html), (e) => e.tagName === 'tr').slice(1);
  const row = (kommune: string) => rows.find((r) => text(r).startsWith(kommune))!;

  it('has a row per standard with kommune, title, approval and revision due, flagged when overdue', () => {
    expect(rows.map((r) => text(elements({ type: 'root', children: [r] }, (e) => e.tagName === 'th')[0]!))).toEqual([
      'Eksempelby Kommune',
      'Hjørring Kommune',
      'Holbæk Kommune',
      'Ishøj Kommune og Vallensbæk Kommune',
      'Ringsted Kommune',
    ]);
    expect(text(row('Eksempelby'))).toContain('18. marts 2026 18. marts 2028');
    expect(text(row('Eksempelby'))).not.toContain('Overskredet');
    expect(text(row('Ishøj'))).toContain('2018 2020 Overskredet');
    // Revision due two years after approval (the law's longest interval), as on the comparison.
    expect(text(row('Holbæk'))).toContain('21. juni 2023 21. juni 2025 Overskredet');
  });

  it('shows the check: counts and the missing requirements with their titles', () => {
    expect(text(row('Eksempelby'))).toContain('Ingen fejl');
    const ishoej = entries.find((e) => e.slug === 'ishoej-stofmisbrug')!;
    const errors = ishoej.check.findings.filter((f) => f.severity === 'error').length;
    const warnings = ishoej.check.findings.length - errors;
    expect(text(row('Ishøj'))).toContain(`${errors} fejl · ${warnings} advarsler`);
    expect(text(row('Ishøj'))).toContain('Visitationsprocedure visitation');
    expect(text(row('Hjørring'))).toContain('Sagsbehandling og klageadgang klageadgang');
  });

  it('shows LIX with its band and links only to what was built', () => {
    const holbaek = entries.find((e) => e.slug === 'holbaek-stofmisbrug')!;
    expect(text(row('Holbæk'))).toContain(`${holbaek.lix} ${lixBandName(holbaek.lix)}`);
    expect(html).toContain('<a href="holbaek-stofmisbrug/index.html">Folder</a>');
    expect(html).not.toContain('holbaek-stofmisbrug.pdf');
    expect(html).toContain('<a href="ishoej-stofmisbrug/ishoej-stofmisbrug.pdf">Pjece (PDF)</a>');
    const unsafe = renderOverview([{ ...entries[0]!, leaflet: 'javascript:alert(1)', pdf: 'mappe med mellemrum/a.pdf' }], {
      lang: 'da',
      theme: defaultTheme,
      templateDirs: [],
      generated: asOf,
    });
    expect(unsafe).not.toContain('javascript:');
    expect(unsafe).toContain('href="mappe%20med%20mellemrum/a.pdf"');
  });
});

describe('in a browser: axe-core (WCAG 2.1 A/AA), the Nu HTML Checker, a phone and print', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-render-html-'));
  const pages = [
    ...bundled.map(({ standard, slug }) => ({ name: slug, html: renderLeaflet(input(standard, slug)).html })),
    {
      name: 'complete-with-yellow-theme',
      html: renderLeaflet(
        input(completeStandard, 'complete', { theme: { colors: { primary: '#ffd500', accent: '#ffd500', text: '#777777', background: '#ffffff' } } }),
      ).html,
    },
  ];
  const overview = renderOverview(
    [{ standard: completeStandard, slug: 'complete' }, ...bundled].map((entry) => overviewEntry(entry, asOf)),
    { lang: 'da', theme: defaultTheme, templateDirs: [], generated: asOf },
  );
  const files = [...pages, { name: 'overview', html: overview }].map(({ name, html }) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    return file;
  });
  let browser: Browser;
  let context: BrowserContext;
  let vnu: ReturnType<typeof vnuErrors> | undefined;

  beforeAll(async () => {
    vnu = hasJava ? vnuErrors(files) : undefined;
    vnu?.catch(() => undefined);
    browser = await launchChromium();
    context = await testContext(browser);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { name, html } of [...pages, { name: 'overview', html: overview }]) {
    it(`${name}: no axe violations and no external requests`, async () => {
      const { page, requests } = await openHtml(context, html);
      expect(await axeViolations(page)).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    });
  }

  it.skipIf(!hasJava)('the Nu HTML Checker finds no errors in the leaflets and the overview', async () => {
    expect(await vnu).toEqual([]);
  });
  if (!hasJava) console.warn('Skipping the Nu HTML Checker: no `java` on PATH (bash scripts/setup-system.sh installs one).');

  it('fits a 390 px phone without sideways scrolling, and hides the skip link and contents in print', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    try {
      for (const { html } of pages) {
        const { page } = await openHtml(phone, html);
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        await page.emulateMedia({ media: 'print' });
        const hidden = await page.evaluate(
          "['.kvs-skip', '.kvs-toc'].map((s) => getComputedStyle(document.querySelector(s)).display === 'none')",
        );
        expect(hidden).toEqual([true, true]);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });

  it('sorts the overview by a column, with the table readable before any script', async () => {
    expect(rowsOf(overview)).toHaveLength(5);
    const { page } = await openHtml(context, overview);
    await page.getByRole('button', { name: 'LIX' }).click();
    const lixes = await page.$$eval('tbody tr', (trs) => trs.map((tr) => Number(tr.querySelector('.kvs-lix')?.textContent)));
    expect(lixes).toEqual([...lixes].sort((a, b) => a - b));
    expect(await page.getAttribute('th:has(button:text("LIX"))', 'aria-sort')).toBe('ascending');
    await page.close();
  });
});

function rowsOf(html: string): Element[] {
  return elements(parse(html), (e) => e.tagName === 'tr' && e.children.some((c) => c.type === 'element' && c.tagName === 'td'));
}
