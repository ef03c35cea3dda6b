/**
 * One set line on the page: each fragment in its font and colour, tagged as
 * content of its element (links get a Link element, an underline and an
 * annotation), and the hyphen of a broken word as a layout artifact.
 */
import type { BookletContext } from './context.js';
import type { Line } from './line-layout.js';
import { linkAnnotation } from './navigation.js';
import { leftEdge } from './pages.js';
import { baseline as baselineOf, type Styled } from './style.js';
import { element, endLink, type Owner } from './tagging.js';
import { useFont } from './typeset.js';

/** Draws one line; `top` is the top of its line box, `indent` is from the left text edge. */
export function drawLine(ctx: BookletContext, line: Line, owner: Owner, indent: number, top: number, style: Styled): void {
  const { doc } = ctx;
  const baseline = top + baselineOf(style);
  const x0 = leftEdge(ctx) + indent;
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
    ctx.tagger.content(tag, () => {
      useFont(ctx, fragment.font, style.size).fillColor(color).text(drawn(fragment.text), x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      if (fragment.link && visible) {
        doc
          .save()
          .lineWidth(Math.max(0.5, style.size / 18))
          .moveTo(x, baseline + style.size * 0.14)
          .lineTo(x + visibleWidth, baseline + style.size * 0.14)
          .stroke(color)
          .restore();
      }
    });
    if (fragment.link && visible && owner.link) {
      linkAnnotation(ctx, x, top, visibleWidth, style.leading, fragment.link, owner.link.tag.elem);
    }
  }
  if (line.hyphen) {
    const { font, link, x } = line.hyphen;
    // The hyphen of a word broken at the line end is layout, not text: screen readers skip it.
    ctx.tagger.artifact(() => {
      useFont(ctx, font, style.size)
        .fillColor(link ? ctx.colors.primary : style.color)
        .text('-', x0 + x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }, 'Layout');
  }
}

/** A line drawn without structure (inside an artifact): repeated table headers. */
export function drawPlain(ctx: BookletContext, line: Line, indent: number, top: number, style: Styled): void {
  const baseline = top + baselineOf(style);
  for (const fragment of line.fragments) {
    useFont(ctx, fragment.font, style.size)
      .fillColor(style.color)
      .text(drawn(fragment.text), leftEdge(ctx) + indent + fragment.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }
  if (line.hyphen) {
    useFont(ctx, line.hyphen.font, style.size).text('-', leftEdge(ctx) + indent + line.hyphen.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }
}

/**
 * Text as drawn: a no-break space only keeps words together in the layout and
 * is set as a plain space, so every space in the PDF extracts as U+0020.
 */
function drawn(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}
