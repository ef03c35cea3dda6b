/**
 * The citizen leaflet: what the templates get (documented in
 * templates/README.md) and the two renderings, the page and the CMS fragment.
 */
import type { RenderInput } from '../types.js';
import type { Lang } from '../../types.js';
import { renderWords, type RenderWords } from '../../i18n/render.js';
import { approvalText, joinNames, nextRevision, readFacts, type Contact } from './facts.js';
import { formatDate } from '../../model/dates.js';
import { outline, type SectionView } from './outline.js';
import { practicalBox, type PracticalBoxItem } from './practical.js';
import { palette, logoImage, type Logo, type Palette } from './theme.js';
import { renderTemplate } from './templates.js';
import { keepTogether } from './keep-together.js';
import type { SanitizedHtml } from './markdown.js';

export { practicalKeys } from './practical.js';

export interface LeafletView {
  lang: Lang;
  t: RenderWords;
  colors: Palette;
  logo?: Logo;
  /** Show the masthead (logo or kommune name). */
  masthead: boolean;
  /** "Holbæk Kommune", or "Ishøj Kommune og Vallensbæk Kommune". */
  kommune?: string;
  title: string;
  documentTitle: string;
  description: string;
  subtitle?: string;
  draft: boolean;
  intro: SanitizedHtml;
  practical: {
    show: boolean;
    items: PracticalBoxItem[];
    contacts: Contact[];
  };
  toc: Array<{ href: string; text: string }>;
  sections: SectionView[];
  footer: { approved: string; revision: string };
}

export function leafletView(input: RenderInput): LeafletView {
  const { standard, lang } = input;
  const t = renderWords[lang];
  const facts = readFacts(standard);
  const title = facts.title ?? (standard.title.text || input.slug);
  const kommune = facts.kommuner.length > 0 ? joinNames(facts.kommuner, lang) : undefined;
  const view = outline(standard, title, lang, facts.kommuner);
  const items = practicalBox(standard, view, lang);
  const revision = nextRevision(facts, standard);
  const draft = facts.status === 'udkast';
  const logo = logoImage(input.theme.logo, logoAlt(facts.kommune ?? kommune ?? title));
  const first = facts.kommuner[0];
  const titled = first !== undefined && !title.toLocaleLowerCase('da').includes(first.toLocaleLowerCase('da'));

  return {
    lang,
    // The words shown as text keep "§ 101" on one line too.
    t: { ...t, standardKind: keepTogether(t.standardKind) },
    colors: palette(input.theme),
    ...(logo ? { logo } : {}),
    masthead: Boolean(logo ?? kommune),
    ...(kommune ? { kommune } : {}),
    title: keepTogether(title),
    documentTitle: titled ? `${title} – ${first}` : title,
    description: kommune ? `${t.standardKind}: ${kommune}` : t.standardKind,
    ...(view.subtitle ? { subtitle: view.subtitle } : {}),
    draft,
    intro: view.intro,
    practical: { show: items.length > 0 || facts.contacts.length > 0, items, contacts: facts.contacts },
    toc: view.sections.map((section) => ({ href: `#${section.id}`, text: section.heading })),
    sections: view.sections,
    footer: {
      approved: approvalText(facts, lang) ?? (draft ? t.draft : `${t.approved}: ${t.notGiven}`),
      revision: revision ? formatDate(revision, lang) : t.notGiven,
    },
  };
}

function logoAlt(kommune: string): string {
  return `${kommune} logo`;
}

export function renderLeaflet(input: RenderInput): { html: string; fragment: string } {
  const view = leafletView(input);
  return {
    html: renderTemplate('leaflet', 'leaflet.hbs', view, input.templateDirs),
    fragment: renderTemplate('leaflet', 'fragment.hbs', view, input.templateDirs),
  };
}
