/**
 * Shaped words and hyphenation points kept on disk between runs
 * (src/render/pdf/word-cache.ts, shape-cache.ts, hyphenate.ts): a booklet
 * from a warm cache is byte for byte the booklet from none, and a cache that
 * is corrupt, cut short, signed with another key, written for another font
 * or read after the font file changed never changes a byte either. One small standard, each render in a fresh renderer (a new thread
 * as a build worker starts it). No timings here: the machine is shared.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildStandard } from '../src/model/standard.js';
import { defaultTheme, type RenderInput, type Theme } from '../src/render/types.js';

const secret = Buffer.alloc(32, 1);
const text = [
  '---',
  'titel: Kvalitetsstandard for stofmisbrugsbehandling',
  'kommune: Prøvekøbing Kommune',
  '---',
  '',
  '# Kvalitetsstandard for stofmisbrugsbehandling',
  '',
  '## Formål',
  '',
  'Behandlingen skal hjælpe borgeren til et liv uden misbrug af rusmidler, og borgerens pårørende inddrages, når borgeren ønsker det.',
  '',
  '## Hvem kan få tilbuddet',
  '',
  '- Borgere over 18 år med et behandlingskrævende forbrug af stoffer.',
  '- Unge under 18 år efter en konkret vurdering (§ 101).',
].join('\n');

const sourceSans = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));
const regular = join(sourceSans, '400Regular', 'SourceSans3_400Regular.ttf');
const italic = join(sourceSans, '400Regular_Italic', 'SourceSans3_400Regular_Italic.ttf');
const bold = join(sourceSans, '700Bold', 'SourceSans3_700Bold.ttf');

let dir: string;
let fontFile: string;
let theme: Theme;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kvs-shape-cache-'));
  // A font file of the test's own, so that the test can change it.
  fontFile = join(dir, 'text.ttf');
  copyFileSync(regular, fontFile);
  theme = { ...defaultTheme, fonts: { regular: fontFile, bold } };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function input(): RenderInput {
  const standard = buildStandard(text, 'proevekoebing-stofmisbrug.md');
  return { standard, slug: 'proevekoebing-stofmisbrug', check: { filePath: standard.path, findings: [] }, lang: 'da', theme, templateDirs: [], sourceDateEpoch: 1700000000 };
}

/** The booklet from a fresh renderer (nothing shaped in this thread yet), with the cache in `cacheDir` if given; the renderer then saves its words. */
async function render(cacheDir?: string, key: Uint8Array = secret): Promise<Buffer> {
  vi.resetModules();
  const pdf = await import('../src/render/pdf/index.js');
  const bytes = await pdf.renderBooklet(input(), cacheDir ? { wordCache: { dir: cacheDir, secret: key } } : {});
  pdf.saveWordCaches();
  return Buffer.from(bytes);
}

/** The cache file of the font file's present bytes. */
function cacheFileOf(cacheDir: string, font: string): string {
  return join(cacheDir, `${sha256(readFileSync(font))}.json`);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Header and words of a cache file. */
function readCache(file: string): { header: Record<string, unknown>; words: Record<string, string> } {
  const [first, body] = splitOnce(readFileSync(file, 'utf8'));
  return { header: JSON.parse(first) as Record<string, unknown>, words: JSON.parse(body) as Record<string, string> };
}

function splitOnce(text: string): [string, string] {
  const at = text.indexOf('\n');
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Writes words under `header`, signed with `key` as shape-cache.ts signs them. */
function writeSigned(file: string, header: Record<string, unknown>, words: unknown, key: Uint8Array): void {
  const body = JSON.stringify(words);
  const fields = Object.fromEntries(Object.entries(header).filter(([name]) => name !== 'mac'));
  const mac = createHmac('sha256', key).update(JSON.stringify(fields)).update('\n').update(body).digest('hex');
  writeFileSync(file, `${JSON.stringify({ ...fields, mac })}\n${body}`);
}

describe('the disk cache of shaped words', () => {
  let reference: Buffer;
  let cacheDir: string;
  let file: string;
  let good: string;

  beforeAll(async () => {
    reference = await render();
    cacheDir = join(dir, 'cache');
    file = cacheFileOf(cacheDir, fontFile);
  });

  it('makes the same booklet when it is empty, and the same again from what it kept', async () => {
    expect((await render(cacheDir)).equals(reference)).toBe(true);
    good = readFileSync(file, 'utf8');
    expect(Object.keys(readCache(file).words)).toContain('Behandlingen ');
    expect((await render(cacheDir)).equals(reference)).toBe(true);
  });

  it('is read: a word changed and signed with the key changes the booklet (the signature is what guards it)', async () => {
    const { header, words } = readCache(file);
    // The word's glyphs in reverse: still glyphs of the font, so only the signature can tell.
    words['Behandlingen '] = words['Behandlingen ']!.split(' ').reverse().join(' ');
    writeSigned(file, header, words, secret);
    expect((await render(cacheDir)).equals(reference)).toBe(false);
    // The same change signed with another key, or made for another fontkit, is not believed.
    writeSigned(file, header, words, Buffer.alloc(32, 2));
    expect((await render(cacheDir)).equals(reference)).toBe(true);
    writeSigned(file, { ...header, engine: 'fontkit 0.0.1' }, words, secret);
    expect((await render(cacheDir)).equals(reference)).toBe(true);
    // A signed entry that no shaping of this font could give (not glyphs, a glyph the font lacks) is shaped again.
    for (const entry of ['1,2', '999999,500,66', 'x,y,z']) {
      writeSigned(file, header, { ...words, 'Behandlingen ': entry }, secret);
      expect({ entry, same: (await render(cacheDir)).equals(reference) }).toEqual({ entry, same: true });
    }
  });

  it('never changes the booklet when the file is corrupt, cut short, edited or empty', async () => {
    const corruptions: Record<string, string> = {
      flipped: good.replace('Behandlingen', 'Behandlingem'),
      cut: good.slice(0, Math.floor(good.length / 2)),
      headerOnly: splitOnce(good)[0],
      garbage: '\u0000\u0001not a cache\n{]',
      empty: '',
      notWords: `${splitOnce(good)[0]}\n[1,2,3]`,
      notGlyphs: good.replace(/"Behandlingen ":"[^"]*"/, '"Behandlingen ":"1,2"'),
    };
    for (const [name, content] of Object.entries(corruptions)) {
      writeFileSync(file, content);
      expect({ name, same: (await render(cacheDir)).equals(reference) }).toEqual({ name, same: true });
    }
    // The same for the hyphenation points.
    const hyphenation = join(cacheDir, 'hyphenation.json');
    const goodPoints = readFileSync(hyphenation, 'utf8');
    for (const content of [goodPoints.slice(0, goodPoints.length - 9), goodPoints.replace(/"(\d+)h/, '"$1'), '']) {
      writeFileSync(hyphenation, content);
      expect((await render(cacheDir)).equals(reference)).toBe(true);
    }
    // The last run wrote a good cache again, which the next one reads.
    expect(readCache(file).header['font']).toBe(sha256(readFileSync(fontFile)));
    expect((await render(cacheDir)).equals(reference)).toBe(true);
  });

  it('never takes the words of another font: a file for another font, or a font file changed since', async () => {
    copyFileSync(italic, fontFile);
    const italicReference = await render();
    const italicCache = join(dir, 'italic-cache');
    expect((await render(italicCache)).equals(italicReference)).toBe(true);
    // The font file changed since the cache was written (its words are under the old bytes' name).
    expect((await render(cacheDir)).equals(italicReference)).toBe(true);
    // Another font's words, signed with our key, under this font's name.
    copyFileSync(regular, fontFile);
    writeFileSync(file, readFileSync(cacheFileOf(italicCache, italic)));
    expect((await render(cacheDir)).equals(reference)).toBe(true);
  });
});

describe('the disk cache of hyphenation points', () => {
  const word = 'stofmisbrugsbehandlingen';

  async function hyphenated(cacheDir: string, key: Uint8Array = secret): Promise<string> {
    vi.resetModules();
    const hyphenate = await import('../src/render/pdf/hyphenate.js');
    hyphenate.keepBreakPointsIn({ dir: cacheDir, secret: key });
    const result = hyphenate.hyphenateWord(word);
    (await import('../src/render/pdf/index.js')).saveWordCaches();
    return result;
  }

  it('is read when signed, and points that cannot be the word\'s are worked out again', async () => {
    const cacheDir = join(dir, 'hyphenation-cache');
    const expected = await hyphenated(cacheDir);
    expect(expected).toContain('\u00AD');
    expect(await hyphenated(cacheDir)).toBe(expected);
    const file = join(cacheDir, 'hyphenation.json');
    const { header, words } = readCache(file);
    expect(words[word]).toBeDefined();
    writeSigned(file, header, { ...words, [word]: '4h' }, secret);
    expect(await hyphenated(cacheDir)).toBe('stof\u00ADmisbrugsbehandlingen');
    writeSigned(file, header, { ...words, [word]: '4h' }, Buffer.alloc(32, 2));
    expect(await hyphenated(cacheDir)).toBe(expected);
    for (const entry of ['99h', '9h 4h', 'x', '0h']) {
      writeSigned(file, header, { ...words, [word]: entry }, secret);
      expect({ entry, result: await hyphenated(cacheDir) }).toEqual({ entry, result: expected });
    }
    writeSigned(file, { ...header, code: 'another version of hyphenate.ts' }, { ...words, [word]: '4h' }, secret);
    expect(await hyphenated(cacheDir)).toBe(expected);
  });
});
