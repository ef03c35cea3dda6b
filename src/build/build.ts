/**
 * `kvs build`: for every standard, check it, then render the leaflet, the
 * CMS fragment and the booklet; last, the overview of all of them.
 * One broken standard never stops the others. Renderers are loaded here,
 * never on the check path.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { FileResult, Lang, Standard } from '../types.js';
import type { Config } from '../config.js';
import { decode } from '../model/read.js';
import { buildStandard } from '../model/standard.js';
import { checkStandard, unreadable } from '../check/check.js';
import { writeFileAtomic } from '../fs/write.js';
import { lookFor } from './theme.js';
import { stage } from './stage.js';

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
}

export type BuildOutcome =
  | { slug: string; file: string; status: 'built'; check: FileResult; written: string[] }
  | { slug: string; file: string; status: 'refused'; check: FileResult }
  | { slug: string; file: string; status: 'failed'; check: FileResult; reason: string };

export async function buildAll(files: string[], options: BuildOptions): Promise<BuildOutcome[]> {
  const html = options.only === 'pdf' ? undefined : await import('../render/html/index.js');
  const pdf = options.only === 'html' ? undefined : await import('../render/pdf/index.js');
  const { lixOfStandard } = await import('../render/lix.js');
  const outcomes: BuildOutcome[] = [];
  const entries: Array<{ slug: string; standard: Standard; check: FileResult; lix: number; leaflet?: string; pdf?: string }> = [];

  for (const [index, file] of files.entries()) {
    const slug = basename(file, '.md');
    options.onStart?.(index, files.length, slug);
    const shown = relative(process.cwd(), file) || file;
    const decoded = decode(readFileSync(file));
    if (!decoded.ok) {
      const check = unreadable(shown, decoded.reason[options.lang]);
      outcomes.push({ slug, file: shown, status: 'failed', check, reason: decoded.reason[options.lang] });
      continue;
    }
    const headings = options.config.headings;
    const standard = buildStandard(decoded.text, shown, headings ? { headings } : {});
    const check = checkStandard(standard, { asOf: options.asOf, lang: options.lang, config: options.config });
    if (options.strict && check.findings.some((f) => f.severity === 'error')) {
      outcomes.push({ slug, file: shown, status: 'refused', check });
      continue;
    }
    const kommune = typeof standard.frontMatter?.data?.['kommune'] === 'string' ? (standard.frontMatter.data['kommune'] as string) : undefined;
    const staged = stage(options.outDir);
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
      if (html) {
        const leaflet = html.renderLeaflet(input);
        staged.write('index.html', leaflet.html);
        staged.write('fragment.html', leaflet.fragment);
      }
      if (pdf) {
        const booklet = await pdf.renderBooklet(input);
        staged.write(`${slug}.pdf`, booklet);
        if (options.imposition) staged.write(`${slug}-print.pdf`, await pdf.imposeBooklet(booklet));
      }
      const written = staged.commit(join(options.outDir, slug));
      outcomes.push({ slug, file: shown, status: 'built', check, written });
      entries.push({
        slug,
        standard,
        check,
        lix: lixOfStandard(standard),
        ...(html ? { leaflet: `${slug}/index.html` } : {}),
        ...(pdf ? { pdf: `${slug}/${slug}.pdf` } : {}),
      });
    } catch (error) {
      staged.discard();
      outcomes.push({ slug, file: shown, status: 'failed', check, reason: (error as Error).message });
    }
  }

  if (html) {
    const look = lookFor(undefined, options.config, options.configRoot);
    const overview = html.renderOverview(entries, { lang: options.lang, ...look, generated: options.asOf });
    writeFileAtomic(join(options.outDir, 'index.html'), overview);
    const { compareTable, renderCompareHtml } = await import('../compare/index.js');
    const table = compareTable(entries.map((e) => e.standard), { asOf: options.asOf, lang: options.lang, config: options.config });
    writeFileAtomic(join(options.outDir, 'compare.html'), renderCompareHtml(table, look));
  }
  return outcomes;
}
