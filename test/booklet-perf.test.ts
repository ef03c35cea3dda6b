/**
 * The booklet renderer shares work between documents in one thread (parsed
 * fonts and shaped words, src/render/pdf/fonts.ts; widths; lines between the
 * two passes). None of it may change a byte: a booklet rendered after others
 * is the same as one rendered first, and a font file replaced on disk is read
 * again. No timings here: the machine is shared.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildStandard } from '../src/model/standard.js';
import { defaultTheme, type RenderInput, type Theme } from '../src/render/types.js';

const standardsDir = new URL('../standards/', import.meta.url);
const [firstFile, secondFile] = readdirSync(standardsDir).filter((name) => name.endsWith('.md')).sort();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kvs-booklet-perf-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function inputOf(file: string, theme: Theme = defaultTheme): RenderInput {
  const standard = buildStandard(readFileSync(new URL(file, standardsDir), 'utf8'), file);
  return { standard, slug: file.replace(/\.md$/, ''), check: { filePath: standard.path, findings: [] }, lang: 'da', theme, templateDirs: [], sourceDateEpoch: 1700000000 };
}

/** The renderer as a fresh thread sees it: nothing shared yet. */
async function freshRenderer() {
  vi.resetModules();
  return import('../src/render/pdf/index.js');
}

describe('booklet rendering shares work without changing bytes', () => {
  it('renders a booklet after another one exactly as it renders it first', async () => {
    const cold = await (await freshRenderer()).renderBooklet(inputOf(firstFile!));
    const warm = await freshRenderer();
    await warm.renderBooklet(inputOf(secondFile!));
    const again = await warm.renderBooklet(inputOf(firstFile!));
    expect(Buffer.from(again).equals(Buffer.from(cold))).toBe(true);
  });

  it('reads a font file again when it has changed on disk', async () => {
    const sourceSans = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));
    const regular = join(sourceSans, '400Regular', 'SourceSans3_400Regular.ttf');
    const italic = join(sourceSans, '400Regular_Italic', 'SourceSans3_400Regular_Italic.ttf');
    const bold = join(sourceSans, '700Bold', 'SourceSans3_700Bold.ttf');
    const text = join(dir, 'text.ttf');
    const theme: Theme = { ...defaultTheme, fonts: { regular: text, bold } };
    copyFileSync(regular, text);
    const renderer = await freshRenderer();
    const before = await renderer.renderBooklet(inputOf(firstFile!, theme));
    // Another file at the same path (a different size, so the change shows however coarse the clock).
    copyFileSync(italic, text);
    const after = await renderer.renderBooklet(inputOf(firstFile!, theme));
    const expected = await (await freshRenderer()).renderBooklet(inputOf(firstFile!, theme));
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);
    expect(Buffer.from(after).equals(Buffer.from(expected))).toBe(true);
  });
});
