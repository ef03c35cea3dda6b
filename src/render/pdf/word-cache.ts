/**
 * A signed file of words and what was worked out for each (shaped glyphs,
 * hyphenation points), kept between runs in the project's cache folder. Like
 * the result cache of `kvs check`, a file is believed only when its HMAC,
 * made with this machine's key (src/check/secret.ts), matches and its header
 * names exactly what the entries were worked out with (the font file's hash,
 * the library's version, the code's hash): a corrupt, edited, copied or stale
 * file is ignored and written anew. Entries are strings, which JSON reads fast
 * and the garbage collector does not walk. Reading or writing never fails a run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../fs/write.js';
import { readRegularFile } from '../../fs/read.js';
import { macOf, sameMac } from '../../fs/hash.js';

/** Where the files are kept, and the key that signs them; from `kvs build` (src/build/booklets.ts). */
export interface WordCacheOptions {
  dir: string;
  secret: Uint8Array;
}

/** Entries kept per file; past it a run keeps only the words it used itself. */
const MAX_WORDS = 100_000;
/** A cache file larger than this is not read. */
const MAX_BYTES = 64 * 1024 * 1024;

const opened = new Map<string, WordFile>();

/** The words of one cache file in this thread. */
export class WordFile {
  private readonly words: Map<string, string>;
  /** Words added in this thread. */
  private added = 0;

  private constructor(
    private readonly file: string | undefined,
    private readonly header: Record<string, string>,
    private readonly secret: Uint8Array | undefined,
  ) {
    this.words = file && secret ? readWords(file, header, secret) : new Map();
  }

  /**
   * The thread's words of the file `name` in the cache (read on first use),
   * valid for what `header` names; only in memory without a cache.
   */
  static of(name: string, header: Record<string, string>, cache: WordCacheOptions | undefined): WordFile {
    // A library whose version cannot be told is never cached for: its next version would read the old words.
    const known = !Object.values(header).some((value) => value.endsWith(' unknown'));
    const file = cache && known ? join(cache.dir, name) : undefined;
    const key = `${file ?? name}\u0000${JSON.stringify(header)}`;
    let words = opened.get(key);
    if (!words) {
      words = new WordFile(file, header, cache?.secret);
      opened.set(key, words);
    }
    return words;
  }

  /** Writes the words added in this thread, with those another worker or run wrote meanwhile. */
  static saveAll(): void {
    for (const words of opened.values()) words.save();
  }

  get(word: string): string | undefined {
    return this.words.get(word);
  }

  set(word: string, value: string): void {
    if (this.words.size >= MAX_WORDS) this.words.clear();
    this.words.set(word, value);
    this.added++;
  }

  private save(): void {
    if (!this.file || !this.secret || this.added === 0) return;
    try {
      const words = readWords(this.file, this.header, this.secret);
      if (words.size + this.added > MAX_WORDS) words.clear();
      for (const [word, value] of this.words) words.set(word, value);
      const body = JSON.stringify(Object.fromEntries(words));
      writeFileAtomic(this.file, `${JSON.stringify({ ...this.header, mac: macOf(this.secret, JSON.stringify(this.header), body) })}\n${body}`);
      this.added = 0;
    } catch {
      // A cache that cannot be written (a full or read-only disk) only makes the next run slower.
    }
  }
}

/** The words in `file`, or none when it is missing, unsigned, changed, or made for anything but `header`. */
function readWords(file: string, header: Record<string, string>, secret: Uint8Array): Map<string, string> {
  const none = new Map<string, string>();
  const read = readRegularFile(file, MAX_BYTES);
  if (!read.ok) return none;
  const text = read.bytes.toString('utf8');
  const newline = text.indexOf('\n');
  if (newline < 0) return none;
  try {
    const { mac, ...given } = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    if (typeof mac !== 'string' || JSON.stringify(given) !== JSON.stringify(header)) return none;
    const body = text.slice(newline + 1);
    if (!sameMac(mac, macOf(secret, JSON.stringify(header), body))) return none;
    const words = JSON.parse(body) as unknown;
    if (typeof words !== 'object' || words === null || Array.isArray(words)) return none;
    return new Map(Object.entries(words as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return none;
  }
}

/** `name version` of the package `name` as `from` (a module's path) finds it: another version may work words out otherwise. */
export function packageVersion(name: string, from: string): string {
  try {
    let dir = dirname(createRequire(from).resolve(name));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name && manifest.version) return `${name} ${manifest.version}`;
      } catch {
        // Not the package's folder yet.
      }
    }
  } catch {
    // Not found: below.
  }
  return `${name} unknown`;
}
