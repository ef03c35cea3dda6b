/**
 * Before `kvs fmt` or `kvs accept` replaces a file, its old bytes go to
 * `.kvs/backup/NAME.TIME.md` in the project (a counter is added when two
 * backups fall in the same millisecond), written atomically like every file.
 */
import { basename, extname, join } from 'node:path';
import { writeFileAtomic, WriteError } from '../fs/write.js';

export function backupFile(path: string, bytes: Uint8Array, projectRoot: string, now = new Date()): string {
  const dir = join(projectRoot, '.kvs', 'backup');
  const extension = extname(path) || '.md';
  const name = basename(path, extname(path));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  // Each name is created exclusively, so two commands backing up in the same millisecond never replace each other's copy.
  for (let counter = 1; ; counter++) {
    const target = join(dir, `${name}.${stamp}${counter === 1 ? '' : `-${counter}`}${extension}`);
    try {
      writeFileAtomic(target, bytes, { exclusive: true });
      return target;
    } catch (error) {
      if (!(error instanceof WriteError && error.code === 'EEXIST') || counter >= 1000) throw error;
    }
  }
}
