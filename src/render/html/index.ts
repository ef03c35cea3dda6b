/**
 * HTML outputs: the citizen leaflet (a page and a CMS fragment) and the
 * overview of all standards. Prose goes mdast → remark-rehype →
 * rehype-sanitize; everything else is escaped by Handlebars.
 */
export { renderLeaflet, leafletView, practicalKeys, type LeafletView } from './leaflet.js';
export { renderOverview, overviewView, type OverviewEntry, type OverviewOptions, type OverviewRow, type OverviewView } from './overview.js';
export { bundledTemplatesDir, resolveTemplate } from './templates.js';
export { palette, contrast, parseHex, type Palette } from './theme.js';
export { formatDate, parsePartialDate, type PartialDate } from '../../model/dates.js';
