/**
 * The result cache of `kvs check`: a file whose bytes, config, rule set, tool
 * and (for date-dependent rules) check date are unchanged is not parsed again.
 *
 * Keys are contents, not modification times (like textlint's "content"
 * strategy), so a fresh CI checkout of the same files hits the cache too.
 * Everything that can change a finding except the file itself goes into one
 * run key; each file's entry holds the sha256 of its bytes. The cache is one
 * file (like .eslintcache), read once at the start and written atomically at
 * the end, and only when something changed. A missing, corrupt or foreign
 * cache file is ignored and rebuilt: the cache can make a run faster, never
 * wrong, and never make it fail.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import type { FileResult, Lang, RuleSet } from '../types.js';
import { writeFileAtomic } from '../fs/write.js';
import { canonicalJson, sha256 } from './hash.js';

/** Bump when the cache file's layout or the meaning of its entries changes. */
const FORMAT = 2;

export const cacheFileName = 'check-results.json';

/** The folder used without --cache-location, below the project root. */
export function defaultCacheDir(projectRoot: string): string {
  return join(projectRoot, '.kvs', 'cache');
}

/** What the cache stores for a file: its result without the path, which depends on the working folder. */
export type CachedResult = Omit<FileResult, 'filePath'>;

export interface Entry {
  /** sha256 of the file's bytes. */
  hash: string;
  result: CachedResult;
}

/**
 * The file has two lines. The first is the header: format, run key and a
 * table of every text in the entries, each once. The second holds the entries,
 * with each text replaced by its number in the table: the same hints, laws,
 * links and messages recur in file after file, and without the table the cache
 * of 10,000 standards would be hundreds of megabytes.
 */
interface CacheHeader {
  kvsCache: number;
  runKey: string;
  strings: string[];
}

export function contentHash(bytes: Uint8Array): string {
  return sha256(bytes);
}

export interface RunKeyParts {
  toolVersion: string;
  config: Config;
  /** The resolved rule set in force: its id and all its data. */
  ruleSet: RuleSet;
  lang: Lang;
  /** The check date; give it only when an enabled rule depends on the date. */
  asOf?: string;
}

/**
 * Everything besides the file's bytes that decides its findings: the tool
 * (version and a fingerprint of its code, which changes in development without
 * a new version), the data it reads (schemas/), the config, the rule set, the
 * language of the messages and, when a rule looks at it, the date.
 */
export function runKey(parts: RunKeyParts): string {
  return sha256(canonicalJson({ format: FORMAT, ...parts, code: codeFingerprint(), data: dataFingerprint() }));
}

let code: string | undefined;

/**
 * The CLI bundle carries build-id.json, a hash of its code written by
 * `npm run build`. Without it (the compiled modules in dist/, or the sources
 * in tests) the code files themselves are hashed.
 */
function codeFingerprint(): string {
  if (code !== undefined) return code;
  try {
    const built = JSON.parse(readFileSync(new URL('./build-id.json', import.meta.url), 'utf8')) as { id?: unknown };
    if (typeof built.id === 'string') return (code = built.id);
  } catch {
    // Not the bundle: hash the code below.
  }
  const root = fileURLToPath(new URL('../', import.meta.url));
  return (code = hashFiles(root, (name) => /\.(?:js|mjs|ts)$/.test(name) && !name.endsWith('.d.ts')));
}

let data: string | undefined;

/** The law data, requirement catalogue and word lists the rules read from schemas/. */
function dataFingerprint(): string {
  data ??= hashFiles(fileURLToPath(new URL('../../schemas/', import.meta.url)), (name) => name.endsWith('.json'));
  return data;
}

/** sha256 over the names and contents of the matching files below `root`, in a fixed order. */
export function hashFiles(root: string, wanted: (name: string) => boolean): string {
  const hash = createHash('sha256');
  let names: string[];
  try {
    names = (readdirSync(root, { recursive: true }) as string[]).filter(wanted).sort();
  } catch {
    return 'none';
  }
  for (const name of names) {
    try {
      hash.update(`${name.split(sep).join('/')}\0`).update(readFileSync(join(root, name))).update('\0');
    } catch {
      // A folder named like a file, or gone meanwhile: it holds no code or data.
    }
  }
  return hash.digest('hex');
}

/** The previous run's results, and this run's as they come in. */
export class ResultCache {
  private readonly files: Record<string, Entry>;
  private dirty = false;
  /** True when the cache file was missing, unreadable or made for another run key: nothing will hit. */
  readonly empty: boolean;

  private constructor(
    private readonly path: string,
    private readonly projectRoot: string,
    private readonly key: string,
    loaded: Record<string, Entry> | undefined,
  ) {
    this.files = loaded ?? Object.create(null);
    this.empty = Object.keys(this.files).length === 0;
  }

  /**
   * Reads the cache in `dir`. Entries are keyed by the file's path relative to
   * the project root, so the cache holds whatever folder `kvs check` runs from.
   */
  static open(dir: string, projectRoot: string, key: string): ResultCache {
    const path = join(dir, cacheFileName);
    return new ResultCache(path, projectRoot, key, readCacheFile(path, key));
  }

  private name(file: string): string {
    return relative(this.projectRoot, file).split(sep).join('/');
  }

  /** The cached result for a file with these bytes, or undefined. */
  get(file: string, hash: string): CachedResult | undefined {
    const entry = this.files[this.name(file)];
    return entry?.hash === hash ? entry.result : undefined;
  }

  set(file: string, hash: string, result: FileResult): void {
    const { filePath, ...rest } = result;
    // The shown path depends on the working folder; the entry is keyed by the project path instead.
    void filePath;
    this.files[this.name(file)] = { hash, result: rest };
    this.dirty = true;
  }

  /** Writes the cache if anything changed. A cache that cannot be written only makes the next run slower. */
  save(): void {
    if (!this.dirty) return;
    try {
      writeFileAtomic(this.path, encodeCache(this.key, this.files));
      this.dirty = false;
    } catch {
      // Read-only project, full disk: the findings are right anyway.
    }
  }
}

/** The cache file's text: a header with the table of texts, then the entries with each text as its number in the table. */
export function encodeCache(runKey: string, files: Record<string, Entry>): string {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const body = JSON.stringify(files, (_key, value: unknown) => {
    if (typeof value !== 'string') return value;
    let number = numbers.get(value);
    if (number === undefined) numbers.set(value, (number = strings.push(value) - 1));
    return String(number);
  });
  const header: CacheHeader = { kvsCache: FORMAT, runKey, strings };
  return `${JSON.stringify(header)}\n${body}\n`;
}

/** The run key and the well-formed entries of a cache file's text, or undefined when it is not one of ours. */
export function decodeCache(text: string): { runKey: string; files: Record<string, Entry> } | undefined {
  let header: unknown;
  let parsed: unknown;
  try {
    const newline = text.indexOf('\n');
    header = JSON.parse(text.slice(0, newline));
    if (!isRecord(header) || header['kvsCache'] !== FORMAT || typeof header['runKey'] !== 'string') return undefined;
    const strings = header['strings'];
    if (!Array.isArray(strings) || !strings.every((text) => typeof text === 'string')) return undefined;
    // A number that is not in the table gives undefined, and the entry holding it is dropped below.
    parsed = JSON.parse(text.slice(newline + 1), (_key, value: unknown) => (typeof value === 'string' ? strings[Number(value)] : value));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const files: Record<string, Entry> = Object.create(null);
  for (const [name, entry] of Object.entries(parsed)) {
    if (isEntry(entry)) files[name] = entry;
  }
  return { runKey: header['runKey'] as string, files };
}

/** The entries of the cache file if it is whole and for this run key; otherwise undefined. */
function readCacheFile(path: string, key: string): Record<string, Entry> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const decoded = decodeCache(text);
  return decoded?.runKey === key ? decoded.files : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enough shape to be printed by every reporter; an entry that is not is dropped and its file checked again. */
function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || typeof value['hash'] !== 'string' || !isRecord(value['result'])) return false;
  const { findings, ruleSet } = value['result'];
  return (ruleSet === undefined || typeof ruleSet === 'string') && Array.isArray(findings) && findings.every(isFinding);
}

function isFinding(value: unknown): boolean {
  if (!isRecord(value) || !isPosition(value['position'])) return false;
  const optionalText = ['requirement', 'law', 'hint', 'url'].every((key) => value[key] === undefined || typeof value[key] === 'string');
  const related = value['related'];
  return (
    typeof value['ruleId'] === 'string' &&
    (value['severity'] === 'error' || value['severity'] === 'warning') &&
    typeof value['message'] === 'string' &&
    optionalText &&
    (related === undefined || (Array.isArray(related) && related.every((place) => isRecord(place) && typeof place['message'] === 'string' && isPosition(place['position']))))
  );
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && isPoint(value['start']) && isPoint(value['end']);
}

function isPoint(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value['line']) && Number.isInteger(value['column']);
}
