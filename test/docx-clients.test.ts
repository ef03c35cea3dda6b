/**
 * Our .docx in real clients. LibreOffice (soffice --headless, a private
 * profile) opens the export of every bundled standard and of the review
 * fixture, with tracked changes and comments of every kind: it must see every
 * heading as a `text:h` at its level, and after it saves the document as .docx
 * again, `kvs import --keep-changes` and `kvs fmt` give back the standard.
 * pandoc reads the same export with --track-changes=all and sees every
 * change and comment. One soffice start per conversion batch, one pandoc run
 * per file: the files are converted together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { exportDocx } from '../src/export/docx/index.js';
import { importDocument } from '../src/import/index.js';
import { formatMarkdown } from '../src/fmt/format.js';
import { parseMarkdown } from '../src/model/parse.js';
import { splitFrontMatter } from '../src/export/docx/source.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const goldenDir = here('golden/');

/** One paragraph with every kind of CriticMarkup, put after each standard's first heading. */
const everyKind =
  'Borgeren får {++en ny ++}hjælp {--som før --}og {~~gammel~>ny~~} vejledning, {==her fremhævet==}{>>Mette Ørsted: Er det rigtigt?<<} og en kommentar alene.{>>Jens: Tjek datoen<<}';

function withEveryKind(text: string): string {
  return text.replace(/^(#{1,6} .*\n)/m, `$1\n${everyKind}\n`);
}

const standards = [
  ...readdirSync(goldenDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name: name.replace(/\.md$/, ''), text: withEveryKind(readFileSync(join(goldenDir, name), 'utf8')) })),
  { name: 'docx-review', text: readFileSync(here('fixtures/docx-review.md'), 'utf8') },
];

/** `kvs fmt`'s text; a link to a bare host ends in a slash, as LibreOffice writes every URL in its normal form. */
function canonical(text: string): string {
  const result = formatMarkdown(text);
  expect(result.ok, 'kvs fmt formats it').toBe(true);
  return result.text.replace(/\]\((https?:\/\/[^/)\s]+)\/?\)/g, ']($1/)');
}

function headingDepths(markdown: string): number[] {
  const tree = parseMarkdown(splitFrontMatter(markdown).body);
  return tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
}

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
let dir = '';

function convert(format: string, outdir: string, files: string[]): void {
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outdir, ...files],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(run.status, run.stderr).toBe(0);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kvs-docx-clients-'));
  const date = new Date('2026-05-04T08:00:00Z');
  for (const { name, text } of standards) {
    writeFileSync(join(dir, `${name}.docx`), (await exportDocx(text, { changes: true, date })).bytes);
  }
  if (!soffice) return;
  const exported = standards.map(({ name }) => join(dir, `${name}.docx`));
  convert('odt', join(dir, 'odt'), exported);
  convert('docx:MS Word 2007 XML', join(dir, 'back'), standards.map(({ name }) => join(dir, 'odt', `${name}.odt`)));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!soffice)('LibreOffice', () => {
  it('sees every heading of the export as a text:h at its level', () => {
    for (const { name, text } of standards) {
      const content = strFromU8(unzipSync(readFileSync(join(dir, 'odt', `${name}.odt`)))['content.xml']!);
      const levels = [...content.matchAll(/<text:h\b[^>]*text:outline-level="(\d)"/g)].map((match) => Number(match[1]));
      expect(levels, name).toEqual(headingDepths(text));
    }
  });

  it('saves it back as .docx, and import --keep-changes and kvs fmt give back the standard', () => {
    for (const { name, text } of standards) {
      const back = importDocument(readFileSync(join(dir, 'back', `${name}.docx`)), `${name}.docx`, { keepChanges: true });
      const direct = importDocument(readFileSync(join(dir, `${name}.docx`)), `${name}.docx`, { keepChanges: true });
      // LibreOffice changes nothing our own round trip keeps, and that is the standard.
      expect(canonical(direct.markdown), name).toBe(canonical(text));
      expect(canonical(back.markdown), name).toBe(canonical(text));
    }
  });
});

describe.skipIf(!pandoc)('pandoc', () => {
  it('reads every tracked change and comment of the export (--track-changes=all)', () => {
    for (const { name, text } of standards) {
      const run = spawnSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', join(dir, `${name}.docx`)], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const classes = [...run.stdout.matchAll(/"(insertion|deletion|comment-start)"/g)].map((match) => match[1]);
      const count = (kind: string): number => classes.filter((c) => c === kind).length;
      const body = splitFrontMatter(text).body;
      // A substitution is a deletion and an insertion; a highlight with its comment is one comment.
      const substitutions = (body.match(/\{~~/g) ?? []).length;
      expect(count('insertion'), name).toBe((body.match(/\{\+\+/g) ?? []).length + substitutions);
      expect(count('deletion'), name).toBe((body.match(/\{--/g) ?? []).length + substitutions);
      expect(count('comment-start'), name).toBe((body.match(/\{>>/g) ?? []).length);
    }
  });
});
