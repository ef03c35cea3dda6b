/**
 * `kvs preview [--port N] [PATH…]`: builds the standards, serves output/ on
 * 127.0.0.1 and, each time a standard is saved, builds again and tells the
 * open pages to reload. Ctrl-C ends it (exit 0).
 */
import { relative, resolve } from 'node:path';
import type { Lang } from '../types.js';
import { UsageError } from '../errors.js';
import { startPreviewServer, type PreviewServer } from '../preview/server.js';
import { foldersToWatch } from '../watch/folders.js';
import { watchLoop } from '../watch/loop.js';
import { buildRun } from '../watch/build.js';
import { previewWords } from '../i18n/preview.js';
import type { BuildCliOptions } from './build.js';
import { plainLine } from '../report/terminal-text.js';
import { commandContext } from './context.js';

export interface PreviewCliOptions {
  port: string;
  out: string;
  /** Build only html or pdf, as `kvs build --only`. */
  only?: string;
  asOf?: string;
  config?: string;
  lang?: Lang;
  /** Ends the preview (tests). */
  signal?: AbortSignal;
  /** Called once the server listens (tests). */
  onListening?: (server: PreviewServer) => void;
}

export async function runPreview(paths: string[], options: PreviewCliOptions): Promise<number> {
  const cwd = process.cwd();
  const { lang } = commandContext({ ...(options.config ? { config: options.config } : {}), ...(options.lang ? { lang: options.lang } : {}) }, cwd);
  const port = parsePort(options.port);
  const { runBuild } = await import('./build.js');
  const buildOptions: BuildCliOptions = {
    out: options.out,
    strict: false,
    imposition: false,
    ...(options.only ? { only: options.only } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  await runBuild(paths, buildOptions);
  const outDir = resolve(cwd, options.out);
  let server: PreviewServer;
  try {
    server = await startPreviewServer(outDir, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError({ da: previewWords.da.portTaken(port), en: previewWords.en.portTaken(port) });
    }
    throw error;
  }
  process.stderr.write(`kvs: ${plainLine(previewWords[lang].serving(server.url, relative(cwd, outDir) || '.'))}\n`);
  options.onListening?.(server);
  let first = true;
  try {
    return await watchLoop({
      folders: foldersToWatch(paths, cwd),
      lang,
      clear: false,
      stdout: process.stdout,
      stderr: process.stderr,
      shown: (folder) => relative(cwd, folder) || '.',
      ...(options.signal ? { signal: options.signal } : {}),
      run: async (changes) => {
        // The first run is the build above.
        if (first) return (first = false);
        await runBuild(paths, buildRun(buildOptions, changes));
        server.reload();
        return true;
      },
    });
  } finally {
    await server.close();
  }
}

function parsePort(value: string): number {
  if (/^\d{1,5}$/u.test(value) && Number(value) <= 65535) return Number(value);
  throw new UsageError({ da: previewWords.da.badPort(value), en: previewWords.en.badPort(value) });
}
