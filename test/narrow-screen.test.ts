/**
 * The bundled leaflets, the overview and the comparison on a phone: Chromium
 * at 390 px (one browser for the file). No phone number, e-mail or web
 * address, and no "§ 101", spans two lines; tables in a leaflet are set one
 * block per row with their labels; no page is wider than the screen; the
 * overview's and comparison's tables scroll inside their own frame, with a
 * shadow as the cue and the first column kept in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildStandard } from '../src/model/standard.js';
import { checkStandard } from '../src/check/check.js';
import { defaultTheme } from '../src/render/types.js';
import { renderLeaflet, renderOverview } from '../src/render/html/index.js';
import { compareTable, renderCompareHtml } from '../src/compare/index.js';
import { launchChromium, openHtml, testContext } from './helpers/browser.js';
import { bundledStandards, overviewEntry } from './helpers/bundled.js';
import { renderRedline } from '../src/redline/redline.js';

const asOf = '2026-01-01';
const bundled = bundledStandards();

/** No bundled standard has a table: this one (in our own words) has the kind that squeezed on a phone. */
const withTable = `---
kommune: Eksempelby Kommune
titel: Kvalitetsstandard for stofmisbrugsbehandling
---

# Kvalitetsstandard for stofmisbrugsbehandling

## Her kan du få hjælp

| Tilbud | Telefon | E-mail | Hjemmeside |
|---|---|---|---|
| Rådgivningscentret for voksne | 57 62 79 30 | raadgivningscentret@eksempelby.dk | www.eksempelby.dk/rusmidler |
| Ungerådgivningen (under 25 år) | +45 57 62 79 31 | unge@eksempelby.dk | https://eksempelby.dk/unge |

Efter serviceloven § 101 får du et tilbud inden for 14 dage.
`;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await testContext(browser, { width: 390, height: 844 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Texts that must stay on one line but take more than one (each with its number of lines). */
function brokenOverLines(page: Page): Promise<string[]> {
  return page.evaluate(brokenScript);
}

/** Runs in the page (a string: the test's TypeScript has no DOM types). */
const brokenScript = `(() => {
  const lines = (rects) => new Set([...rects].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  const broken = [];
  for (const element of document.querySelectorAll('a[href^="tel:"], a[href^="mailto:"], a[href^="http"], .kvs-nowrap')) {
    if (lines(element.getClientRects()) > 1) broken.push(element.textContent);
  }
  // Phone numbers and "§ 101" in running text.
  const pattern = /(?:\\+45\\s)?\\b\\d{2}(?:\\s\\d{2}){3}\\b|§+\\s\\d+/gu;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      if (lines(range.getClientRects()) > 1) broken.push(match[0]);
    }
  }
  return broken;
})()`;

const pageWidth = (page: Page) => page.evaluate<number>('Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)');

const leaflets = [...bundled, { slug: 'tabel', standard: buildStandard(withTable, 'tabel.md') }];

describe.each(leaflets)('the leaflet of $slug at 390 px', ({ slug, standard }) => {
  let page: Page;

  beforeAll(async () => {
    const { html } = renderLeaflet({ standard, slug, check: checkStandard(standard, { asOf }), lang: 'da', theme: defaultTheme, templateDirs: [] });
    ({ page } = await openHtml(context, html));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('breaks no phone number, e-mail or web address and no "§ 101" over two lines, and is no wider than the screen', async () => {
    expect(await brokenOverLines(page)).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  });

  it('sets its tables one block per row, each cell labelled with its column header', async () => {
    const cells = await page.evaluate<Array<{ display: string; label: string; header: string | null }>>(`[...document.querySelectorAll('.kvs-sections td')].map((td) => ({
      display: getComputedStyle(td).display,
      label: getComputedStyle(td, '::before').content,
      header: td.getAttribute('data-label'),
    }))`);
    if (slug === 'tabel') expect(cells.length).toBe(8);
    for (const cell of cells) {
      expect(cell.display).toBe('block');
      if (cell.header) expect(cell.label).toBe(JSON.stringify(cell.header));
    }
  });
});

describe('the overview and the comparison at 390 px', () => {
  const entries = bundled.map((entry) => overviewEntry(entry, asOf));
  const pages = {
    overview: renderOverview(entries, { lang: 'da', theme: defaultTheme, templateDirs: [], generated: asOf }),
    compare: renderCompareHtml(compareTable(bundled.map((b) => b.standard), { asOf })),
  };

  it.each(Object.keys(pages) as Array<keyof typeof pages>)('%s: the page fits the screen; its tables scroll in their frame with a cue and a sticky first column', async (name) => {
    const { page } = await openHtml(context, pages[name]);
    try {
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      const frames = await page.evaluate<Array<{ scrolls: boolean; cue: string; sticky: string }>>(`[...document.querySelectorAll('.kvs-table-wrap')].map((frame) => {
        const first = frame.querySelector('tbody tr > th:first-child, tbody tr > td:first-child');
        return { scrolls: frame.scrollWidth > frame.clientWidth, cue: getComputedStyle(frame).backgroundImage, sticky: first ? getComputedStyle(first).position : '' };
      })`);
      expect(frames.length).toBeGreaterThan(0);
      expect(frames.some((frame) => frame.scrolls)).toBe(true);
      for (const frame of frames) {
        expect(frame.cue).toMatch(/linear-gradient/);
        expect(frame.sticky).toBe('sticky');
      }
      // Scrolled to the end, the first column is still where it was.
      const stays = await page.evaluate<boolean>(`(() => {
        const frame = [...document.querySelectorAll('.kvs-table-wrap')].find((f) => f.scrollWidth > f.clientWidth);
        const first = frame.querySelector('tbody tr > th:first-child');
        const before = first.getBoundingClientRect().left;
        frame.scrollLeft = frame.scrollWidth;
        return Math.abs(first.getBoundingClientRect().left - before) < 1;
      })()`);
      expect(stays).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('review.html (the same browser, at desktop width)', () => {
  // In our own words: a comment on the text of a table's first cell, with words in the next cell it could cover.
  const source = `# Kvalitetsstandard

| Tilbud | Telefon og åbningstid |
|---|---|
| Rådgivningscentret{>>Skal navnet stå som i den nye organisationsplan?<<} | 57 62 79 30, mandag til fredag kl. 9–15 |
| Ungerådgivningen | 57 62 79 31 |

En kommentar i teksten{>>Denne står i margenen.<<} er uændret.
`;

  it('keeps a comment on text in a table cell inside its cell, clear of the next cell, and one in prose in the margin', async () => {
    const wide = await testContext(browser);
    try {
      const { page } = await openHtml(wide, renderRedline({ source, title: 'Kvalitetsstandard', lang: 'da' }));
      const boxes = await page.evaluate<{ note: number[]; cell: number[]; next: number[]; prose: number[]; paragraph: number[] }>(`(() => {
        const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        const note = document.querySelector('td .kvs-note');
        const cell = note.closest('td');
        const text = document.createRange();
        text.selectNodeContents(cell.nextElementSibling);
        const prose = document.querySelector('p .kvs-note');
        return { note: box(note), cell: box(cell), next: box(text), prose: box(prose), paragraph: box(prose.closest('p')) };
      })()`);
      const overlaps = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
      expect(overlaps(boxes.note, boxes.next), JSON.stringify(boxes)).toBe(false);
      expect(boxes.note[0]).toBeGreaterThanOrEqual(boxes.cell[0]!);
      expect(boxes.note[2]).toBeLessThanOrEqual(boxes.cell[2]! + 0.5);
      // Outside tables the comment is still a margin note, right of the text.
      expect(boxes.prose[0]).toBeGreaterThanOrEqual(boxes.paragraph[2]!);
    } finally {
      await wide.close();
    }
  });
});
