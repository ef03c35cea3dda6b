/**
 * The benchmark corpus: N standards made from the four bundled ones
 * (test/golden/*.md), deterministic from a seed. Each file gets a made-up
 * kommune name and its sections in another order; fixed shares of the files
 * also lose a required section (an error the check must find), carry
 * CriticMarkup tracked changes, or repeat a paragraph. A real corpus of
 * 98 kommuner has that mix, and a linter that is fast only on clean files
 * would look better than it is.
 *
 * Plain ESM JavaScript so `npm run bench` needs no build step for it; the
 * types are in corpus.d.ts for the test.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bump when the generator's output changes, so old corpora are rebuilt. */
export const generatorVersion = 1;

export const defaultShares = { errors: 0.1, changes: 0.1, duplicates: 0.1 };

/**
 * Requirements whose absence is an error in every rule set, so a removed
 * section always gives a `required-section` error.
 */
const removableKeys = ['lovgrundlag', 'maalgruppe', 'visitation', 'behandlingsgaranti', 'frit_valg', 'klageadgang', 'brugerinddragelse', 'personale', 'monitorering'];

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough to shuffle. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One stream per file, so a trait given to one file does not shift the draws of the others. */
function rngFor(seed, index) {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function pick(items, random) {
  return items[Math.floor(random() * items.length)];
}

const namePrefixes = ['Nør', 'Sønder', 'Vester', 'Øster', 'Lille', 'Store', 'Ny', 'Gammel', 'Kirke', 'Mølle', 'Skov', 'Bøge', 'Eg', 'Ask', 'Lyng', 'Strand', 'Fjord', 'Sø', 'Bak', 'Hede', 'Å', 'Lund', 'Ros', 'Hvid'];
const nameMiddles = ['', '', '', 'e', 'ne', 'ker', 'ring', 'holm', 'by', 'bro', 'dal', 'vad'];
const nameSuffixes = ['by', 'rup', 'lev', 'sted', 'bæk', 'høj', 'holm', 'ager', 'skov', 'lund', 'borg', 'havn', 'strup', 'løse', 'inge', 'købing'];

function kommuneName(random, used) {
  const base = pick(namePrefixes, random) + pick(nameMiddles, random) + pick(nameSuffixes, random);
  const count = (used.get(base) ?? 0) + 1;
  used.set(base, count);
  return count === 1 ? base : `${base} ${count}`;
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Like the model's heading matcher (src/model/headings.ts), enough to pick a section whose loss is certain. */
function normalizeHeading(text) {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^[\d.\s]+(?=\p{L})/u, '')
    .replace(/[\s.:?!]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function catalogue() {
  const data = JSON.parse(readFileSync(join(root, 'schemas/requirements.json'), 'utf8'));
  return data.requirements.flatMap((r) => r.headings.map((h) => ({ key: r.key, heading: normalizeHeading(h) })));
}

/** Keys a heading may cover: exact or "starts with" (the model prefers exact, so this can only say more). */
function keysOf(heading, known) {
  const text = normalizeHeading(heading);
  return new Set(
    known
      .filter((k) => text === k.heading || (text.startsWith(k.heading) && /^[\s(,–-]/u.test(text.slice(k.heading.length))))
      .map((k) => k.key),
  );
}

/** @returns {{ name: string, text: string, city: string }[]} */
export function readBases(dir = join(root, 'test/golden')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const kommune = /^kommune:\s*(.+?)\s*$/m.exec(text)?.[1] ?? '';
      return { name, text, city: kommune.replace(/\s+Kommune$/, '') };
    });
}

/**
 * Front-matter and title stay first; the rest is cut into blocks at level-2
 * headings (each with its sub-sections), which are shuffled.
 */
function splitBlocks(text) {
  const lines = text.split('\n');
  let start = 0;
  if (lines[0] === '---') start = lines.indexOf('---', 1) + 1;
  const h1 = lines.findIndex((l, i) => i >= start && /^# /.test(l));
  const firstBlock = lines.findIndex((l, i) => i > Math.max(h1, start) && /^## /.test(l));
  const head = lines.slice(0, firstBlock);
  const blocks = [];
  for (let i = firstBlock; i < lines.length; i++) {
    if (/^## /.test(lines[i]) || blocks.length === 0) blocks.push([]);
    blocks.at(-1).push(lines[i]);
  }
  // Every block ends with one blank line, so shuffled blocks never run together.
  const tidy = (block) => [...trimEnd(block), ''];
  return { head: tidy(head), blocks: blocks.map(tidy) };
}

function trimEnd(lines) {
  const out = [...lines];
  while (out.length > 0 && out.at(-1).trim() === '') out.pop();
  return out;
}

function headingsOf(block) {
  return block.filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+\s+/, ''));
}

/**
 * A block whose own heading covers a removable requirement no other heading
 * covers: removing it surely makes that requirement missing.
 * @returns {{ index: number, keys: string[] } | undefined}
 */
function removableBlock(head, blocks, known, random) {
  const candidates = [];
  blocks.forEach((block, index) => {
    const own = keysOf(headingsOf(block)[0] ?? '', known);
    const elsewhere = new Set(
      [head, ...blocks.filter((_, i) => i !== index)].flatMap((b) => headingsOf(b).flatMap((h) => [...keysOf(h, known)])),
    );
    const inside = new Set(headingsOf(block).flatMap((h) => [...keysOf(h, known)]));
    if (![...own].some((k) => removableKeys.includes(k) && !elsewhere.has(k))) return;
    candidates.push({ index, keys: [...inside].filter((k) => !elsewhere.has(k)).sort() });
  });
  return candidates.length > 0 ? pick(candidates, random) : undefined;
}

/** Single-line prose paragraphs long enough to count as duplicates (≥ 6 words; 12 to be safe). */
function proseLines(blocks) {
  const found = [];
  blocks.forEach((block, b) =>
    block.forEach((line, l) => {
      const isolated = (block[l - 1] ?? '').trim() === '' && (block[l + 1] ?? '').trim() === '';
      if (!isolated || !/^\p{Lu}/u.test(line) || /[{}|<>\\*_`[\]]/.test(line)) return;
      if ((line.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 12) found.push({ b, l });
    }),
  );
  return found;
}

/** A deleted word and an inserted sentence, as a reviewer would leave them. */
function trackChange(line, random) {
  const words = [...line.matchAll(/(?<=\s)\p{L}{4,}(?=\s)/gu)];
  const word = words.length > 0 ? pick(words, random) : undefined;
  const deleted = word ? `${line.slice(0, word.index)}{--${word[0]}--}${line.slice(word.index + word[0].length)}` : line;
  return `${deleted} {++Teksten er rettet ved revisionen.++}`;
}

/**
 * One standard of the corpus.
 * @param {number} index file number, from 0
 * @param {number} seed
 * @param {{ error: boolean, change: boolean, duplicate: boolean }} traits
 * @param {{ bases: ReturnType<typeof readBases>, known: ReturnType<typeof catalogue>, used: Map<string, number> }} context
 */
export function generateStandard(index, seed, traits, context) {
  const random = rngFor(seed, index);
  const base = context.bases[index % context.bases.length];
  const name = kommuneName(random, context.used);
  const renamed = base.city ? base.text.split(base.city).join(name) : base.text;
  const { head, blocks: original } = splitBlocks(renamed);
  let blocks = shuffle(original, random);

  let removed = [];
  if (traits.error) {
    const block = removableBlock(head, blocks, context.known, random);
    if (!block) throw new Error(`${base.name}: no section whose removal is certain to be missing`);
    removed = block.keys;
    blocks = blocks.filter((_, i) => i !== block.index);
  }
  const prose = shuffle(proseLines(blocks), random);
  if (traits.change) {
    const { b, l } = prose.shift();
    blocks[b] = blocks[b].map((line, i) => (i === l ? trackChange(line, random) : line));
  }
  if (traits.duplicate) {
    // The copy goes to the end of another block: pasted twice, far apart.
    const { b, l } = prose.shift();
    const copy = blocks[b][l];
    const target = (b + 1 + Math.floor(random() * (blocks.length - 1))) % blocks.length;
    blocks[target] = [...blocks[target], copy, ''];
  }

  const text = [...head, ...blocks.flat()].join('\n').replace(/\n+$/, '\n');
  const file = `${String(index).padStart(5, '0')}-${slug(name)}-stofmisbrug.md`;
  return { file, text, kommune: `${name} Kommune`, base: base.name, traits, removed };
}

/** Which files get which trait: exact shares, spread by a seeded shuffle. */
function assignTraits(n, seed, shares) {
  const pickSet = (share, salt) => new Set(shuffle([...Array(n).keys()], mulberry32(seed + salt)).slice(0, Math.round(n * share)));
  const errors = pickSet(shares.errors, 1);
  const changes = pickSet(shares.changes, 2);
  const duplicates = pickSet(shares.duplicates, 3);
  return (i) => ({ error: errors.has(i), change: changes.has(i), duplicate: duplicates.has(i) });
}

/**
 * All N standards in memory.
 * @param {{ n: number, seed: number, shares?: typeof defaultShares }} options
 */
export function generateCorpus({ n, seed, shares = defaultShares }) {
  const context = { bases: readBases(), known: catalogue(), used: new Map() };
  const traitsOf = assignTraits(n, seed, shares);
  return Array.from({ length: n }, (_, i) => generateStandard(i, seed, traitsOf(i), context));
}

export function corpusDir(n, seed) {
  return join(root, 'bench/.corpus', `n${n}-seed${seed}`);
}

/**
 * Writes the corpus to bench/.corpus/n<N>-seed<S>/standards/ unless a
 * complete one from this generator version is there. The peers' configs sit
 * in the corpus folder, so they apply to it alone.
 * @returns {{ dir: string, standards: string, files: string[], generated: boolean }}
 */
export function ensureCorpus({ n, seed, shares = defaultShares }) {
  const dir = corpusDir(n, seed);
  const standards = join(dir, 'standards');
  const manifestPath = join(dir, 'manifest.json');
  const wanted = { generatorVersion, n, seed, shares };
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const same = ['generatorVersion', 'n', 'seed', 'shares'].every((k) => JSON.stringify(manifest[k]) === JSON.stringify(wanted[k]));
    // The hash catches a run that was stopped while it had a file edited.
    if (same && manifest.files.every((f) => existsSync(join(standards, f.file))) && corpusHash(standards) === manifest.hash) {
      return { dir, standards, files: manifest.files.map((f) => f.file), generated: false };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(standards, { recursive: true });
  const corpus = generateCorpus({ n, seed, shares });
  for (const s of corpus) writeFileSync(join(standards, s.file), s.text);
  // remark-cli reads this; markdownlint-cli2 runs with its defaults (no config file anywhere up to the repo root).
  writeFileSync(
    join(dir, '.remarkrc.json'),
    `${JSON.stringify({ plugins: ['remark-frontmatter', 'remark-gfm', 'remark-preset-lint-recommended'] }, null, 2)}\n`,
  );
  const files = corpus.map(({ file, kommune, base, traits, removed }) => ({ file, kommune, base, traits, removed }));
  writeFileSync(manifestPath, `${JSON.stringify({ ...wanted, hash: corpusHash(standards), files }, null, 1)}\n`);
  return { dir, standards, files: files.map((f) => f.file), generated: true };
}

/** One hash over every file of the corpus: to prove no tool rewrote it. */
export function corpusHash(standards) {
  const hash = createHash('sha256');
  for (const name of readdirSync(standards).sort()) hash.update(name).update(readFileSync(join(standards, name)));
  return hash.digest('hex');
}
