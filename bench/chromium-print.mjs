#!/usr/bin/env node
/**
 * The Chromium side of the batch row: one headless Chromium (Debian's, driven
 * by playwright-core) prints each leaflet HTML given to PDF, one after the
 * other in one page, as md-to-pdf and Paged.js users do for many documents.
 *
 *   node bench/chromium-print.mjs CHROMIUM OUT_DIR LEAFLET.html…
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [executablePath, outDir, ...pages] = process.argv.slice(2);
if (!executablePath || !outDir || pages.length === 0) {
  console.error('usage: node bench/chromium-print.mjs CHROMIUM OUT_DIR LEAFLET.html…');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  for (const file of pages) {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // A4 unless the leaflet's print CSS sets a page size.
    await page.pdf({ path: join(outDir, `${basename(dirname(file))}.pdf`), format: 'A4', preferCSSPageSize: true, printBackground: true });
  }
} finally {
  await browser.close();
}
