/**
 * Real-browser and validator checks for the HTML outputs: axe-core in Debian's
 * headless Chromium (driven by playwright-core) and the Nu HTML Checker
 * (vnu-jar on the system JRE). Both are installed by scripts/setup-system.sh.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import axe from 'axe-core';

export const chromiumPath = '/usr/bin/chromium';

export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: launchArgs });
}

/** A context that lets the test inject axe even though the pages forbid scripts by CSP. */
export function testContext(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, viewport, javaScriptEnabled: true });
}

/**
 * Loads the HTML as a page. Every request it makes (other than data: URIs) is
 * recorded and refused: the outputs must be self-contained.
 */
export async function openHtml(context: BrowserContext, html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 A/AA violations on the page, in a form that prints well in a failed assertion. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  // Runs in the page, where axe-core is now a global; only violations are collected (much faster).
  const results = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: typeof axe }).axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcagTags,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.html} — ${n.failureSummary ?? ''}`),
  }));
}

export const vnuJar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

export const hasJava = (() => {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
})();

export interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * The JVM for one short run: only the quick compiler (the optimising one costs
 * more CPU than a run of a few seconds gets back: about half the CPU time, the
 * same messages), with the larger stack its frames need for vnu's schema.
 */
const shortRunJvm = ['-XX:TieredStopAtLevel=1', '-Xss4m'];

/** Nu HTML Checker errors for the files (one JVM for all of them). */
export function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', [...shortRunJvm, '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const start = out.indexOf('{');
        const parsed = JSON.parse(out.slice(start)) as { messages: VnuMessage[] };
        resolve(parsed.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error'));
      } catch {
        reject(new Error(`vnu gave no JSON: ${out.slice(0, 500)}`));
      }
    });
  });
}
