/**
 * One set line on the page: each fragment in its font and colour, tagged as
 * content of its element (links get a Link element, an underline and an
 * annotation), and the hyphen of a broken word as a layout artifact. The two
 * parts of a word broken over lines go into one Span whose /ActualText is the
 * whole word (PDF/UA; pdf.js and screen readers read it from the structure).
 */
import type { BookletContext } from './context.js';
import type { Fragment, Line } from './line-layout.js';
import { linkAnnotation } from './navigation.js';
import { leftEdge } from './pages.js';
import { baseline as baselineOf, type Styled } from './style.js';
import { element, endLink, type Owner, type Tag } from './tagging.js';
import { drawText, useFont } from './typeset.js';

/** Draws one line; `top` is the top of its line box, `indent` is from the left text edge. */
export function drawLine(ctx: BookletContext, line: Line, owner: Owner, indent: number, top: number, style: Styled): void {
  const { doc } = ctx;
  const baseline = top + baselineOf(style);
  const x0 = leftEdge(ctx) + indent;
  const words = wordParts(ctx, line, owner.tag);
  let offset = 0;
  for (const fragment of line.fragments) {
    let tag = owner.tag;
    if (fragment.link) {
      if (owner.link?.url !== fragment.link) {
        endLink(owner);
        owner.link = { url: fragment.link, tag: element(doc, 'Link', owner.tag) };
      }
      tag = owner.link!.tag;
    } else if (owner.link && fragment.text.trim()) {
      endLink(owner);
    }
    const x = x0 + fragment.x;
    const color = fragment.link ? ctx.colors.primary : style.color;
    const visible = fragment.text.replace(/\s+$/, '');
    const visibleWidth = ctx.measurer.width(visible, fragment.font, style.size);
    const parts = words.split(fragment, offset, style.size);
    offset += fragment.text.length;
    parts.forEach((part, i) => {
      // The Span is made when its text is drawn, after what goes before it in the same element.
      ctx.tagger.content(words.tagOf(part, tag), () => {
        drawText(useFont(ctx, fragment.font, style.size).fillColor(color), drawn(part.text), x + part.x, baseline);
        if (fragment.link && visible && i === parts.length - 1) {
          doc
            .save()
            .lineWidth(Math.max(0.5, style.size / 18))
            .moveTo(x, baseline + style.size * 0.14)
            .lineTo(x + visibleWidth, baseline + style.size * 0.14)
            .stroke(color)
            .restore();
        }
      });
    });
    if (fragment.link && visible && owner.link) {
      linkAnnotation(ctx, x, top, visibleWidth, style.leading, fragment.link, owner.link.tag.elem);
    }
  }
  words.finish();
  if (line.hyphen) {
    const { font, link, x } = line.hyphen;
    // The hyphen of a word broken at the line end is layout, not text: screen readers skip it.
    ctx.tagger.artifact(() => {
      drawText(useFont(ctx, font, style.size).fillColor(link ? ctx.colors.primary : style.color), '-', x0 + x, baseline);
    }, 'Layout');
  }
}

interface Part {
  text: string;
  /** From the fragment's start. */
  x: number;
  /** The end of a word broken on the line before, the start of one broken at this line's end, or neither. */
  kind: 'head' | 'body' | 'tail';
}

/**
 * Where the line's text belongs: the characters that finish a word broken on
 * the line before go into that word's Span, those that start a word broken at
 * this line's end into a new one, the rest into the fragment's own element.
 */
function wordParts(ctx: BookletContext, line: Line, block: Tag) {
  const text = line.fragments.map((fragment) => fragment.text).join('');
  const total = text.length;
  let open = ctx.brokenWords.get(block);
  // A Span whose word does not go on here is closed (nothing continues it).
  if (open && line.continued === undefined) {
    open.elem.end();
    ctx.brokenWords.delete(block);
    open = undefined;
  }
  const headEnd = open ? Math.min(total, line.continued ?? 0) : 0;
  let tailStart = line.broken ? Math.max(headEnd, total - line.broken.length) : total;
  // The space before the word goes into its Span too: pdf.js reads a space with the text after it,
  // and an /ActualText without it would run the word into the one before.
  const spaced = line.broken !== undefined && tailStart > headEnd && /\s/.test(text.charAt(tailStart - 1));
  if (spaced) tailStart--;
  // A line that is all one word (a long address over three lines) stays in the Span it continues.
  const middle = open !== undefined && headEnd === total && line.broken !== undefined;
  let tail: Tag | undefined;
  return {
    split(fragment: Fragment, start: number, size: number): Part[] {
      const end = start + fragment.text.length;
      const cuts = [start, Math.min(Math.max(headEnd, start), end), Math.min(Math.max(tailStart, start), end), end];
      const parts: Part[] = [];
      for (let i = 0; i < 3; i++) {
        const [from, to] = [cuts[i]!, cuts[i + 1]!];
        if (to <= from) continue;
        const before = fragment.text.slice(0, from - start);
        const x = before ? ctx.measurer.width(before, fragment.font, size) : 0;
        parts.push({ text: fragment.text.slice(from - start, to - start), x, kind: (['head', 'body', 'tail'] as const)[i]! });
      }
      return parts;
    },
    tagOf(part: Part, tag: Tag): Tag {
      if (part.kind === 'head') return open!;
      if (part.kind === 'body') return tag;
      tail ??= element(ctx.doc, 'Span', tag, { actual: `${spaced ? ' ' : ''}${drawn(line.broken!.word)}` });
      return tail;
    },
    finish(): void {
      if (open && !middle) {
        open.elem.end();
        ctx.brokenWords.delete(block);
      }
      if (tail) ctx.brokenWords.set(block, tail);
    },
  };
}

/** A line drawn without structure (inside an artifact): repeated table headers. */
export function drawPlain(ctx: BookletContext, line: Line, indent: number, top: number, style: Styled): void {
  const baseline = top + baselineOf(style);
  for (const fragment of line.fragments) {
    drawText(useFont(ctx, fragment.font, style.size).fillColor(style.color), drawn(fragment.text), leftEdge(ctx) + indent + fragment.x, baseline);
  }
  if (line.hyphen) {
    drawText(useFont(ctx, line.hyphen.font, style.size), '-', leftEdge(ctx) + indent + line.hyphen.x, baseline);
  }
}

/**
 * Text as drawn: a no-break space only keeps words together in the layout and
 * is set as a plain space, so every space in the PDF extracts as U+0020.
 */
function drawn(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}
