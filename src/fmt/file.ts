/**
 * Reading and replacing a standard in place, for the commands that rewrite
 * one (`kvs fmt`, `kvs accept`, `kvs fix`): UTF-8 only, so the bytes written
 * back are the same encoding; a byte-order mark is kept. Reading and writing
 * go through src/fs/: the file must be a standard inside the project, and it
 * is replaced only if it still holds what was read (src/fs/replace.ts).
 */
import type { Lang, Localized } from '../types.js';
import { LocalizedError } from '../errors.js';
import { decode } from '../model/read.js';
import { readStandardSource } from '../fs/read.js';
import { replaceFile } from '../fs/replace.js';

export type StandardFile =
  | { ok: true; bytes: Uint8Array; text: string; bom: boolean }
  | { ok: false; problem: 'unreadable'; reason: Localized }
  | { ok: false; problem: 'not-utf8'; encoding: string };

export function readStandardFile(path: string, root: string): StandardFile {
  const read = readStandardSource(path, root);
  if (!read.ok) return { ok: false, problem: 'unreadable', reason: read.reason };
  const decoded = decode(read.bytes, read.size);
  if (!decoded.ok) return { ok: false, problem: 'unreadable', reason: decoded.reason };
  if (decoded.encoding !== 'utf-8') return { ok: false, problem: 'not-utf8', encoding: decoded.encoding };
  return { ok: true, bytes: read.bytes, text: decoded.text, bom: decoded.bom };
}

/** Writes `text` over the file after a backup of `old`, if the file still holds `old`; returns the backup's path. */
export function replaceStandardFile(path: string, old: Uint8Array, text: string, bom: boolean, projectRoot: string, keep?: number): string {
  const saved = replaceFile(path, bom ? `\uFEFF${text}` : text, { root: projectRoot, expected: old, ...(keep === undefined ? {} : { keep }) });
  // The file existed when it was read, so there is always a backup.
  return saved!;
}

/** Why a write failed, for the message: the writer's own words when it has them, else the error code. */
export function writeFailure(error: unknown, lang: Lang): string {
  if (error instanceof LocalizedError) return error.localized[lang];
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
