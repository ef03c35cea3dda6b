/**
 * `kvs check --baseline FILE`: adopt the tool in a repository that already
 * has findings. `--write-baseline` records today's findings; afterwards only
 * findings that are not in the baseline are reported.
 *
 * A finding is recognised by a fingerprint, not by its line number, so text
 * inserted above it does not bring it back: the rule id, the requirement key,
 * the text the finding points at and the text of its whole line (whitespace
 * collapsed), plus a counter for the n-th identical finding in the file. The
 * message is left out on purpose: it changes with --lang and names other line
 * numbers ("står allerede i linje 12").
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { FileResult, Finding, Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/write.js';
import { readInputFile, readStandardSource } from '../fs/read.js';
import { decode } from '../model/read.js';
import { standsInForOthers } from '../rules/index.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

export interface BaselineEntry {
  /** Path relative to the project root, with `/`. */
  file: string;
  /** A finding is matched only by its own rule and requirement: a relabelled entry hides nothing. */
  ruleId: string;
  requirement?: string;
  fingerprint: string;
  /** For people reading the file; not used to match. */
  line: number;
  message: string;
}

/** Version 1 matched on the fingerprint alone, so an entry relabelled to another rule still hid its finding. */
export const baselineVersion = 2;

export interface BaselineFile {
  kvsBaseline: typeof baselineVersion;
  findings: BaselineEntry[];
}

/** A path as the baseline stores it: relative to the project root, `/` on every system. */
export function baselinePath(file: string, root: string): string {
  return relative(root, file).split(sep).join('/');
}

/** The fingerprints of a file's findings, in the order of `findings`. */
export function fingerprintsOf(findings: readonly Finding[], source: string | undefined): string[] {
  const lines = source === undefined ? [] : source.split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const { start, end } = finding.position;
    const lineText = lines[start.line - 1] ?? '';
    const pointed =
      start.line === end.line ? lineText.slice(start.column - 1, Math.max(start.column - 1, end.column - 1)) : lineText.slice(start.column - 1);
    const base = [finding.ruleId, finding.requirement ?? '', squash(pointed).slice(0, 200), squash(lineText).slice(0, 400)].join('\u0000');
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return createHash('sha256').update(`${base}\u0000${count}`).digest('hex').slice(0, 32);
  });
}

/** A baseline entry hides a finding only with the same file, rule, requirement and fingerprint. */
function matchKey(file: string, ruleId: string, requirement: string | undefined, fingerprint: string): string {
  return [file, ruleId, requirement ?? '', fingerprint].join('\u0000');
}

/** "required-section 15, readability 2": what a count of hidden findings is made of. */
export function perRuleText(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ${n}`).join(', ');
}

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The decoded text of a file, or undefined when it cannot be read (its findings then match on rule and counter only). */
function sourceOf(path: string, root: string): string | undefined {
  const read = readStandardSource(path, root);
  if (!read.ok) return undefined;
  const decoded = decode(read.bytes, read.size);
  return decoded.ok ? decoded.text : undefined;
}

export interface BaselineOptions {
  /** The baseline file, as the user gave it. */
  file: string;
  write: boolean;
  cwd: string;
  /** The project root (the folder of kvs.config.json, else cwd): paths in the baseline are relative to it. */
  root: string;
  lang: Lang;
}

/**
 * One check run against a baseline. Every result passes through `filter`:
 * when writing, its findings are recorded and none is shown; when reading,
 * those in the baseline are dropped and counted.
 */
export class BaselineRun {
  suppressed = 0;
  /** Hidden findings per rule, for the summary. */
  private readonly perRule = new Map<string, number>();
  private readonly known = new Set<string>();
  private readonly recorded: BaselineEntry[] = [];
  /** Entries of the baseline on disk, kept when writing for files this run did not check (a path or --changed subset). */
  private previous: BaselineEntry[] = [];
  private readonly seen = new Set<string>();
  private readonly target: string;

  private constructor(private readonly options: BaselineOptions) {
    this.target = resolve(options.cwd, options.file);
  }

  static open(options: BaselineOptions): BaselineRun {
    const run = new BaselineRun(options);
    if (!options.write) run.load();
    else if (existsSync(run.target)) {
      try {
        run.load();
      } catch {
        // A broken baseline is simply replaced.
      }
    }
    return run;
  }

  private load(): void {
    const { file } = this.options;
    // A FIFO or a device named as the baseline must not hang the check: read it like any input, bounded.
    const read = readInputFile(this.target, { root: this.options.root, maxBytes: 64 * 1024 * 1024 });
    if (!read.ok && read.code === 'ENOENT') throw new UsageError(inBoth(checkWords, (t) => t.baselineMissing(file)));
    if (!read.ok) throw new UsageError({ da: checkWords.da.baselineUnreadable(file, read.reason.da), en: checkWords.en.baselineUnreadable(file, read.reason.en) });
    let data: unknown;
    try {
      data = JSON.parse(read.bytes.toString('utf8'));
    } catch (error) {
      throw new UsageError(inBoth(checkWords, (t) => t.baselineUnreadable(file, (error as Error).message)));
    }
    const version = (data as Partial<BaselineFile> | null)?.kvsBaseline as unknown;
    const findings = (data as Partial<BaselineFile> | null)?.findings;
    if (version === 1) throw new UsageError(inBoth(checkWords, (t) => t.baselineOldVersion(file)));
    if (version !== baselineVersion || !Array.isArray(findings)) {
      throw new UsageError(inBoth(checkWords, (t) => t.notBaseline(file)));
    }
    for (const entry of findings as Array<Partial<BaselineEntry>>) {
      if (typeof entry?.file !== 'string' || typeof entry.fingerprint !== 'string' || typeof entry.ruleId !== 'string') continue;
      this.known.add(matchKey(entry.file, entry.ruleId, entry.requirement, entry.fingerprint));
      this.previous.push(entry as BaselineEntry);
    }
  }

  /** `result.filePath` is as shown (relative to cwd); the file is read again for the line texts. */
  filter(result: FileResult): FileResult {
    const path = resolve(this.options.cwd, result.filePath);
    const file = baselinePath(path, this.options.root);
    this.seen.add(file);
    if (result.findings.length === 0) return result;
    const prints = fingerprintsOf(result.findings, sourceOf(path, this.options.root));
    if (this.options.write) {
      result.findings.forEach((finding, index) =>
        standsInForOthers(finding) ? undefined : this.recorded.push({
          file,
          ruleId: finding.ruleId,
          ...(finding.requirement ? { requirement: finding.requirement } : {}),
          fingerprint: prints[index]!,
          line: finding.position.start.line,
          message: finding.message,
        }),
      );
      return this.hide(result, result.findings.map((finding) => !standsInForOthers(finding)));
    }
    const known = result.findings.map(
      (finding, index) => !standsInForOthers(finding) && this.known.has(matchKey(file, finding.ruleId, finding.requirement, prints[index]!)),
    );
    return this.hide(result, known);
  }

  /** Moves the findings marked `hidden` to the result's suppressed findings, counted per rule. */
  private hide(result: FileResult, hidden: boolean[]): FileResult {
    const source = relative(this.options.cwd, this.target) || this.target;
    const findings = result.findings.filter((_, index) => !hidden[index]);
    const suppressed = result.findings
      .filter((_, index) => hidden[index])
      .map((finding) => ({ ...finding, suppressions: [{ kind: 'baseline' as const, source }] }));
    for (const finding of suppressed) this.perRule.set(finding.ruleId, (this.perRule.get(finding.ruleId) ?? 0) + 1);
    this.suppressed += suppressed.length;
    if (suppressed.length === 0) return result;
    return { ...result, findings, suppressed: [...(result.suppressed ?? []), ...suppressed] };
  }

  /** Writes the baseline (when asked to) and returns the line to print on stderr. */
  finish(): string {
    const t = checkWords[this.options.lang];
    const shown = relative(this.options.cwd, this.target) || this.target;
    if (!this.options.write) return t.baselineSuppressed(this.suppressed, shown, perRuleText(this.perRule));
    const kept = this.previous.filter((entry) => !this.seen.has(entry.file));
    const findings = [...kept, ...this.recorded].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.fingerprint.localeCompare(b.fingerprint),
    );
    const data: BaselineFile = { kvsBaseline: baselineVersion, findings };
    writeFileAtomic(this.target, `${JSON.stringify(data, null, 2)}\n`);
    return t.baselineWritten(findings.length, shown);
  }
}
