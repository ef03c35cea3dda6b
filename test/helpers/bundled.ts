/** The bundled standards (standards/*.md) as models, and their rows for the overview. */
import { readdirSync, readFileSync } from 'node:fs';
import { buildStandard } from '../../src/model/standard.js';
import { checkStandard } from '../../src/check/check.js';
import { lixOfStandard } from '../../src/model/lix.js';
import type { OverviewEntry } from '../../src/render/html/index.js';
import type { Standard } from '../../src/types.js';

const standardsDir = new URL('../../standards/', import.meta.url);

export function bundledStandards(): Array<{ slug: string; standard: Standard }> {
  return readdirSync(standardsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ slug: name.replace(/\.md$/, ''), standard: buildStandard(readFileSync(new URL(name, standardsDir), 'utf8'), name) }));
}

/** An overview row with links to a leaflet and a booklet, checked as of `asOf`. */
export function overviewEntry({ slug, standard }: { slug: string; standard: Standard }, asOf: string): OverviewEntry {
  return { slug, standard, check: checkStandard(standard, { asOf }), lix: lixOfStandard(standard), leaflet: `${slug}/index.html`, pdf: `${slug}/${slug}.pdf` };
}
