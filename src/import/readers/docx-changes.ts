/**
 * A paragraph's tracked changes and comments as CriticMarkup, for
 * `kvs import --keep-changes`.
 *
 * Deleted runs become `{--…--}`, inserted runs `{++…++}`, a deletion followed
 * directly by an insertion `{~~old~>new~~}` (Word's moves are a deletion here
 * and an insertion there). A comment whose range covers unchanged text of
 * this paragraph becomes `{==text==}{>>…<<}`; any other comment `{>>…<<}`
 * where it is referenced — after the change it sits in, since CriticMarkup
 * does not nest. Highlighted text becomes `{==…==}`.
 *
 * The delimiters are `raw` pieces (mdast html nodes, so Markdown escaping
 * cannot touch them); each takes the formatting its span shares with the text
 * around it, so `**a {++b++} c**` and `{++**b**++}` both nest properly.
 */
import type { Format, Piece } from './pieces.js';

export interface CommentInfo {
  author: string;
  date: string;
  text: string;
}

export interface Comments {
  byId: Map<string, CommentInfo>;
  /** Comments already written into the text (each is written once, in the first paragraph that places it). */
  emitted: Set<string>;
  /** Who exported the file with `kvs export --docx`, and when: comments of that export come back without a name. */
  exportStamp?: { author: string; date: string };
}

type Change = 'ins' | 'del' | 'sub';

const open: Record<Change, string> = { ins: '{++', del: '{--', sub: '{~~' };
const close: Record<Change, string> = { ins: '++}', del: '--}', sub: '~~}' };

export function markChanges(pieces: Piece[], comments: Comments): Piece[] {
  const { anchoredAt, placedAt } = placeComments(pieces, comments);
  const out: Piece[] = [];
  /** Indexes in out of the pieces this function added (delimiters and comments). */
  const added = new Set<number>();
  /** Spans whose delimiters take their format afterwards: indexes into out. */
  const spans: Array<{ delimiters: number[]; comments: number[] }> = [];
  let change: { kind: Change; phase: 'old' | 'new'; delimiters: number[]; comments: string[] } | undefined;
  let highlight: { delimiters: number[]; anchor: boolean } | undefined;

  const delimiter = (text: string, like: Piece): number => {
    const index = out.push(raw(text, like)) - 1;
    added.add(index);
    return index;
  };
  const closeChange = (like: Piece) => {
    if (!change) return;
    change.delimiters.push(delimiter(close[change.kind], like));
    const commentIndexes = change.comments.map((text) => delimiter(text, like));
    spans.push({ delimiters: change.delimiters, comments: commentIndexes });
    change = undefined;
  };
  const closeHighlight = (like: Piece) => {
    if (!highlight || highlight.anchor) return;
    highlight.delimiters.push(delimiter('==}', like));
    spans.push({ delimiters: highlight.delimiters, comments: [] });
    highlight = undefined;
  };
  const openChange = (kind: Change, like: Piece) => {
    closeChange(like);
    closeHighlight(like);
    change = { kind, phase: 'old', delimiters: [delimiter(open[kind], like)], comments: [] };
  };

  pieces.forEach((piece, index) => {
    if (isMarker(piece)) {
      const anchored = anchoredAt.get(index);
      if (anchored !== undefined) {
        closeChange(piece);
        closeHighlight(piece);
        highlight = { delimiters: [delimiter('{==', piece)], anchor: true };
      }
      for (const { id, anchor } of placedAt.get(index) ?? []) {
        const text = commentText(comments, id);
        if (anchor && highlight?.anchor) {
          highlight.delimiters.push(delimiter('==}', piece));
          spans.push({ delimiters: highlight.delimiters, comments: [delimiter(text, piece)] });
          highlight = undefined;
        } else if (change) {
          change.comments.push(text);
        } else {
          spans.push({ delimiters: [], comments: [delimiter(text, piece)] });
        }
      }
      return;
    }
    if (piece.deleted) {
      if (change?.kind !== 'del' && !(change?.kind === 'sub' && change.phase === 'old')) openChange('del', piece);
    } else if (piece.inserted) {
      if (change?.kind === 'del' && change.comments.length === 0) {
        // A deletion directly followed by an insertion is a substitution.
        change.kind = 'sub';
        change.phase = 'new';
        out[change.delimiters[0]!] = raw(open.sub, piece);
        change.delimiters.push(delimiter('~>', piece));
      } else if (change?.kind !== 'ins' && !(change?.kind === 'sub' && change.phase === 'new')) {
        openChange('ins', piece);
      }
    } else {
      closeChange(piece);
      if (piece.highlight && !highlight && !isBlank(piece)) highlight = { delimiters: [delimiter('{==', piece)], anchor: false };
      else if (!piece.highlight) closeHighlight(piece);
    }
    out.push({ ...piece, deleted: false, inserted: false, highlight: false });
  });
  const last = pieces.at(-1);
  if (last) {
    closeChange(last);
    closeHighlight(last);
  }
  for (const span of spans) formatSpan(out, added, span);
  return out;
}

/**
 * Which comments this paragraph writes, and where. A comment is anchored
 * (`{==…==}`) when its range starts and ends here, covers some unchanged
 * text and no change, and does not overlap an earlier anchored range; any
 * other is placed at its reference, else at its range's end. A comment whose
 * markers lie in a later paragraph waits for it.
 */
function placeComments(pieces: Piece[], comments: Comments) {
  const found = new Map<string, { start?: number; end?: number; ref?: number }>();
  pieces.forEach((piece, index) => {
    if (!isMarker(piece)) return;
    const where = found.get(piece.text) ?? {};
    const key = piece.kind === 'comment-start' ? 'start' : piece.kind === 'comment-end' ? 'end' : 'ref';
    where[key] ??= index;
    found.set(piece.text, where);
  });
  const anchoredAt = new Map<number, string>();
  const placedAt = new Map<number, Array<{ id: string; anchor: boolean }>>();
  const place = (at: number, id: string, anchor: boolean) => placedAt.set(at, [...(placedAt.get(at) ?? []), { id, anchor }]);
  let anchoredUntil = -1;
  const order = [...found].sort(([, a], [, b]) => first(a) - first(b));
  for (const [id, { start, end, ref }] of order) {
    const comment = comments.byId.get(id);
    if (!comment?.text || comments.emitted.has(id)) continue;
    if (start !== undefined && end !== undefined && start > anchoredUntil && start < end && anchorable(pieces.slice(start + 1, end))) {
      anchoredAt.set(start, id);
      place(end, id, true);
      anchoredUntil = end;
    } else if (ref !== undefined || end !== undefined) {
      place((ref ?? end)!, id, false);
    } else {
      continue;
    }
    comments.emitted.add(id);
  }
  return { anchoredAt, placedAt };
}

function first(where: { start?: number; end?: number; ref?: number }): number {
  return Math.min(where.start ?? Infinity, where.end ?? Infinity, where.ref ?? Infinity);
}

function anchorable(inside: Piece[]): boolean {
  const content = inside.filter((piece) => !isMarker(piece));
  return content.some((piece) => !isBlank(piece)) && content.every((piece) => !piece.deleted && !piece.inserted);
}

function isMarker(piece: Piece): boolean {
  return piece.kind === 'comment-start' || piece.kind === 'comment-end' || piece.kind === 'comment-ref';
}

function isBlank(piece: Piece): boolean {
  return piece.kind === 'break' || (piece.kind === 'text' && piece.text.trim() === '');
}

/** `{>>Name: text<<}`; without the name for the exporting author's own comments of that export. */
function commentText(comments: Comments, id: string): string {
  const comment = comments.byId.get(id)!;
  const stamp = comments.exportStamp;
  const own = stamp !== undefined && comment.author === stamp.author && sameInstant(comment.date, stamp.date);
  const text = (own || !comment.author ? comment.text : `${comment.author}: ${comment.text}`).replace(/<<\}/g, '<< }');
  return `{>>${text}<<}`;
}

function sameInstant(a: string, b: string): boolean {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(x) && x === y;
}

function raw(text: string, like: Piece): Piece {
  return { ...like, kind: 'raw', text, deleted: false, inserted: false, highlight: false };
}

/**
 * A span's delimiters are bold (italic, in a link) only when everything in
 * the span is and the text on one side is too: then they sit inside the
 * formatting, otherwise outside it — either way the Markdown nests.
 */
function formatSpan(out: Piece[], added: Set<number>, span: { delimiters: number[]; comments: number[] }): void {
  const indexes = [...span.delimiters, ...span.comments];
  const from = Math.min(...indexes);
  const to = Math.max(...indexes);
  const content = (index: number) => !added.has(index);
  const inside = range(from, to + 1).filter(content).map((index) => out[index]!);
  const beforeIndex = range(0, from).findLast(content);
  const afterIndex = range(to + 1, out.length).find(content);
  const before = beforeIndex === undefined ? undefined : out[beforeIndex]!.format;
  const after = afterIndex === undefined ? undefined : out[afterIndex]!.format;
  const all = (key: 'bold' | 'italic') => inside.length > 0 && inside.every((piece) => piece.format[key]);
  const side = (key: 'bold' | 'italic') => Boolean(before?.[key] || after?.[key]);
  const href = inside[0]?.format.href;
  const sharedHref = href !== undefined && inside.every((piece) => piece.format.href === href) && (before?.href === href || after?.href === href);
  // A comment alone (no span) sits inside formatting that continues on both sides.
  const format: Format =
    inside.length === 0
      ? {
          bold: Boolean(before?.bold && after?.bold),
          italic: Boolean(before?.italic && after?.italic),
          href: before?.href !== undefined && before.href === after?.href ? before.href : undefined,
        }
      : { bold: all('bold') && side('bold'), italic: all('italic') && side('italic'), href: sharedHref ? href : undefined };
  for (const index of indexes) out[index] = { ...out[index]!, format };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from, 0) }, (_, offset) => from + offset);
}
