/**
 * `kvs build`: for every standard, check it, then render the leaflet, the
 * CMS fragment and the booklet; last, the overview of all of them.
 * One broken standard never stops the others; a full or read-only disk
 * stops the build (each standard already published is complete, the rest
 * keep their previous version). Renderers are loaded here, never on the
 * check path. The caller holds the build lock (src/build/lock.ts).
 */
import { statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileResult, Lang, Standard } from '../types.js';
import type { Config } from '../config.js';
import { decode } from '../model/read.js';
import { buildStandard } from '../model/standard.js';
import { checkDecodedText, unreadable } from '../check/check.js';
import { writeFileAtomic, WriteError } from '../fs/write.js';
import { readStandardSource, sameStamp } from '../fs/read.js';
import { LocalizedError } from '../errors.js';
import { lookFor } from './theme.js';
import { stage, type Stage } from './stage.js';
import { booklets, wordCacheFor, type Booklets } from './booklets.js';
import { slugOf, slugsFor, type SlugFor } from './slugs.js';
import { isLegalRule } from '../rules/index.js';

export interface BuildOptions {
  outDir: string;
  only?: 'html' | 'pdf';
  strict: boolean;
  imposition: boolean;
  asOf: string;
  lang: Lang;
  config: Config;
  configRoot: string;
  sourceDateEpoch?: number;
  /** Called before each standard is built, for progress. */
  onStart?: (index: number, total: number, slug: string) => void;
  /** True for a standard not changed since the last build (--watch, kvs preview): it is checked for the overview, its output is kept. */
  keep?: (file: string) => boolean;
  /** --review: also write review.html, the standard with its review marks shown (src/redline/). */
  review?: boolean;
  /** False: the findings are not taken from or written to the result cache. */
  cache?: boolean;
  /**
   * Called once the standards are checked, before any is rendered: the `kvs` program tunes V8 for a
   * short run there (src/cli/own-process.ts), after the check's worker threads have loaded the CLI
   * bundle with the bytecode cached for V8's default flags, and before the booklet workers start.
   */
  onChecked?: () => void;
}

export type BuildOutcome =
  | { slug: string; file: string; status: 'built'; check: FileResult; written: string[] }
  | { slug: string; file: string; status: 'refused'; check: FileResult }
  /** `at`: where in the file the reason lies, when it lies at one place (an input limit, a bad byte). */
  | { slug: string; file: string; status: 'failed'; check: FileResult; reason: string; at?: { line: number; column: number } };

type HtmlRenderer = typeof import('../render/html/index.js');

interface Renderers {
  html: HtmlRenderer | undefined;
  /** Booklets render in worker threads when there are several (src/build/booklets.ts). */
  pdf: Booklets | undefined;
  lixOfStandard: (standard: Standard) => number;
}

type Built = { outcome: BuildOutcome; entry?: OverviewItem };

type OverviewItem = { slug: string; standard: Standard; check: FileResult; lix: number; leaflet?: string; pdf?: string };

export async function buildAll(files: string[], options: BuildOptions): Promise<BuildOutcome[]> {
  const html = options.only === 'pdf' ? undefined : await import('../render/html/index.js');
  const lixOfStandard = (await import('../model/lix.js')).lixOfStandard;
  const slugs = slugsFor(files, process.cwd());
  // The findings are kvs check's own, from the same engine (cache and worker threads included).
  const { checkFiles } = await import('../check/engine.js');
  const { config, configRoot: root, lang, asOf } = options;
  // Each file as it was before the check read it: one that changes before it is rendered is checked again (below).
  const stamps = new Map(files.map((file) => [file, statOrNothing(file)]));
  const checked = await checkFiles([], { cwd: process.cwd(), files, config, root, lang, asOf, ...(options.cache === false ? { cache: false } : {}) });
  const checks = new Map(checked.files.map((file, index) => [file, checked.results[index]!]));
  options.onChecked?.();
  const renderers: Renderers = {
    html,
    pdf:
      options.only === 'html'
        ? undefined
        : await booklets(files.filter((file) => !options.keep?.(file)).length, wordCacheFor(options.cache === false ? undefined : options.configRoot)),
    lixOfStandard,
  };
  // Each standard is built on its own and publishes its own folder; the overview comes last.
  // While workers render booklets, the next standards are checked and rendered to HTML
  // (one more at once than there are workers, so that the main thread parses the next
  // standard while the workers lay out), and each publishes after the one before it.
  const width = renderers.pdf ? renderers.pdf.width + 1 : 1;
  const running: Array<Promise<Built>> = [];
  // Settles when every standard started so far is done: the next one publishes after it.
  let earlier: Promise<unknown> = Promise.resolve();
  let built: Built[];
  try {
    for (const [index, file] of files.entries()) {
      if (index >= width) await running[index - width];
      options.onStart?.(index, files.length, slugOf(file));
      const one = buildOne(file, slugs[index]!, { result: checks.get(file), stats: stamps.get(file) }, renderers, options, earlier);
      running.push(one);
      earlier = earlier.then(() => one);
    }
    built = await Promise.all(running);
  } catch (error) {
    // A full or read-only disk: the standards still under way discard their staged output first.
    await Promise.allSettled(running);
    throw error;
  } finally {
    earlier.catch(() => undefined);
    await renderers.pdf?.close();
  }
  if (renderers.html) await writeOverview(built.flatMap((b) => b.entry ?? []), renderers.html, options);
  return built.map((b) => b.outcome);
}

/** A looping link or an unreadable folder has no stamp; the file's own read says why (a per-file message). */
function statOrNothing(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Checks, renders and publishes one standard, after `previous` (the standards
 * before it) are done. A full or read-only disk ends the whole build
 * (WriteError); anything else fails this standard only.
 */
async function buildOne(
  file: string,
  slugFor: SlugFor,
  checked: { result: FileResult | undefined; stats: Stats | undefined },
  renderers: Renderers,
  options: BuildOptions,
  previous: Promise<unknown>,
): Promise<Built> {
  const { html, pdf } = renderers;
  const slug = slugFor.ok ? slugFor.slug : slugOf(file);
  const shown = relative(process.cwd(), file) || file;
  const read = readStandardSource(file, options.configRoot);
  if (!read.ok) {
    const check = unreadable(shown, read.reason[options.lang]);
    return { outcome: { slug, file: shown, status: 'failed', check, reason: read.reason[options.lang] } };
  }
  const decoded = decode(read.bytes, read.size);
  if (!decoded.ok) {
    const check = unreadable(shown, decoded.reason[options.lang], decoded);
    return { outcome: { slug, file: shown, status: 'failed', check, reason: decoded.reason[options.lang], at: decoded.at } };
  }
  const headings = options.config.headings;
  // The leaflet needs the full GFM tree; the findings are `kvs check`'s, from its own tree (see model/parse.ts).
  const standard = buildStandard(decoded.text, shown, headings ? { headings } : {});
  // The findings must be those of the text that is published: a file changed since the check is checked again.
  const unchanged = checked.result !== undefined && checked.stats !== undefined && sameStamp(checked.stats, read.stamp);
  const check = unchanged
    ? checked.result!
    : checkDecodedText(decoded.text, shown, { asOf: options.asOf, lang: options.lang, config: options.config, encoding: decoded.encoding });
  if (!slugFor.ok) return { outcome: { slug, file: shown, status: 'failed', check, reason: slugFor.reason[options.lang] } };
  if (options.strict && (check.findings.some((f) => f.severity === 'error') || switchedOffLaw(check, options.config).length > 0)) {
    return { outcome: { slug, file: shown, status: 'refused', check } };
  }
  const kommune = typeof standard.frontMatter?.data?.['kommune'] === 'string' ? (standard.frontMatter.data['kommune'] as string) : undefined;
  let staged: Stage | undefined;
  try {
    const look = lookFor(kommune, options.config, options.configRoot);
    const input = {
      standard,
      slug,
      check,
      lang: options.lang,
      ...look,
      ...(options.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: options.sourceDateEpoch }),
    };
    staged = options.keep?.(file) ? undefined : stage(options.outDir, slug);
    if (html && staged) {
      const leaflet = html.renderLeaflet(input);
      staged.write('index.html', leaflet.html);
      staged.write('fragment.html', leaflet.fragment);
      if (options.review) {
        const { renderRedline } = await import('../redline/redline.js');
        const title = standard.title.text || slug;
        staged.write('review.html', renderRedline({ source: decoded.text, title, lang: options.lang, ...(kommune ? { kommune } : {}) }));
      }
    }
    if (pdf && staged) {
      const { booklet, print } = await pdf.render(input, options.imposition);
      staged.write(`${slug}.pdf`, booklet);
      if (print) staged.write(`${slug}-print.pdf`, print);
    }
    // Published in the files' order; if an earlier one hit a full disk, this one is discarded below.
    await previous;
    const written = staged ? staged.commit() : [];
    const outcome: BuildOutcome = { slug, file: shown, status: 'built', check, written };
    // The overview is written with the HTML only (--only pdf writes none): no entry, no LIX to count.
    if (!html) return { outcome };
    return {
      outcome,
      entry: {
        slug,
        standard,
        check,
        lix: renderers.lixOfStandard(standard),
        leaflet: `${slug}/index.html`,
        ...(pdf ? { pdf: `${slug}/${slug}.pdf` } : {}),
      },
    };
  } catch (error) {
    staged?.discard();
    if (error instanceof WriteError && error.diskWide) throw error;
    const reason = error instanceof LocalizedError ? error.localized[options.lang] : (error as Error).message;
    return { outcome: { slug, file: shown, status: 'failed', check, reason } };
  }
}

/**
 * Errors of a legal rule that a kvs-disable comment switched off: --strict does
 * not publish them unless the config allows that rule explicitly (`allowDisable`).
 */
export function switchedOffLaw(check: FileResult, config: Config): string[] {
  const allowed = new Set(config.allowDisable ?? []);
  return (check.suppressed ?? [])
    .filter((f) => f.severity === 'error' && isLegalRule(f.ruleId) && !allowed.has(f.ruleId))
    .filter((f) => f.suppressions.some((s) => s.kind === 'directive'))
    .map((f) => f.ruleId);
}

/** The overview and the comparison, each written whole or not at all. */
async function writeOverview(entries: OverviewItem[], html: HtmlRenderer, options: BuildOptions): Promise<void> {
  const look = lookFor(undefined, options.config, options.configRoot);
  const overview = html.renderOverview(entries, { lang: options.lang, ...look, generated: options.asOf });
  writeFileAtomic(join(options.outDir, 'index.html'), overview);
  const { compareTable, renderCompareHtml } = await import('../compare/index.js');
  const table = compareTable(entries.map((e) => e.standard), { asOf: options.asOf, lang: options.lang, config: options.config });
  writeFileAtomic(join(options.outDir, 'compare.html'), renderCompareHtml(table, look));
}
