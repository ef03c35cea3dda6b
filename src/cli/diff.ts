/**
 * `kvs diff OLD NEW [--format md|json]` and `kvs diff FILE --rev A..B`: what
 * changed between two versions of a standard (src/diff/), as a Danish note
 * for the committee or as JSON. A report, not a check: exit 0 whatever
 * changed; 2 for bad usage or a file or revision that cannot be read.
 */
import { relative, resolve } from 'node:path';
import type { Lang, Localized, Standard } from '../types.js';
import { UsageError } from '../errors.js';
import { both } from '../i18n/index.js';
import { decode } from '../model/read.js';
import { readStandardSource } from '../fs/read.js';
import { buildStandard } from '../model/standard.js';
import { diffStandards } from '../diff/standards.js';
import { renderDiffMarkdown } from '../diff/md.js';
import { diffWords } from '../i18n/diff.js';
import { parseRevisionRange, showRevision } from '../diff/git.js';
import { asciiSafeJson } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface DiffCliOptions {
  format: string;
  rev?: string;
  config?: string;
  lang?: Lang;
}

export function runDiff(files: string[], options: DiffCliOptions): number {
  const cwd = process.cwd();
  const format = options.format.toLowerCase();
  if (format !== 'md' && format !== 'json') throw new UsageError(both((lang) => diffWords[lang].badFormat(options.format)));
  const { config, root, lang } = commandContext(options, cwd);
  const read = (bytes: Uint8Array | Localized, shown: string): Standard => {
    if (!(bytes instanceof Uint8Array)) throw new UsageError(both((l) => diffWords[l].unreadable(shown, bytes[l])));
    const decoded = decode(bytes);
    if (!decoded.ok) throw new UsageError(both((l) => diffWords[l].unreadable(shown, decoded.reason[l])));
    return buildStandard(decoded.text, shown, config.headings ? { headings: config.headings } : {});
  };

  let before: Standard;
  let after: Standard;
  if (options.rev !== undefined) {
    if (files.length !== 1) throw new UsageError(both((l) => diffWords[l].revNeedsOneFile));
    const range = parseRevisionRange(options.rev);
    if (!range) throw new UsageError(both((l) => diffWords[l].badRev(options.rev!)));
    const file = resolve(cwd, files[0]!);
    const shown = relative(cwd, file) || file;
    const at = (revision: string | undefined): [Uint8Array | Localized, string] => {
      if (revision === undefined) return [readBytes(file, root), `${shown} (${diffWords[lang].workingCopy})`];
      const found = showRevision(file, revision);
      return [found.ok ? found.bytes : found.reason, `${shown}@${revision}`];
    };
    before = read(...at(range[0]));
    after = read(...at(range[1]));
  } else {
    if (files.length !== 2) throw new UsageError(both((l) => diffWords[l].needsTwoFiles));
    const [old, now] = files.map((file) => resolve(cwd, file)) as [string, string];
    before = read(readBytes(old, root), relative(cwd, old) || old);
    after = read(readBytes(now, root), relative(cwd, now) || now);
  }

  const diff = diffStandards(before, after);
  process.stdout.write(format === 'json' ? `${asciiSafeJson(JSON.stringify(diff, null, 2))}\n` : renderDiffMarkdown(diff, lang));
  return 0;
}

function readBytes(path: string, root: string): Uint8Array | Localized {
  const read = readStandardSource(path, root);
  return read.ok ? read.bytes : read.reason;
}
