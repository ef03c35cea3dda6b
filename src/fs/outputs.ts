/**
 * Where a report may be written. A report (check -o, compare -o, a baseline,
 * an import report, an exported Word file) is never written over:
 *
 * - a file the same run reads (a standard, the config, the baseline it
 *   compares with), or another file the same run writes: `kvs import a.txt
 *   -o out.md --report out.md` would leave only the report;
 * - a Markdown standard: `kvs check -o standards/*.md` (the shell expands
 *   the glob and -o takes the first file) would replace a standard.
 *
 * Writing a report over an earlier report of the same kind stays allowed:
 * that is how CI uses `-o kvs.sarif` on every run. Only fmt, fix, accept and
 * import --force rewrite standards, and always after a backup.
 *
 * Files are compared by their real path, so a link or a `./x/../` spelling
 * does not get past.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import type { Localized } from '../types.js';
import { realDestination, unsafeDestination } from './inside.js';
import { UsageError } from '../errors.js';
import { placeMessages } from '../i18n/fs.js';

export interface ReportKind {
  /** The option that names the file, for the message: "-o", "--report" … */
  option: string;
  /** True when `head` (the first 4 KB of an existing file) is an earlier report of this kind. */
  sameKind(head: string): boolean;
  /** The report is Markdown itself (kvs compare): a .md name is then its own. */
  markdown?: boolean;
}

const markdownEndings = new Set(['.md', '.markdown', '.mdown', '.mkd']);

/** The files one command reads and writes, so that none is written over by another. */
export class RunFiles {
  private readonly inputs = new Map<string, string>();
  private readonly outputs = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  /** A file this run reads. */
  input(path: string): this {
    this.inputs.set(realDestination(resolve(this.cwd, path)), path);
    return this;
  }

  inputsAll(paths: readonly string[]): this {
    for (const path of paths) this.input(path);
    return this;
  }

  /**
   * Claims `path` for a report, or throws a UsageError (exit 2) saying why
   * not. Returns the absolute path to write.
   */
  claimReport(path: string, kind: ReportKind): string {
    const target = resolve(this.cwd, path);
    const real = realDestination(target);
    const shown = relative(this.cwd, target) || target;
    const refuse = (why: Localized): never => {
      throw new UsageError(placeMessages.outputRefused(kind.option, shown, why));
    };
    if (this.inputs.has(real)) refuse(placeMessages.readBySameCommand);
    const other = this.outputs.get(real);
    if (other !== undefined) refuse(placeMessages.writtenBy(other));
    const unsafe = unsafeDestination(target, this.cwd);
    if (unsafe) refuse(unsafe);
    if (!kind.markdown && markdownEndings.has(extname(real).toLowerCase())) {
      refuse(placeMessages.reportNotMarkdown);
    }
    const stats = statSync(real, { throwIfNoEntry: false });
    if (stats && !stats.isFile()) {
      refuse(placeMessages.notRegularFile);
    }
    if (stats && stats.size > 0) {
      const head = headOf(real);
      if (!kind.sameKind(head) && (markdownEndings.has(extname(real).toLowerCase()) || startsWithFrontMatter(head))) {
        refuse(placeMessages.wouldReplaceStandard);
      }
    }
    this.outputs.set(real, kind.option);
    return target;
  }
}

function headOf(path: string): string {
  let fd: number | undefined;
  try {
    // Non-blocking: a FIFO was refused above, but the file may have been swapped since.
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(4096);
    const count = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, count).toString('utf8').replace(/^\uFEFF/u, '');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function startsWithFrontMatter(head: string): boolean {
  return /^---[ \t]*\r?\n/u.test(head);
}

/** Report kinds by what their files begin with. */
export const reportKinds = {
  /** `kvs check -f json` (ESLint's shape) or an import report: an array or object with their own keys, not any JSON. */
  json: (option: string): ReportKind => ({ option, sameKind: (head) => /^\s*[[{]/u.test(head) && /"(?:filePath|removed|source)"/u.test(head) }),
  sarif: (option: string): ReportKind => ({ option, sameKind: (head) => /^\s*\{/u.test(head) && head.includes('"runs"') }),
  xml: (option: string): ReportKind => ({ option, sameKind: (head) => /^\s*<\?xml|^\s*<testsuites/u.test(head) }),
  text: (option: string): ReportKind => ({ option, sameKind: (head) => !startsWithFrontMatter(head) && !/^#{1,6} /mu.test(head) }),
  docx: (option: string): ReportKind => ({ option, sameKind: (head) => head.startsWith('PK') }),
  /** A Markdown report (kvs compare): an earlier one has the table and no front-matter. */
  markdownReport: (option: string, title: RegExp): ReportKind => ({ option, markdown: true, sameKind: (head) => !startsWithFrontMatter(head) && title.test(head) }),
};
