/**
 * output/index.html: one row per standard with its approval, revision due
 * (flagged when overdue on the generation date), the check's counts and
 * missing requirements, LIX and links to what was built.
 */
import type { FileResult, Lang, Standard } from '../../types.js';
import type { Theme } from '../types.js';
import { requirementCatalogue } from '../../law/catalogue.js';
import { ruleSetFor } from '../../law/rulesets.js';
import { renderWords, type RenderWords } from '../../i18n/render.js';
import { joinNames, nextRevision, readFacts } from './facts.js';
import { formatDate, isOverdue, isoOf, parsePartialDate } from '../../model/dates.js';
import { palette, type Palette } from './theme.js';
import { renderTemplate } from './templates.js';
import { lixBand, lixBandName } from '../../model/lix.js';

export interface OverviewEntry {
  slug: string;
  standard: Standard;
  check: FileResult;
  lix: number;
  /** Relative link from output/index.html to the leaflet; absent when it was not built. */
  leaflet?: string;
  /** Relative link from output/index.html to the booklet; absent when it was not built. */
  pdf?: string;
}

export interface OverviewOptions {
  lang: Lang;
  theme: Theme;
  templateDirs: string[];
  /** ISO date (YYYY-MM-DD, or a full ISO timestamp) the overview is made on. */
  generated: string;
}

export interface OverviewRow {
  slug: string;
  kommune: string;
  title: string;
  approved: { text: string; sort: string };
  revision: { text: string; sort: string; overdue: boolean };
  errors: number;
  warnings: number;
  clean: boolean;
  status: string;
  complianceSort: number;
  missing: Array<{ key: string; title: string; severity: string; note: string }>;
  lix: number;
  lixBand: string;
  lixBandKey: string;
  leaflet?: string;
  pdf?: string;
}

export interface OverviewView {
  lang: Lang;
  t: RenderWords;
  colors: Palette;
  generated: string;
  generatedIso: string;
  rows: OverviewRow[];
}

export function overviewView(entries: OverviewEntry[], options: OverviewOptions): OverviewView {
  const { lang } = options;
  const t = renderWords[lang];
  const generatedIso = options.generated.slice(0, 10);
  const generated = parsePartialDate(generatedIso);
  const titles = new Map(requirementCatalogue().map((r) => [r.key, r.title[lang]]));
  const inForce = ruleSetFor(generatedIso).id;
  const rows = entries.map((entry): OverviewRow => {
    const facts = readFacts(entry.standard);
    const due = nextRevision(facts, entry.standard);
    const errors = entry.check.findings.filter((f) => f.severity === 'error').length;
    const warnings = entry.check.findings.filter((f) => f.severity === 'warning').length;
    const switchedOff = entry.check.suppressed?.length ?? 0;
    // A rule set other than the one in force is a config's choice that the overview says, like a switched-off finding.
    const pinned = entry.check.ruleSet !== undefined && entry.check.ruleSet !== inForce ? `${t.pinnedRuleSet} ${entry.check.ruleSet}` : undefined;
    const missing = new Map<string, OverviewRow['missing'][number]>();
    for (const finding of entry.check.findings) {
      if (finding.ruleId !== 'required-section' || !finding.requirement || missing.has(finding.requirement)) continue;
      const key = finding.requirement;
      missing.set(key, {
        key,
        title: titles.get(key) ?? key,
        severity: finding.severity,
        note: finding.severity === 'warning' ? t.warning : '',
      });
    }
    const row: OverviewRow = {
      slug: entry.slug,
      kommune: facts.kommuner.length > 0 ? joinNames(facts.kommuner, lang) : entry.slug,
      title: facts.title ?? (entry.standard.title.text || entry.slug),
      approved: facts.approved
        ? { text: formatDate(facts.approved, lang), sort: isoOf(facts.approved) }
        : { text: t.notGiven, sort: '' },
      revision: due
        ? { text: formatDate(due, lang), sort: isoOf(due), overdue: isOverdue(due, generatedIso) }
        : { text: t.notGiven, sort: '', overdue: false },
      errors,
      warnings,
      // "Ingen fejl" only when nothing was switched off either: a kvs-disable is never silent on the overview.
      clean: errors === 0 && warnings === 0 && switchedOff === 0 && !pinned,
      status: [
        switchedOff > 0 || pinned ? countParts(errors, warnings, t).join(' · ') : statusText(errors, warnings, t),
        ...(switchedOff > 0 ? [`${switchedOff} ${t.switchedOff}`] : []),
        ...(pinned ? [pinned] : []),
      ].join(' · '),
      complianceSort: errors * 10000 + warnings,
      missing: [...missing.values()],
      lix: entry.lix,
      lixBand: lixBandName(entry.lix, lang),
      lixBandKey: lixBand(entry.lix),
    };
    const leaflet = relativeLink(entry.leaflet);
    const pdf = relativeLink(entry.pdf);
    if (leaflet) row.leaflet = leaflet;
    if (pdf) row.pdf = pdf;
    return row;
  });
  rows.sort((a, b) => a.kommune.localeCompare(b.kommune, 'da') || a.slug.localeCompare(b.slug));
  return {
    lang,
    t,
    colors: palette(options.theme),
    generated: generated ? formatDate(generated, lang) : generatedIso,
    generatedIso,
    rows,
  };
}

function statusText(errors: number, warnings: number, t: RenderWords): string {
  if (errors === 0 && warnings === 0) return t.compliant;
  return countParts(errors, warnings, t).join(' · ');
}

function countParts(errors: number, warnings: number, t: RenderWords): string[] {
  const parts = [`${errors} ${t.errors}`];
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? t.warning : t.warnings}`);
  return parts;
}

/** Only relative links (no scheme, not protocol-relative) are used; spaces and non-ASCII are percent-encoded. */
function relativeLink(link: string | undefined): string | undefined {
  if (!link || /^[a-z][a-z0-9+.-]*:/iu.test(link) || link.startsWith('//') || link.includes('\\')) return undefined;
  return link.includes('%') ? link : encodeURI(link);
}

export function renderOverview(entries: OverviewEntry[], options: OverviewOptions): string {
  return renderTemplate('overview', 'overview.hbs', overviewView(entries, options), options.templateDirs);
}
