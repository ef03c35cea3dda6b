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
 *
 * A cache file is only believed when this machine wrote it: its header holds
 * an HMAC over the whole file, made with a key kept outside the project
 * (src/check/secret.ts). A committed, copied or edited cache cannot hide a
 * finding; it is rebuilt like a corrupt one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import type { FileResult, Lang, Localized, RuleSet } from '../types.js';
import { writeFileAtomic } from '../fs/write.js';
import { readRegularFile } from '../fs/read.js';
import { canonicalJson, macOf, sameMac, sha256 } from '../fs/hash.js';
import { bundleIsCurrent } from '../meta.js';
import { loadCacheSecret } from './secret.js';
import { inBoth } from '../i18n/index.js';
import { checkWords } from '../i18n/check.js';

/** Bump when the cache file's layout or the meaning of its entries changes. */
const FORMAT = 4;

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
 * The file's first line is the header: format, run key and a table of the
 * texts in the results, each once (the same hints, laws, links and messages
 * recur in file after file; without the table the cache of 10,000 standards
 * would be hundreds of megabytes). Each further line is one file's entry:
 * `["path","sha256"]`, a tab, and its result as JSON with every text replaced
 * by its number in the table. Entries stay text in memory and are decoded
 * when asked for, so a run holds little more than the file itself. The
 * header's `mac` signs the header's other fields and every byte after it.
 */
interface CacheHeader {
  kvsCache: number;
  runKey: string;
  strings: string[];
  mac?: string;
}

/** The header's fields as JSON in a fixed order: what the MAC covers (with the entry lines' bytes as they stand in the file). */
function signedHeader(runKey: string, strings: readonly string[]): string {
  return JSON.stringify({ kvsCache: FORMAT, runKey, strings });
}

/** A whole cache file: the signed header line and the entry lines. */
function signedFile(runKey: string, strings: readonly string[], lines: Iterable<string>, secret?: Uint8Array): string {
  const body = [...lines, ''].join('\n');
  const mac = secret ? { mac: macOf(secret, signedHeader(runKey, strings), body) } : {};
  return `${JSON.stringify({ kvsCache: FORMAT, runKey, strings: [...strings], ...mac } satisfies CacheHeader)}\n${body}`;
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
  /** How kvs-disable comments are treated (--no-inline-config, --report-unused-disable-directives). */
  inlineConfig?: boolean;
  reportUnusedDirectives?: boolean;
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
 * `npm run build`. The compiled modules in dist/ (`kvs build` checks through
 * them) take the same id when the bundle was made from them, that is when it
 * is not older than tsc's last run: hashing all of dist/ instead cost every
 * build 40 ms CPU, and gave `kvs check` and `kvs build` different caches.
 * Otherwise (tsc run on its own since, or the sources in tests) the code
 * files themselves are hashed.
 */
function codeFingerprint(): string {
  if (code !== undefined) return code;
  const id = buildId(new URL('./build-id.json', import.meta.url)) ?? bundleBuildId();
  if (id !== undefined) return (code = id);
  const root = fileURLToPath(new URL('../', import.meta.url));
  return (code = hashFiles(root, (name) => /\.(?:js|mjs|ts)$/.test(name) && !name.endsWith('.d.ts')));
}

function buildId(file: URL): string | undefined {
  try {
    const built = JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown };
    return typeof built.id === 'string' ? built.id : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle's id, for the modules in dist/ it was made from (src/meta.ts). */
function bundleBuildId(): string | undefined {
  return bundleIsCurrent() ? buildId(new URL('../bundle/build-id.json', import.meta.url)) : undefined;
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

/** A table of texts: each text once, by number. */
class Texts {
  readonly list: string[];
  private readonly numbers = new Map<string, number>();

  constructor(list: string[] = []) {
    this.list = list;
    list.forEach((text, number) => this.numbers.set(text, number));
  }

  number(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) this.numbers.set(text, (number = this.list.push(text) - 1));
    return number;
  }
}

function encodeLine(name: string, entry: Entry, texts: Texts): string {
  const result = JSON.stringify(entry.result, (_key, value: unknown) => (typeof value === 'string' ? String(texts.number(value)) : value));
  return `${JSON.stringify([name, entry.hash])}\t${result}`;
}

/** The path and hash that open an entry's line; a tab cannot occur inside JSON text, so the first one ends them. */
function lineKey(line: string): [name: string, hash: string] | undefined {
  try {
    const key: unknown = JSON.parse(line.slice(0, line.indexOf('\t')));
    return Array.isArray(key) && typeof key[0] === 'string' && typeof key[1] === 'string' ? [key[0], key[1]] : undefined;
  } catch {
    return undefined;
  }
}

/** The entry of a well-formed line, or undefined. */
function decodeLine(line: string, strings: readonly string[]): Entry | undefined {
  const key = lineKey(line);
  if (!key) return undefined;
  try {
    const result = withTexts(JSON.parse(line.slice(line.indexOf('\t') + 1)), strings);
    const entry = { hash: key[1], result };
    return isEntry(entry) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every string of a parsed line is a number into the table of texts: put the
 * texts in. What JSON.parse's reviver would do, but walked after the parse: a
 * reviver is called per value and halves the speed of reading a warm cache.
 * As with a reviver, a number not in the table leaves its place empty (the
 * property deleted), and isEntry refuses the entry.
 */
function withTexts(value: unknown, strings: readonly string[]): unknown {
  if (typeof value === 'string') return strings[Number(value)];
  if (value === null || typeof value !== 'object') return value;
  const holder = value as Record<string, unknown>;
  for (const key of Object.keys(holder)) {
    const text = withTexts(holder[key], strings);
    if (text === undefined) delete holder[key];
    else holder[key] = text;
  }
  return value;
}

/** The header's run key, texts and MAC, or undefined when the text is not a cache file of this format. */
function readHeader(line: string): { runKey: string; strings: string[]; mac?: string } | undefined {
  try {
    const header: unknown = JSON.parse(line);
    if (!isRecord(header) || header['kvsCache'] !== FORMAT || typeof header['runKey'] !== 'string') return undefined;
    const strings = header['strings'];
    if (!Array.isArray(strings) || !strings.every((text) => typeof text === 'string')) return undefined;
    const mac = header['mac'];
    return { runKey: header['runKey'], strings: strings as string[], ...(typeof mac === 'string' ? { mac } : {}) };
  } catch {
    return undefined;
  }
}

/** A cache file's text for these entries, signed with `secret` (unsigned without: no run will believe it). */
export function encodeCache(runKey: string, files: Record<string, Entry>, secret?: Uint8Array): string {
  const texts = new Texts();
  const lines = Object.entries(files).map(([name, entry]) => encodeLine(name, entry, texts));
  return signedFile(runKey, texts.list, lines, secret);
}

/**
 * The run key and the well-formed entries of a cache file's text, or
 * undefined when it is not one of ours. The MAC is not checked: this reads
 * any cache, for tests and tools; a run believes only what `verified` passes.
 */
export function decodeCache(text: string): { runKey: string; files: Record<string, Entry> } | undefined {
  const [first = '', ...lines] = text.split('\n');
  const header = readHeader(first);
  if (!header) return undefined;
  const files: Record<string, Entry> = Object.create(null);
  for (const line of lines) {
    const entry = decodeLine(line, header.strings);
    if (entry) files[lineKey(line)![0]] = entry;
  }
  return { runKey: header.runKey, files };
}

/** True when the text is a cache file signed with `secret`, unchanged since. */
export function verified(text: string, secret: Uint8Array): boolean {
  const end = text.indexOf('\n');
  const header = readHeader(end === -1 ? text : text.slice(0, end));
  return header?.mac !== undefined && end !== -1 && sameMac(header.mac, macOf(secret, signedHeader(header.runKey, header.strings), text.slice(end + 1)));
}

/** What a run gets from the cache folder: a cache, or none and why (for --verbose). */
export interface OpenedCache {
  cache?: ResultCache;
  note?: Localized;
}

/**
 * Opens the cache in `dir` when this machine can sign it. Without a key
 * (it would lie in the project, or cannot be made) there is no cache: a cache
 * that could not be checked must not be read, and one that cannot be signed
 * is useless to write.
 */
export function openResultCache(dir: string, projectRoot: string, key: string): OpenedCache {
  const secret = loadCacheSecret(projectRoot);
  if (!secret.ok) return { note: secret.why };
  const cache = ResultCache.open(dir, projectRoot, key, secret.secret);
  return cache.foreign ? { cache, note: inBoth(checkWords, (t) => t.cacheForeign) } : { cache };
}

/** The previous run's results, and this run's as they come in. */
export class ResultCache {
  /** Path relative to the project root → the entry's line. */
  private readonly lines = new Map<string, string>();
  private readonly texts: Texts;
  private dirty = false;
  /** True when the cache file was missing, unreadable, foreign or made for another run key: nothing will hit. */
  readonly empty: boolean;
  /** True when the file is a cache of this format that this machine did not sign, or that was changed since. */
  readonly foreign: boolean;

  private constructor(
    private readonly path: string,
    private readonly projectRoot: string,
    private readonly key: string,
    private readonly secret: Uint8Array,
  ) {
    // No cache yet, not readable, not a regular file (a FIFO, a link to /dev/zero) or larger than any
    // cache of 100,000 standards: start empty.
    const read = readRegularFile(path, 512 * 1024 * 1024);
    const text = read.ok ? read.bytes.toString('utf8') : '';
    const [first = '', ...lines] = text.split('\n');
    const header = readHeader(first);
    const signed = header !== undefined && verified(text, secret);
    this.foreign = header !== undefined && !signed;
    // Unsigned, or another run key: none of it applies, and its texts are not carried on.
    const valid = signed && header.runKey === key;
    this.texts = new Texts(valid ? header.strings : []);
    if (valid) {
      for (const line of lines) {
        const name = lineKey(line)?.[0];
        if (name !== undefined) this.lines.set(name, line);
      }
    }
    this.empty = this.lines.size === 0;
  }

  /**
   * Reads the cache in `dir`. Entries are keyed by the file's path relative to
   * the project root, so the cache holds whatever folder `kvs check` runs from.
   */
  static open(dir: string, projectRoot: string, key: string, secret: Uint8Array): ResultCache {
    return new ResultCache(join(dir, cacheFileName), projectRoot, key, secret);
  }

  private name(file: string): string {
    return relative(this.projectRoot, file).split(sep).join('/');
  }

  /** The cached result for a file with these bytes, or undefined (also when its entry is damaged). */
  get(file: string, hash: string): CachedResult | undefined {
    const line = this.lines.get(this.name(file));
    const entry = line === undefined ? undefined : decodeLine(line, this.texts.list);
    return entry?.hash === hash ? entry.result : undefined;
  }

  set(file: string, hash: string, result: FileResult): void {
    const { filePath, ...rest } = result;
    // The shown path depends on the working folder; the entry is keyed by the project path instead.
    void filePath;
    const name = this.name(file);
    this.lines.set(name, encodeLine(name, { hash, result: rest }, this.texts));
    this.dirty = true;
  }

  /** Writes the cache if anything changed. A cache that cannot be written only makes the next run slower. */
  save(): void {
    if (!this.dirty) return;
    try {
      writeFileAtomic(this.path, signedFile(this.key, this.texts.list, this.lines.values(), this.secret));
      this.dirty = false;
    } catch {
      // Read-only project, full disk: the findings are right anyway.
    }
  }
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
    (value['severity'] === 'error' || value['severity'] === 'warning' || value['severity'] === 'info') &&
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
