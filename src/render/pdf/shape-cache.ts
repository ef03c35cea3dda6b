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
 * One signed file per font file (word-cache.ts), named by the sha256 of its
 * bytes (a changed font file gets another file; a file of another font is
 * never read), with the fontkit version and the format in the header. The
 * cache can make a build faster, never different, and never make it fail.
 */
import { createRequire } from 'node:module';
import { WordFile, packageVersion, type WordCacheOptions } from './word-cache.js';

/** Bump when what a word's entry holds, or how it is read, changes. */
const FORMAT = '2';

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

/** The shaped words of one font file (by the hash of its bytes) in this thread. */
export class FontShapes {
  private constructor(private readonly words: WordFile) {}

  /** The thread's words for the font file whose bytes hash to `fontHash`, read from the cache on first use. */
  static of(fontHash: string, cache: WordCacheOptions | undefined): FontShapes {
    return new FontShapes(WordFile.of(`${fontHash}.json`, { kvsShapes: FORMAT, engine: engine(), font: fontHash }, cache));
  }

  /** `text` shaped in `font` and scaled as pdfkit scales a run (`scale` = 1000 / units per em). */
  run(font: ShapingFont, text: string, scale: number): ShapedRun {
    const kept = this.words.get(text);
    let shape = kept === undefined ? undefined : decode(kept);
    if (!shape || !fits(shape, font)) {
      const encoded = encode(shapeAlone(font, text));
      // Used as it will be read back, so a word makes the same run shaped now or read from the disk.
      shape = decode(encoded)!;
      this.words.set(text, encoded);
    }
    return toRun(shape, scale);
  }
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
  // Scanned in place rather than split: a build decodes thousands of words, and splitting made ~50 small objects of each.
  const shape: Shape = [[], [], [], []];
  const [ids, codePoints, widths, positions] = shape;
  for (let at = 0; at < kept.length; ) {
    const end = indexOr(kept, ' ', at, kept.length);
    const afterId = indexOr(kept, ',', at, end);
    const afterWidth = indexOr(kept, ',', afterId + 1, end);
    const afterPoints = indexOr(kept, ',', afterWidth + 1, end);
    if (afterId === end || afterWidth === end) return undefined;
    const width = numberIn(kept, afterId + 1, afterWidth);
    ids.push(numberIn(kept, at, afterId));
    widths.push(width);
    const points: number[] = [];
    for (let from = afterWidth + 1; from < afterPoints; ) {
      const to = indexOr(kept, '.', from, afterPoints);
      points.push(numberIn(kept, from, to));
      from = to + 1;
    }
    codePoints.push(points);
    if (afterPoints === end) {
      positions.push(width, 0, 0, 0);
    } else {
      // Kerned: x and y advance, x and y offset.
      let from = afterPoints + 1;
      for (let i = 0; i < 4; i++) {
        const to = indexOr(kept, ',', from, end);
        if ((i < 3) === (to === end)) return undefined;
        positions.push(numberIn(kept, from, to));
        from = to + 1;
      }
    }
    at = end + 1;
  }
  return shape;
}

/** The index of `char` in `text` from `from`, or `end` when it is not there before `end`. */
function indexOr(text: string, char: string, from: number, end: number): number {
  const at = text.indexOf(char, from);
  return at === -1 || at > end ? end : at;
}

/** The number written in `text` from `from` to `to`; NaN for an empty field (which fits() then refuses). */
function numberIn(text: string, from: number, to: number): number {
  return to > from ? Number(text.slice(from, to)) : NaN;
}

/** An entry that could not have come from this font (a signed file of an older kvs, say) is shaped again rather than believed. */
function fits([ids, codePoints, widths, positions]: Shape, font: ShapingFont): boolean {
  const glyphs = font.numGlyphs ?? Infinity;
  return (
    ids.every((id) => Number.isInteger(id) && id >= 0 && id < glyphs) &&
    codePoints.every((points) => points.every((point) => Number.isInteger(point) && point >= 0)) &&
    widths.every(Number.isFinite) &&
    positions.every(Number.isFinite)
  );
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
  // fontkit as pdfkit finds it.
  engineName ??= packageVersion('fontkit', createRequire(import.meta.url).resolve('pdfkit'));
  return engineName;
}
