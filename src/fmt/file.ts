/**
 * Reading and replacing a standard in place, for the commands that rewrite
 * one (`kvs fmt`, `kvs accept`): UTF-8 only, so the bytes written back are
 * the same encoding; a byte-order mark is kept; the old bytes go to
 * `.kvs/backup/` before the new ones are renamed into place.
 */
import { readFileSync } from 'node:fs';
import type { Lang, Localized } from '../types.js';
import { LocalizedError } from '../errors.js';
import { decode } from '../model/read.js';
import { writeFileAtomic } from '../fs/write.js';
import { backupFile } from './backup.js';

export type StandardFile =
  | { ok: true; bytes: Uint8Array; text: string; bom: boolean }
  | { ok: false; problem: 'unreadable'; reason: Localized }
  | { ok: false; problem: 'not-utf8'; encoding: string };

export function readStandardFile(path: string): StandardFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, problem: 'unreadable', reason: { da: code, en: code } };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, problem: 'unreadable', reason: decoded.reason };
  if (decoded.encoding !== 'utf-8') return { ok: false, problem: 'not-utf8', encoding: decoded.encoding };
  return { ok: true, bytes, text: decoded.text, bom: decoded.bom };
}

/** Writes `text` over the file after a backup of `old`; returns the backup's path. */
export function replaceStandardFile(path: string, old: Uint8Array, text: string, bom: boolean, projectRoot: string): string {
  const saved = backupFile(path, old, projectRoot);
  writeFileAtomic(path, bom ? `\uFEFF${text}` : text);
  return saved;
}

/** Why a write failed, for the message: the writer's own words when it has them, else the error code. */
export function writeFailure(error: unknown, lang: Lang): string {
  if (error instanceof LocalizedError) return error.localized[lang];
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
