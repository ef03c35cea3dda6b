/**
 * The result cache of `kvs check`: a file whose bytes, config, rule set, tool
 * and (for date-dependent rules) check date are unchanged is not parsed again.
 *
 * Keys are contents, not modification times (like textlint's "content"
 * strategy), so a fresh CI checkout of the same files hits the cache too.
 * Everything that can change a finding except the file itself goes into one
 * run key; each file's entry holds the sha256 of its bytes. The cache is one
 * JSON file (like .eslintcache), read once at the start and written atomically
 * at the end, and only when something changed. A missing, corrupt or foreign
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
const FORMAT = 1;

export const cacheFileName = 'check-results.json';

/** The folder used without --cache-location, below the project root. */
export function defaultCacheDir(projectRoot: string): string {
  return join(projectRoot, '.kvs', 'cache');
}

/** What the cache stores for a file: its result without the path, which depends on the working folder. */
export type CachedResult = Omit<FileResult, 'filePath'>;

interface Entry {
  /** sha256 of the file's bytes. */
  hash: string;
  result: CachedResult;
}

interface CacheFile {
  kvsCache: number;
  runKey: string;
  files: Record<string, Entry>;
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
 * `npm run build` writes dist/build-id.json (a hash of the built code); both
 * dist/check/ and the bundle in dist/bundle/ find it one level up. Without it
 * (running from src/ in tests, or a build without the bundle step) the code
 * files themselves are hashed.
 */
function codeFingerprint(): string {
  if (code !== undefined) return code;
  try {
    const built = JSON.parse(readFileSync(new URL('../build-id.json', import.meta.url), 'utf8')) as { id?: unknown };
    if (typeof built.id === 'string') return (code = built.id);
  } catch {
    // No build id: hash the sources below.
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
    loaded: CacheFile | undefined,
  ) {
    this.files = loaded?.files ?? Object.create(null);
    this.empty = loaded === undefined || Object.keys(this.files).length === 0;
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
    const content: CacheFile = { kvsCache: FORMAT, runKey: this.key, files: this.files };
    try {
      writeFileAtomic(this.path, JSON.stringify(content));
      this.dirty = false;
    } catch {
      // Read-only project, full disk: the findings are right anyway.
    }
  }
}

/** The cache file if it is one of ours, for this run key, and whole; otherwise undefined. */
function readCacheFile(path: string, key: string): CacheFile | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed['kvsCache'] !== FORMAT || parsed['runKey'] !== key || !isRecord(parsed['files'])) return undefined;
  const files: Record<string, Entry> = Object.create(null);
  for (const [name, entry] of Object.entries(parsed['files'])) {
    if (isEntry(entry)) files[name] = entry;
  }
  return { kvsCache: FORMAT, runKey: key, files };
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
  if (!isRecord(value) || !isRecord(value['position'])) return false;
  const { start, end } = value['position'];
  return (
    typeof value['ruleId'] === 'string' &&
    (value['severity'] === 'error' || value['severity'] === 'warning') &&
    typeof value['message'] === 'string' &&
    isPoint(start) &&
    isPoint(end)
  );
}

function isPoint(value: unknown): boolean {
  return isRecord(value) && Number.isInteger(value['line']) && Number.isInteger(value['column']);
}
