/**
 * Before `kvs fmt` or `kvs accept` replaces a file, its old bytes go to
 * `.kvs/backup/NAME.TIME.md` in the project (a counter is added when two
 * backups fall in the same millisecond), written atomically like every file.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from '../fs/write.js';

export function backupFile(path: string, bytes: Uint8Array, projectRoot: string, now = new Date()): string {
  const dir = join(projectRoot, '.kvs', 'backup');
  const extension = extname(path) || '.md';
  const name = basename(path, extname(path));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = join(dir, `${name}.${stamp}${extension}`);
  for (let counter = 2; existsSync(target); counter++) target = join(dir, `${name}.${stamp}-${counter}${extension}`);
  writeFileAtomic(target, bytes);
  return target;
}
