/**
 * A folder of new files written beside another file (the pictures of an
 * imported Word document): created fresh under the first free name, so no
 * file of the user's is ever written over, and filled whole or not at all —
 * when one file fails, the folder is removed again. It must lie inside the
 * project, real paths compared, like every other place the tool writes to.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isInside, realDestination, unsafeDestination } from './inside.js';
import { removeQuietly, syncFolder, writeErrorFor, writeFileAtomic, WriteError } from './write.js';
import { writeMessages } from '../i18n/fs.js';

export interface NewFile {
  name: string;
  bytes: Uint8Array;
}

/** Tries `name`, `name-2` … `name-99`: a name already there (even an empty folder) is never used. */
const maxTries = 99;

/** The first of `name`, `name-2` … that nothing in `parent` has yet (the caller links to it before writing it). */
export function freeFolderName(parent: string, name: string): string {
  for (let n = 1; n <= maxTries; n++) {
    const candidate = n === 1 ? name : `${name}-${n}`;
    if (!existsSync(join(parent, candidate))) return candidate;
  }
  throw writeErrorFor(Object.assign(new Error(`EEXIST: ${name}`), { code: 'EEXIST' }), join(parent, name));
}

/**
 * Creates the folder `name` in `parent` (it must not exist) and writes `files`
 * into it. Throws a WriteError, leaving nothing behind, when the folder would
 * lie outside `root`, is there already, or a write fails.
 */
export function writeNewFolder(parent: string, name: string, files: readonly NewFile[], root: string): string {
  const folder = join(parent, name);
  if (!isInside(realDestination(root), realDestination(parent))) {
    throw new WriteError(writeMessages.outsideProject(folder), 'EOUTSIDE', folder);
  }
  const unsafe = unsafeDestination(folder, root);
  if (unsafe) throw new WriteError(writeMessages.unsafe(unsafe), 'EUNSAFE', folder);
  try {
    // Not recursive: a folder that appeared since the name was chosen is refused, never filled.
    mkdirSync(folder);
  } catch (error) {
    throw writeErrorFor(error, folder);
  }
  try {
    for (const file of files) writeFileAtomic(join(folder, file.name), file.bytes, { exclusive: true });
    syncFolder(parent);
  } catch (error) {
    removeQuietly(folder);
    throw writeErrorFor(error, folder);
  }
  return folder;
}
