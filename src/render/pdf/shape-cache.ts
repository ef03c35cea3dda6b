/**
 * Shaped words kept on disk between runs. Shaping a word with fontkit (its
 * GSUB and GPOS lookups) is most of the time a booklet's text takes, and a
 * build shapes the same words as the build before it: with this cache a
 * worker shapes only words no earlier run has shaped in the same font file.
 *
 * What is kept is exactly what fontkit gives for the word on its own (glyph
 * ids, the characters of each glyph, advances and offsets in font units), so
 * a word read from the cache and a word shaped anew make the same run and the
 * same bytes. Each word is shaped on its own, with none of the glyphs the
 * font object made for earlier words: the characters a glyph stands for (the
 * PDF's ToUnicode map) then depend on the word alone, never on which words,
 * booklets or runs came before.
 *
 * One file per font file, named by the sha256 of its bytes (a changed font
 * file gets another file; a file of another font is never read), with the
 * fontkit version and the format in the header. Like the result cache of
 * `kvs check`, a file is believed only when its HMAC, made with this
 * machine's key (src/check/secret.ts), matches: a corrupt, edited, copied or
 * stale file is ignored and written anew. The cache can make a build faster,
 * never different, and never make it fail.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../fs/write.js';
import { readRegularFile } from '../../fs/read.js';

/** Where shaped words are kept, and the key that signs them; from `kvs build` (src/build/booklets.ts). */
export interface ShapeCacheOptions {
  dir: string;
  secret: Uint8Array;
}

/** Bump when what a word's entry holds, or how it is read, changes. */
const FORMAT = 1;

/** Words kept per font file; past it a run keeps only the words it used itself. */
const MAX_WORDS = 100_000;
/** A cache file larger than this is not read. */
const MAX_BYTES = 64 * 1024 * 1024;

/** One word as fontkit shaped it, in font units: glyph ids, each glyph's characters, its advance width, and x/y advance and x/y offset per glyph. */
type Shape = [ids: number[], codePoints: number[][], widths: number[], positions: number[]];

/**
 * A Shape as kept (in memory and on disk): one string per word, which JSON
 * reads fast and the garbage collector does not walk. Glyphs are separated by
 * spaces, each `id,width,characters` (characters as code points joined by
 * dots), followed by `,xAdvance,yAdvance,xOffset,yOffset` unless those are
 * the width and three zeros (no kerning). Numbers as JavaScript writes them,
 * which it reads back exactly.
 */
type Encoded = string;

/** The run pdfkit's EmbeddedFont keeps per word (its layoutRun, scaled to 1000 units per em). */
export interface ShapedRun {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/** The part of a fontkit font that shaping reads and writes. */
export interface ShapingFont {
  layout(text: string): { glyphs: { id: number; codePoints: readonly number[]; advanceWidth: number }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };
  _glyphs?: Record<string, unknown>;
  numGlyphs?: number;
}

interface Header {
  kvsShapes: number;
  engine: string;
  font: string;
  mac?: string;
}

/** The shaped words of one font file (by the hash of its bytes) in this thread. */
export class FontShapes {
  private readonly words: Map<string, Encoded>;
  /** Words shaped in this thread that the file did not hold. */
  private added = 0;

  private constructor(
    private readonly fontHash: string,
    private readonly cache: ShapeCacheOptions | undefined,
  ) {
    this.words = cache ? readShapes(fileOf(cache, fontHash), fontHash, cache.secret) : new Map();
  }

  private static readonly byFont = new Map<string, FontShapes>();

  /** The thread's words for the font file whose bytes hash to `fontHash`, read from the cache on first use. */
  static of(fontHash: string, cache: ShapeCacheOptions | undefined): FontShapes {
    const key = `${cache?.dir ?? ''}\u0000${fontHash}`;
    let shapes = FontShapes.byFont.get(key);
    if (!shapes) {
      shapes = new FontShapes(fontHash, cache);
      FontShapes.byFont.set(key, shapes);
    }
    return shapes;
  }

  /** Writes the words shaped in this thread to the cache, with those another run wrote meanwhile. */
  static saveAll(): void {
    for (const shapes of FontShapes.byFont.values()) shapes.save();
  }

  /** `text` shaped in `font` and scaled as pdfkit scales a run (`scale` = 1000 / units per em). */
  run(font: ShapingFont, text: string, scale: number): ShapedRun {
    const kept = this.words.get(text);
    let shape = kept === undefined ? undefined : decode(kept);
    if (!shape || !fits(shape, font)) {
      const encoded = encode(shapeAlone(font, text));
      // Used as it will be read back, so a word makes the same run shaped now or read from the disk.
      shape = decode(encoded)!;
      if (this.words.size >= MAX_WORDS) this.words.clear();
      this.words.set(text, encoded);
      this.added++;
    }
    return toRun(shape, scale);
  }

  private save(): void {
    if (!this.cache || this.added === 0) return;
    const file = fileOf(this.cache, this.fontHash);
    try {
      // Another worker or run may have written words since this one read the file.
      const words = readShapes(file, this.fontHash, this.cache.secret);
      if (words.size + this.added > MAX_WORDS) words.clear();
      for (const [text, shape] of this.words) words.set(text, shape);
      const body = JSON.stringify(Object.fromEntries(words));
      const header: Header = { kvsShapes: FORMAT, engine: engine(), font: this.fontHash };
      writeFileAtomic(file, `${JSON.stringify({ ...header, mac: macOf(this.cache.secret, header, body) })}\n${body}`);
      this.added = 0;
    } catch {
      // A cache that cannot be written (a full or read-only disk) only makes the next run slower.
    }
  }
}

function fileOf(cache: ShapeCacheOptions, fontHash: string): string {
  return join(cache.dir, `${fontHash}.json`);
}

function macOf(secret: Uint8Array, header: Header, body: string): string {
  return createHmac('sha256', secret)
    .update(JSON.stringify({ kvsShapes: header.kvsShapes, engine: header.engine, font: header.font }))
    .update('\n')
    .update(body)
    .digest('hex');
}

/** The words in the cache file, or none when it is missing, unsigned, changed, of another format, engine or font. */
function readShapes(file: string, fontHash: string, secret: Uint8Array): Map<string, Encoded> {
  const none = new Map<string, Encoded>();
  const read = readRegularFile(file, MAX_BYTES);
  if (!read.ok) return none;
  const text = read.bytes.toString('utf8');
  const newline = text.indexOf('\n');
  if (newline < 0) return none;
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
    if (header.kvsShapes !== FORMAT || header.engine !== engine() || header.font !== fontHash || typeof header.mac !== 'string') return none;
    const body = text.slice(newline + 1);
    const expected = Buffer.from(macOf(secret, header as Header, body), 'utf8');
    const given = Buffer.from(header.mac, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return none;
    const words = JSON.parse(body) as unknown;
    if (typeof words !== 'object' || words === null || Array.isArray(words)) return none;
    return new Map(Object.entries(words as Record<string, unknown>).filter((entry): entry is [string, Encoded] => typeof entry[1] === 'string'));
  } catch {
    return none;
  }
}

/** A signed entry is ours, but an entry that could not have come from this font is shaped again rather than believed. */
function fits(shape: Shape, font: ShapingFont): boolean {
  if (!Array.isArray(shape) || shape.length !== 4) return false;
  const [ids, codePoints, widths, positions] = shape;
  if (!Array.isArray(ids) || !Array.isArray(codePoints) || !Array.isArray(widths) || !Array.isArray(positions)) return false;
  const count = ids.length;
  if (codePoints.length !== count || widths.length !== count || positions.length !== 4 * count) return false;
  const glyphs = font.numGlyphs ?? Infinity;
  return (
    ids.every((id) => Number.isInteger(id) && id >= 0 && id < glyphs) &&
    codePoints.every((points) => Array.isArray(points) && points.every((point) => Number.isInteger(point))) &&
    widths.every(Number.isFinite) &&
    positions.every(Number.isFinite)
  );
}

function encode([ids, codePoints, widths, positions]: Shape): Encoded {
  return ids
    .map((id, i) => {
      const [xAdvance, yAdvance, xOffset, yOffset] = positions.slice(4 * i, 4 * i + 4);
      const glyph = `${id},${widths[i]},${codePoints[i]!.join('.')}`;
      const plain = Object.is(xAdvance, widths[i]) && Object.is(yAdvance, 0) && Object.is(xOffset, 0) && Object.is(yOffset, 0);
      return plain ? glyph : `${glyph},${xAdvance},${yAdvance},${xOffset},${yOffset}`;
    })
    .join(' ');
}

/** The Shape a kept string stands for, or undefined when it is not one. */
function decode(kept: Encoded): Shape | undefined {
  const shape: Shape = [[], [], [], []];
  if (kept === '') return shape;
  for (const glyph of kept.split(' ')) {
    const fields = glyph.split(',');
    if (fields.length !== 3 && fields.length !== 7) return undefined;
    const [id, width, points] = fields as [string, string, string];
    shape[0].push(Number(id));
    shape[1].push(points === '' ? [] : points.split('.').map(Number));
    shape[2].push(Number(width));
    if (fields.length === 3) shape[3].push(Number(width), 0, 0, 0);
    else shape[3].push(...fields.slice(3).map(Number));
  }
  return shape;
}

/** fontkit's shaping of `text` with none of the glyphs the font made before (see above). */
function shapeAlone(font: ShapingFont, text: string): Shape {
  const kept = font._glyphs;
  font._glyphs = {};
  try {
    const run = font.layout(text);
    return [
      run.glyphs.map((glyph) => glyph.id),
      run.glyphs.map((glyph) => [...glyph.codePoints]),
      run.glyphs.map((glyph) => glyph.advanceWidth),
      run.positions.flatMap((position) => [position.xAdvance, position.yAdvance, position.xOffset, position.yOffset]),
    ];
  } finally {
    font._glyphs = kept;
  }
}

/** The run as pdfkit's EmbeddedFont.layoutRun makes it from fontkit's: the same products in the same order. */
function toRun([ids, codePoints, widths, positions]: Shape, scale: number): ShapedRun {
  const run: ShapedRun = { glyphs: [], positions: [], advanceWidth: 0 };
  for (let i = 0; i < ids.length; i++) {
    run.glyphs.push({ id: ids[i]!, codePoints: codePoints[i]!, advanceWidth: widths[i]! });
    run.positions.push({
      xAdvance: positions[4 * i]! * scale,
      yAdvance: positions[4 * i + 1]! * scale,
      xOffset: positions[4 * i + 2]! * scale,
      yOffset: positions[4 * i + 3]! * scale,
      advanceWidth: widths[i]! * scale,
    });
  }
  // Summed as fontkit's GlyphRun sums it.
  for (const position of run.positions) run.advanceWidth += position.xAdvance;
  return run;
}

let engineName: string | undefined;

/** The shaper's name and version: another fontkit may shape differently, so its words are another cache. */
function engine(): string {
  if (engineName === undefined) {
    try {
      const fontkitMain = createRequire(createRequire(import.meta.url).resolve('pdfkit')).resolve('fontkit');
      let dir = dirname(fontkitMain);
      let found: { name?: string; version?: string } | undefined;
      for (let i = 0; i < 4 && !found; i++, dir = dirname(dir)) {
        try {
          const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
          if (manifest.name === 'fontkit') found = manifest;
        } catch {
          // Not the package's folder yet.
        }
      }
      engineName = `fontkit ${found?.version ?? 'unknown'}`;
    } catch {
      engineName = 'fontkit unknown';
    }
  }
  return engineName;
}
