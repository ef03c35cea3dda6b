/**
 * Issue 6, "Nothing unsafe published": a standard, its front-matter, the
 * config's theme and the kommune's logo are untrusted input. Every attack
 * below goes through every channel into a real build (buildAll into a temp
 * folder) and the outputs are read back with a real HTML parser and pdf-lib:
 * no script, no handler, no script/data/file URL, nothing embedded or
 * loaded from elsewhere. Paths from the config stay inside the project, and
 * Handlebars gives templates no way to the prototype chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { buildAll } from '../src/build/build.js';
import { lookFor } from '../src/build/theme.js';
import { loadConfig, type Config } from '../src/config.js';
import { UsageError } from '../src/errors.js';
import { buildStandard } from '../src/model/standard.js';
import { checkStandard } from '../src/check/check.js';
import { renderLeaflet, renderOverview } from '../src/render/html/index.js';
import { renderTemplate } from '../src/render/html/templates.js';
import { readLogo } from '../src/render/logo.js';
import { compareTable, renderCompareHtml } from '../src/compare/index.js';
import { defaultTheme, type Theme } from '../src/render/types.js';
import { complete } from './helpers/fixtures.js';
import { parseHtml, textOf, unsafeParts } from './helpers/safe-html.js';
import { record } from './helpers/ledger.js';

const area = 'Nothing unsafe published';
const asOf = '2026-11-25';
const kvsBin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const sortScript = readFileSync(new URL('../templates/shared/sort.js', import.meta.url), 'utf8');
const pageOptions = { allowedScripts: [sortScript] };
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kvs-safety-${name}-`));
  dirs.push(dir);
  return dir;
}

/** One attack each: HTML, Markdown, entities, CriticMarkup, template syntax, parser confusion. */
const payloads: Array<[string, string]> = [
  ['script tag', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['a href javascript:', '<a href="javascript:alert(1)">x</a>'],
  ['a href entity-encoded javascript:', '<a href="&#106;avascript&#58;alert(1)">x</a>'],
  ['Markdown link javascript:', '[x](javascript:alert(1))'],
  ['Markdown link JaVaScRiPt:', '[x](JaVaScRiPt:alert(1))'],
  ['Markdown link java&#x09;script:', '[x](java&#x09;script:alert(1))'],
  ['Markdown link vbscript:', '[x](vbscript:msgbox(1))'],
  ['Markdown link data:text/html', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['Markdown link file:', '[x](file:///etc/passwd)'],
  ['Markdown image data:image/svg+xml', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['Markdown image remote', '![x](https://evil.example/pixel.png)'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['form, input, formaction', '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">x</button></form>'],
  ['style @import', '<style>@import url(https://evil.example/x.css);</style>'],
  ['style attribute url()', '<p style="background:url(https://evil.example/x.png)">x</p>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['object', '<object data="https://evil.example/x.swf"></object>'],
  ['embed', '<embed src="https://evil.example/x.swf">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['base href', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['autolink javascript:', '<javascript:alert(1)>'],
  ['reference-style link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['footnote with payloads', 'Se noten[^evil].\n\n[^evil]: <script>alert(1)</script> [y](javascript:alert(1)) <img src=x onerror=alert(1)>'],
  ['HTML entities', '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;'],
  ['CriticMarkup with HTML', '{++<script>alert(1)</script>++} {~~a~><img src=x onerror=alert(1)>~~} {>><iframe src=x><<}'],
  ['Handlebars mustaches', '{{constructor.constructor}} {{{t}}} {{> leaflet-css}} {{#each this}}{{/each}}'],
  ['</script> inside text', 'Tekst </script><script>alert(1)</script> slut'],
  ['</style> inside text', 'Tekst </style><script>alert(1)</script> slut'],
  ['HTML comment', '<!-- --><script>alert(1)</script><!-- -->'],
  ['mutation XSS (noscript)', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['mutation XSS (math/style)', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['unclosed script', '<script>alert(1)'],
  ['prototype keys', '__proto__'],
  ['constructor', 'constructor'],
];

/** Where a payload can sit in the Markdown: each its own section, so one cannot hide another. */
const markdownChannels: Array<[string, (payload: string) => string]> = [
  ['intro (before the first section)', (p) => `${p}\n`],
  ['inline in a paragraph (and the practical box lead)', (p) => `## Kanal inline\n\nTekst før ${p} tekst efter.\n`],
  ['raw HTML block', (p) => `## Kanal blok\n\n${p}\n\nTekst efter.\n`],
  ['heading', (p) => `## Kanal overskrift ${p.split('\n')[0]}\n\nTekst.\n`],
  ['list item and table cell', (p) => `## Kanal liste\n\n- ${p.split('\n')[0]}\n\n| Emne | Tekst |\n|---|---|\n| a | ${p.split('\n')[0]} |\n`],
  ['block quote', (p) => `## Kanal citat\n\n> ${p.split('\n').join('\n> ')}\n`],
];

/** Every string field of the front-matter a page or the booklet shows. */
const frontMatterFields = [
  'kommune', 'titel', 'godkendt.af', 'samarbejdskommuner[0]', 'lovgrundlag[0]',
  'kontakt[0].navn', 'kontakt[0].adresse', 'kontakt[0].telefon', 'kontakt[0].email', 'kontakt[0].web',
];

/** complete.md's front-matter, as far as the tests change it. */
interface FrontMatter {
  godkendt: { af?: string };
  lovgrundlag: string[];
  kontakt: Array<Record<string, string>>;
  [field: string]: unknown;
}

const [, completeYaml = '', completeBody = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(complete) ?? [];

const slugOf = (index: number) => `angreb-${String(index).padStart(2, '0')}`;

/** The front-matter of complete.md with the payload in every string field. */
function withFrontMatter(payload: string): string {
  const data = parseYaml(completeYaml) as FrontMatter;
  data.kommune = payload;
  data.titel = payload;
  data.godkendt.af = payload;
  data.samarbejdskommuner = [payload];
  data.lovgrundlag = [payload, ...data.lovgrundlag];
  data.kontakt = [{ navn: payload, adresse: payload, telefon: payload, email: payload, web: payload }, ...data.kontakt];
  return stringifyYaml(data);
}

/** complete.md's body with the payload in every Markdown channel, under the given front-matter. */
function withMarkdown(payload: string, yaml = `${completeYaml}\n`): string {
  const [title, ...rest] = completeBody.replace(/^\n+/u, '').split('\n');
  // The payload also opens the visitation section, whose first paragraph is the practical box's lead.
  const body = rest.join('\n').replace('## Visitationsproceduren\n\n', `## Visitationsproceduren\n\n${payload.split('\n')[0]} `);
  const [intro, ...sections] = markdownChannels.map(([, place]) => place(payload));
  return `---\n${yaml}---\n\n${title}\n\n${intro}\n${body}\n${sections.join('\n')}`;
}

const readHtml = (path: string) => readFileSync(path, 'utf8');

/** The titel as the standard states it (CriticMarkup is settled before the YAML is read), whitespace collapsed. */
function shownTitle(text: string): string {
  return String(buildStandard(text, 'x.md').frontMatter?.data?.['titel'] ?? '').replace(/\s+/gu, ' ').trim();
}

describe('the HTML safety check itself', () => {
  it('finds each kind of attack when it is published raw, so a clean result means something', () => {
    const raw = payloads.map(([, p]) => p).filter((p) => p.startsWith('<') && !/^<(?:math|javascript:)/u.test(p) && !p.startsWith('<!--'));
    const missed = raw.filter((p) => unsafeParts(`<!DOCTYPE html><html><head></head><body><p>${p}</p></body></html>`).length === 0);
    expect(missed).toEqual([]);
    expect(unsafeParts(`<img src="data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}">`)).not.toEqual([]);
    expect(unsafeParts('<a href=" java\tscript:alert(1)">x</a><svg><a xlink:href="data:text/html,x">y</a></svg>')).toHaveLength(2);
  });
});

describe('attacks × channels through kvs build: leaflet, fragment, overview and comparison', () => {
  const dir = tempDir('html');
  const out = join(dir, 'output');
  const files: string[] = [];
  let built = 0;

  beforeAll(async () => {
    mkdirSync(join(dir, 'standards'));
    // One standard per attack, carrying it in every channel at once (front-matter and Markdown are read apart).
    for (const [index, [, payload]] of payloads.entries()) {
      const file = join(dir, 'standards', `${slugOf(index)}.md`);
      writeFileSync(file, withMarkdown(payload, withFrontMatter(payload)));
      files.push(file);
    }
    const outcomes = await buildAll(files, { outDir: out, only: 'html', strict: false, imposition: false, asOf, lang: 'da', config: {}, configRoot: dir });
    built = outcomes.filter((o) => o.status === 'built').length;
  }, 120_000);

  it('builds every attacked standard and publishes no script, handler, bad URL, embed or remote style', () => {
    expect(built).toBe(files.length);
    const problems: string[] = [];
    for (const file of files) {
      const slug = file.slice(file.lastIndexOf('/') + 1, -3);
      const payload = payloads[Number(slug.slice(-2))]![0];
      for (const page of ['index.html', 'fragment.html']) {
        const found = unsafeParts(readHtml(join(out, slug, page)), { fragment: page === 'fragment.html' });
        problems.push(...found.map((p) => `${slug}/${page} (${payload}): ${p}`));
      }
    }
    problems.push(...unsafeParts(readHtml(join(out, 'index.html')), pageOptions).map((p) => `overview: ${p}`));
    problems.push(...unsafeParts(readHtml(join(out, 'compare.html')), pageOptions).map((p) => `compare: ${p}`));
    expect(problems).toEqual([]);
    record({
      area,
      what: `${payloads.length} attacks × ${markdownChannels.length + 1} Markdown channels (intro, paragraph, practical lead, raw HTML block, heading, list, table cell, quote) → leaflet and CMS fragment (kvs build)`,
      cases: payloads.length * (markdownChannels.length + 1) * 2,
      result: 'parsed with parse5: no script, on* attribute, javascript:/vbscript:/data:/file: URL, iframe/object/embed/form/input/base/link/meta refresh, or remote url()/@import',
    });
    record({
      area,
      what: `${payloads.length} attacks × ${frontMatterFields.length} front-matter fields (kommune, titel, godkendt.af, samarbejdskommuner, lovgrundlag, kontakt navn/adresse/telefon/email/web) → leaflet and fragment`,
      cases: payloads.length * frontMatterFields.length * 2,
      result: 'no unsafe element, attribute or URL; contact links only tel:/mailto:/http(s)',
    });
    record({
      area,
      what: `${payloads.length} attacks in every channel, all standards together → overview (output/index.html) and comparison page (compare.html)`,
      cases: files.length * 2,
      result: 'the only script is the bundled sort script; no handler, bad URL, embed or remote style',
    });
  });

  it('shows front-matter text as text, escaped, where the page shows it', () => {
    const shown: string[] = [];
    const expectations = files.map((file) => shownTitle(readFileSync(file, 'utf8')));
    for (const [index, expected] of expectations.entries()) {
      const slug = slugOf(index);
      const leaflet = parseHtml(readHtml(join(out, slug, 'index.html')));
      const by = (test: (e: Element) => boolean) => {
        let found: Element | undefined;
        visit(leaflet, 'element', (e: Element) => {
          found ??= test(e) ? e : undefined;
        });
        return found ? textOf(found) : undefined;
      };
      const hasClass = (name: string) => (e: Element) => Array.isArray(e.properties.className) && e.properties.className.includes(name);
      // titel is the page's h1; kommune (and its partner) the masthead; kontakt navn and adresse the contact card.
      expect(by((e) => e.properties.id === 'kvs-title'), slug).toBe(expected);
      expect(by(hasClass('kvs-masthead-name')), slug).toBe(`${expected} og ${expected}`);
      expect(by(hasClass('kvs-contact-name')), slug).toBe(expected);
      expect(by(hasClass('kvs-contact-line')), slug).toBe(expected);
      shown.push(slug);
    }
    const overview = textOf(parseHtml(readHtml(join(out, 'index.html'))));
    const compare = textOf(parseHtml(readHtml(join(out, 'compare.html'))));
    for (const expected of expectations) {
      expect(overview, expected).toContain(expected);
      expect(compare, expected).toContain(expected);
    }
    expect(shown).toHaveLength(payloads.length);
    record({
      area,
      what: `${payloads.length} attacks in titel, kommune and kontakt → shown to the reader as text`,
      cases: payloads.length * 3,
      result: 'the payload appears verbatim in the text of leaflet, overview and comparison (escaped, never markup)',
    });
  });

  it('shows entities and mustaches in the prose as the text they stand for, never as markup or a template', () => {
    const page = (name: string) => textOf(parseHtml(readHtml(join(out, slugOf(payloads.findIndex(([n]) => n === name)), 'index.html'))));
    const entities = page('HTML entities');
    expect(entities).toContain('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    const mustaches = page('Handlebars mustaches');
    expect(mustaches).toContain('{{constructor.constructor}} {{{t}}} {{> leaflet-css}}');
  });
});

/** Every /URI of a link action and every script-like action anywhere in the PDF. */
async function pdfActions(bytes: Uint8Array): Promise<{ uris: string[]; scripts: string[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const uris: string[] = [];
  const scripts: string[] = [];
  const str = (value: PDFObject | undefined) =>
    value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : String(value);
  const walk = (object: PDFObject | undefined): void => {
    if (object instanceof PDFStream) return walk(object.dict);
    if (object instanceof PDFArray) return object.asArray().forEach(walk);
    if (!(object instanceof PDFDict)) return;
    for (const [key, value] of object.entries()) {
      if (key === PDFName.of('URI')) uris.push(str(value));
      if (key === PDFName.of('JS') || key === PDFName.of('JavaScript')) scripts.push(key.toString());
      if (key === PDFName.of('S') && ['/JavaScript', '/Launch', '/ImportData', '/SubmitForm', '/GoToR', '/GoToE', '/Rendition'].includes(String(value))) {
        scripts.push(String(value));
      }
      walk(value);
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) walk(object);
  walk(doc.catalog);
  return { uris, scripts };
}

describe('attacks in the booklet (PDF)', () => {
  it('makes no javascript:, data:, file: or other non-web link and no script action', async () => {
    const dir = tempDir('pdf');
    const body = payloads.map(([name, payload], i) => `## Angreb ${i + 1}\n\n${payload}\n\nTekst om ${name} [^n${i}].\n\n[^n${i}]: ${payload.split('\n')[0]}\n`).join('\n');
    const data = parseYaml(completeYaml) as FrontMatter;
    data.kontakt = payloads.map(([, payload]) => ({ navn: 'Kontakt', telefon: payload, email: payload, web: payload }));
    data.kontakt.push({ navn: 'Gyldig', telefon: '12 34 56 78', email: 'a@eksempelby.dk', web: 'https://www.eksempelby.dk/' });
    writeFileSync(join(dir, 'angreb.md'), `---\n${stringifyYaml(data)}---\n${completeBody}\n${body}\nEt gyldigt link: [Eksempelby](https://www.eksempelby.dk/).\n`);
    const outcomes = await buildAll([join(dir, 'angreb.md')], {
      outDir: join(dir, 'output'), only: 'pdf', strict: false, imposition: false, asOf, lang: 'da', config: {}, configRoot: dir,
    });
    expect(outcomes.map((o) => o.status)).toEqual(['built']);
    const { uris, scripts } = await pdfActions(readFileSync(join(dir, 'output', 'angreb', 'angreb.pdf')));
    expect(scripts).toEqual([]);
    // The legitimate links are there (so the scan sees the annotations), and nothing else.
    expect(uris).toContain('https://www.eksempelby.dk/');
    expect(uris).toContain('mailto:a@eksempelby.dk');
    expect(uris).toContain('tel:12345678');
    for (const uri of uris) expect(uri, uri).toMatch(/^(?:https?:\/\/[^\s]+|mailto:[^\s:]+|tel:\+?\d+)$/u);
    record({
      area,
      what: `${payloads.length} attacks in the Markdown body, footnotes and kontakt telefon/email/web → booklet PDF link annotations (pdf-lib)`,
      cases: payloads.length * 5,
      result: 'every /URI is http(s), mailto: or tel:; no JavaScript, Launch, SubmitForm or remote GoTo action',
    });
  }, 60_000);
});

describe('theme settings', () => {
  const colours = ['primary', 'accent', 'text', 'background'] as const;
  const cssPayloads = [
    'red;}</style><script>alert(1)</script>', '#fff;background:url(https://evil.example/x)', '#fff}@import url(https://evil.example/x.css);',
    'expression(alert(1))', '#12345g', ' #1f4e79', '#1f4e79 !important', 'var(--x)', 'red', '<script>alert(1)</script>', '{{constructor}}',
    '#fff\\3c/style\\3e', '__proto__',
  ];

  it('refuses a colour that is not hex in kvs.config.json, saying which and how to write it', () => {
    const dir = tempDir('colours');
    for (const payload of cssPayloads) {
      writeFileSync(join(dir, 'kvs.config.json'), JSON.stringify({ theme: { colors: Object.fromEntries(colours.map((c) => [c, payload])) } }));
      let error: unknown;
      try {
        loadConfig(undefined, dir);
      } catch (caught) {
        error = caught;
      }
      expect(error, payload).toBeInstanceOf(UsageError);
      for (const colour of colours) expect((error as UsageError).localized.da).toContain(`/theme/colors/${colour} skal være en hex-farve som "#1f4e79"`);
    }
    record({ area, what: `${cssPayloads.length} non-hex values × 4 theme colours in kvs.config.json`, cases: cssPayloads.length * 4, result: 'config refused (exit 2) naming the colour and the hex form' });
  });

  it('lets no non-hex colour into the page even when the config check is bypassed', () => {
    const standard = buildStandard(complete, 'complete.md');
    const check = checkStandard(standard, { asOf });
    const problems: string[] = [];
    for (const payload of cssPayloads) {
      const theme: Theme = { ...defaultTheme, colors: { primary: payload, accent: payload, text: payload, background: payload } };
      const { html, fragment } = renderLeaflet({ standard, slug: 'x', check, lang: 'da', theme, templateDirs: [] });
      const overview = renderOverview([{ slug: 'x', standard, check, lix: 40 }], { lang: 'da', theme, templateDirs: [], generated: asOf });
      const compare = renderCompareHtml(compareTable([standard], { asOf, lang: 'da' }), { theme });
      for (const [name, page, options] of [['leaflet', html, {}], ['fragment', fragment, { fragment: true }], ['overview', overview, pageOptions], ['compare', compare, pageOptions]] as const) {
        problems.push(...unsafeParts(page, options).map((p) => `${name} ${payload}: ${p}`));
        // Every custom property the theme sets is a hex colour.
        for (const match of page.matchAll(/--kvs-[a-z-]+:\s*([^;]*);/gu)) {
          if (!/^#[0-9a-f]{6}$|^system-ui/u.test(match[1]!.trim())) problems.push(`${name} ${payload}: --kvs value ${match[1]}`);
        }
      }
    }
    expect(problems).toEqual([]);
    record({ area, what: `${cssPayloads.length} non-hex colours passed straight to the renderers (config bypassed) → leaflet, fragment, overview, comparison`, cases: cssPayloads.length * 4 * 4, result: 'every CSS colour on the page is #rrggbb; nothing of the value reaches the page' });
  });
});

const svgns = 'xmlns="http://www.w3.org/2000/svg"';
const xlinkns = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const badLogos: Array<[string, string]> = [
  ['script', `<svg ${svgns}><script>alert(1)</script><rect width="10" height="10"/></svg>`],
  ['script with CDATA', `<svg ${svgns}><script><![CDATA[alert(1)]]></script></svg>`],
  ['external script', `<svg ${svgns} ${xlinkns}><script xlink:href="https://evil.example/x.js"/></svg>`],
  ['XHTML script', `<svg ${svgns}><html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script></svg>`],
  ['SCRIPT upper case', `<svg ${svgns}><SCRIPT>alert(1)</SCRIPT></svg>`],
  ['onload on the root', `<svg ${svgns} onload="alert(1)"><rect width="10" height="10"/></svg>`],
  ['onclick deep inside', `<svg ${svgns}><g><g><rect onclick="alert(1)" width="10" height="10"/></g></g></svg>`],
  ['a href javascript:', `<svg ${svgns}><a href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>`],
  ['a xlink:href javascript: with a tab entity', `<svg ${svgns} ${xlinkns}><a xlink:href="java&#x09;script:alert(1)"><rect width="10" height="10"/></a></svg>`],
  ['a href to a web page', `<svg ${svgns}><a href="https://evil.example/"><rect width="10" height="10"/></a></svg>`],
  ['use of an external file', `<svg ${svgns}><use href="https://evil.example/sprite.svg#logo"/></svg>`],
  ['image from the web', `<svg ${svgns}><image href="https://evil.example/x.png" width="10" height="10"/></svg>`],
  ['embedded SVG image (could carry script)', `<svg ${svgns}><image href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"/></svg>`],
  ['foreignObject with HTML', `<svg ${svgns}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject></svg>`],
  ['iframe', `<svg ${svgns}><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></svg>`],
  ['style @import', `<svg ${svgns}><style>@import url(https://evil.example/x.css);</style></svg>`],
  ['style url() to the web', `<svg ${svgns}><style>rect { fill: url(https://evil.example/x.svg#p) }</style><rect width="10" height="10"/></svg>`],
  ['style attribute url()', `<svg ${svgns}><rect style="fill:url('https://evil.example/x')" width="10" height="10"/></svg>`],
  ['set href to javascript:', `<svg ${svgns}><a><set attributeName="href" to="javascript:alert(1)"/><rect width="10" height="10"/></a></svg>`],
  ['animate an event handler', `<svg ${svgns}><animate attributeName="onload" values="alert(1)"/></svg>`],
  ['handler element', `<svg ${svgns} xmlns:ev="http://www.w3.org/2001/xml-events"><handler ev:event="load">alert(1)</handler></svg>`],
  ['entity declaration', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg ${svgns}>&x;</svg>`],
  ['xml-stylesheet', `<?xml-stylesheet href="https://evil.example/x.css"?><svg ${svgns}/>`],
  ['not an SVG at all (HTML named .svg)', '<html><body><script>alert(1)</script><svg></svg></body></html>'],
  ['broken XML', `<svg ${svgns}><rect></svg>`],
];
const goodLogos: Array<[string, string]> = [
  ['shapes and a gradient referenced by url(#id)', `<svg ${svgns} viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#005a8c"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/></svg>`],
  ['use of its own symbol, an old DOCTYPE, a style element', `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg ${svgns} ${xlinkns}><style>.a { fill: #c8553d }</style><symbol id="s"><circle class="a" r="4"/></symbol><use xlink:href="#s"/></svg>`],
  ['embedded PNG', `<svg ${svgns}><image href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" width="1" height="1"/></svg>`],
];

describe('the kommune’s logo', () => {
  const dir = tempDir('logo');

  it('refuses an SVG logo that carries script, handlers, links or external files, saying what to fix', () => {
    for (const [name, svg] of badLogos) {
      writeFileSync(join(dir, 'logo.svg'), svg);
      expect(() => readLogo(join(dir, 'logo.svg')), name).toThrow(UsageError);
      expect(() => lookFor(undefined, { theme: { logo: 'logo.svg' } }, dir), name).toThrow(/Logoet .*logo\.svg kan ikke bruges|cannot be used/u);
    }
    writeFileSync(join(dir, 'fake.png'), '<svg onload="alert(1)"/>');
    expect(() => lookFor(undefined, { theme: { logo: 'fake.png' } }, dir)).toThrow(/not a PNG/u);
    record({ area, what: `${badLogos.length} unsafe SVG logos (script, handlers, javascript:/external href, foreignObject, @import/url(), set/animate, entities, xml-stylesheet) and a fake PNG`, cases: badLogos.length + 1, result: 'refused as a usage error before anything is built, with the reason' });
  });

  it('accepts a plain SVG logo and shows it only as a data: image', () => {
    const standard = buildStandard(complete, 'complete.md');
    const check = checkStandard(standard, { asOf });
    for (const [name, svg] of goodLogos) {
      writeFileSync(join(dir, 'good.svg'), svg);
      const { theme } = lookFor(undefined, { theme: { logo: 'good.svg' } }, dir);
      const { html } = renderLeaflet({ standard, slug: 'x', check, lang: 'da', theme, templateDirs: [] });
      expect(html, name).toContain('<img class="kvs-logo" src="data:image/svg+xml;base64,');
      expect(unsafeParts(html), name).toEqual([]);
    }
    record({ area, what: `${goodLogos.length} plain SVG logos (gradients, own symbols, old DOCTYPE, embedded PNG)`, cases: goodLogos.length, result: 'accepted; published only as <img src="data:image/svg+xml;base64,…">' });
  });
});

describe('fonts', () => {
  it('accepts TrueType and OpenType files and refuses anything else named .ttf', () => {
    const dir = tempDir('fonts');
    const fontDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));
    const ttf = readdirSync(fontDir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('400Regular.ttf'))!;
    copyFileSync(join(fontDir, ttf), join(dir, 'regular.ttf'));
    writeFileSync(join(dir, 'fake.ttf'), '<script>alert(1)</script>');
    writeFileSync(join(dir, 'otto.otf'), Buffer.concat([Buffer.from('OTTO'), Buffer.alloc(32)]));
    expect(lookFor(undefined, { theme: { fonts: { regular: 'regular.ttf', bold: 'otto.otf' } } }, dir).theme.fonts?.regular).toMatch(/regular\.ttf$/u);
    expect(() => lookFor(undefined, { theme: { fonts: { regular: 'regular.ttf', bold: 'fake.ttf' } } }, dir)).toThrow(/theme\.fonts\.bold .*TrueType/u);
    record({ area, what: 'Font files: a real TTF, an OpenType header, and a script named .ttf', cases: 3, result: 'TTF/OTF accepted by their magic bytes; anything else refused naming the setting' });
  });
});

describe('paths from the config stay inside the project (kvs build, exit 2)', () => {
  const base = tempDir('paths');
  const project = join(base, 'projekt');
  const outside = join(base, 'udenfor');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

  beforeAll(() => {
    if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) throw new Error('dist/ is missing: run `npm run build` first.');
    mkdirSync(join(project, 'standards'), { recursive: true });
    mkdirSync(join(outside, 'skabeloner', 'leaflet', 'partials'), { recursive: true });
    writeFileSync(join(project, 'standards', 'eksempelby.md'), complete);
    writeFileSync(join(outside, 'logo.png'), png);
    writeFileSync(join(outside, 'font.ttf'), Buffer.from([0, 1, 0, 0]));
    writeFileSync(join(outside, 'skabeloner', 'leaflet', 'partials', 'footer.hbs'), '<footer>UDENFOR</footer>');
    writeFileSync(join(outside, 'hemmelig.hbs'), '<footer>HEMMELIG</footer>');
    symlinkSync(join(outside, 'logo.png'), join(project, 'link-logo.png'));
    symlinkSync(join(outside, 'skabeloner'), join(project, 'link-skabeloner'));
    mkdirSync(join(project, 'skabeloner', 'leaflet', 'partials'), { recursive: true });
    symlinkSync(join(outside, 'hemmelig.hbs'), join(project, 'skabeloner', 'leaflet', 'partials', 'footer.hbs'));
    mkdirSync(join(project, 'egne', 'leaflet'), { recursive: true });
    symlinkSync(join(outside, 'skabeloner', 'leaflet', 'partials'), join(project, 'egne', 'leaflet', 'partials'));
  });

  const cases: Array<[string, Config, RegExp]> = [
    ['logo ../', { theme: { logo: '../udenfor/logo.png' } }, /theme\.logo .*\.\.\/udenfor\/logo\.png.*afvises: stien går med \.\.\/ uden for projektmappen/su],
    ['logo absolute', { theme: { logo: '/ABS/logo.png' } }, /theme\.logo .*afvises: en absolut sti er ikke tilladt/su],
    ['logo symlink to outside', { theme: { logo: 'link-logo.png' } }, /theme\.logo .*symbolsk link til .*udenfor\/logo\.png.*uden for projektmappen/su],
    ['font ../', { theme: { fonts: { regular: '../udenfor/font.ttf', bold: '../udenfor/font.ttf' } } }, /theme\.fonts\.regular .*uden for projektmappen/su],
    ['templates ../', { templates: '../udenfor/skabeloner' }, /templates .*afvises: stien går med \.\.\//su],
    ['templates absolute', { templates: '/ABS/skabeloner' }, /templates .*en absolut sti/su],
    ['templates folder symlinked outside', { templates: 'link-skabeloner' }, /templates .*symbolsk link til .*udenfor/su],
    ['template file symlinked outside', { templates: 'skabeloner' }, /templates .*footer\.hbs er et symbolsk link til .*hemmelig\.hbs/su],
    ['template sub-folder symlinked outside', { templates: 'egne' }, /templates .*partials er et symbolsk link til .*udenfor/su],
    ['kommune logo ../', { kommuner: { Eksempelby: { theme: { logo: '../udenfor/logo.png' } } } }, /kommuner\.Eksempelby\.theme\.logo .*uden for projektmappen/su],
    ['kommune templates ../../', { kommuner: { Eksempelby: { templates: '../../' } } }, /kommuner\.Eksempelby\.templates .*uden for projektmappen/su],
  ];

  function kvs(args: string[], cwd = project) {
    const run = spawnSync(process.execPath, [kvsBin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  /** What `kvs build` checks before it writes anything: the project's look and every kommune's. */
  function refusal(config: Config): string | undefined {
    try {
      lookFor(undefined, config, project);
      for (const kommune of Object.keys(config.kommuner ?? {})) lookFor(kommune, config, project);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as UsageError).localized.da;
    }
  }

  const withOutside = (config: Config): Config => JSON.parse(JSON.stringify(config).replaceAll('/ABS', outside)) as Config;

  it('refuses ../, absolute paths and symlinks out of the project, naming the setting, the path and why', () => {
    for (const [name, config, message] of cases) expect(refusal(withOutside(config)), name).toMatch(message);
    record({ area, what: `${cases.length} config paths leaving the project: ../ and absolute logo/fonts/templates, symlinked logo, template folder, template file and template sub-folder, kommune logo/templates`, cases: cases.length, result: 'usage error naming the setting, the path and why (../, absolute, symlink target outside)' });
  });

  it('kvs build exits 2 on such a path, with the message and no stack, before writing anything', () => {
    for (const [name, config, message] of cases.filter(([n]) => n === 'logo ../' || n === 'template file symlinked outside')) {
      writeFileSync(join(project, 'kvs.config.json'), JSON.stringify(withOutside(config)));
      const run = kvs(['build', '--only', 'html']);
      expect(run.status, `${name}: ${run.stderr}`).toBe(2);
      expect(run.stderr, name).toMatch(message);
      expect(run.stderr, name).not.toMatch(/\n\s+at /u);
      expect(existsSync(join(project, 'output')), name).toBe(false);
    }
  });

  it('builds with paths inside the project, and writes where --out says even outside it (the user typed it)', () => {
    mkdirSync(join(project, 'inde'), { recursive: true });
    writeFileSync(join(project, 'inde', 'logo.png'), png);
    writeFileSync(join(project, 'kvs.config.json'), JSON.stringify({ theme: { logo: 'inde/../inde/logo.png' } }));
    const run = kvs(['build', '--only', 'html', '--out', '../udgivet']);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(base, 'udgivet', 'eksempelby', 'index.html'), 'utf8')).toContain('data:image/png;base64,');
  });
});

describe('Handlebars', () => {
  it('gives templates no access to the prototype chain', () => {
    const dir = tempDir('handlebars');
    mkdirSync(join(dir, 'leaflet'));
    const probes = [
      '{{constructor}}', '{{constructor.name}}', '{{__proto__}}', '{{__proto__.constructor.name}}', '{{lookup this "constructor"}}',
      '{{lookup this "__proto__"}}', '{{#with constructor}}{{name}}{{/with}}', '{{lookup (lookup this "constructor") "name"}}',
      '{{title.constructor.name}}', '{{list.constructor.name}}', '{{toString}}', '{{valueOf}}', '{{hasOwnProperty}}',
      '{{__defineGetter__}}', '{{__lookupGetter__}}', '{{propertyIsEnumerable}}', '{{#each list}}{{constructor.name}}{{/each}}',
      '{{#with title}}{{length.constructor.name}}{{/with}}',
    ];
    writeFileSync(join(dir, 'leaflet', 'probe.hbs'), probes.map((p) => `[${p}]`).join(''));
    const data = { title: 'Titel {{constructor.name}}', list: [{ a: 1 }] };
    expect(renderTemplate('leaflet', 'probe.hbs', data, [dir])).toBe(probes.map(() => '[]').join(''));
    // A helper that is not Handlebars' own does not compile, whatever the data holds.
    writeFileSync(join(dir, 'leaflet', 'call.hbs'), '{{constructor.constructor "return process"}}');
    expect(() => renderTemplate('leaflet', 'call.hbs', data, [dir])).toThrow(/knownHelpersOnly|unknown helper/u);
    // A partial name from the data can only pick a registered partial, never a file.
    writeFileSync(join(dir, 'leaflet', 'dynamic.hbs'), '{{> (lookup this "name")}}');
    expect(() => renderTemplate('leaflet', 'dynamic.hbs', { name: '../../../etc/passwd' }, [dir])).toThrow(/could not be found/u);
    record({ area, what: `${probes.length} prototype probes in a template ({{constructor}}, {{__proto__}}, lookup, with, each), an unknown helper, a partial named by data`, cases: probes.length + 2, result: 'every probe renders empty; unknown helpers do not compile; no partial is loaded from a path' });
  });
});
