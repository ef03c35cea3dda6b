/**
 * `kvs preview`: the server listens on 127.0.0.1 only, serves nothing outside
 * output/, adds the reload script to HTML responses but never to the files,
 * and sends a reload event after a standard changes. In-process, HTML only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runPreview } from '../src/cli/preview.js';
import type { PreviewServer } from '../src/preview/server.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';
import { launchChromium } from './helpers/browser.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-preview-'));
const outside = mkdtempSync(path.join(os.tmpdir(), 'kvs-preview-secret-'));
const stop = new AbortController();
let server: PreviewServer;
let ended: Promise<number>;
const cwd = process.cwd();

beforeAll(async () => {
  mkdirSync(path.join(dir, 'standards'));
  writeFileSync(path.join(dir, 'standards', 'eksempelby.md'), complete);
  writeFileSync(path.join(dir, 'standards', 'andenby.md'), complete.replace(/Eksempelby/gu, 'Andenby'));
  writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
  writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  process.chdir(dir);
  const listening = new Promise<PreviewServer>((resolve) => {
    ended = runPreview([], { port: '0', out: 'output', only: 'html', asOf: '2026-06-01', signal: stop.signal, onListening: resolve });
  });
  server = await listening;
  symlinkSync(outside, path.join(dir, 'output', 'escape'));
});

afterAll(async () => {
  stop.abort();
  expect(await ended).toBe(0);
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** A raw GET: the path is sent exactly as given (no normalising of ../). */
function get(rawPath: string): Promise<{ status: number; type: string; body: string; policy: string | undefined }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, policy: res.headers['content-security-policy'] as string | undefined }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('kvs preview', () => {
  it('listens on 127.0.0.1 only', async () => {
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    const port = Number(new URL(server.url).port);
    const other = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (other) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: other, port }, () => {
          socket.destroy();
          resolve(false);
        });
        socket.on('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
  });

  it('serves the overview and leaflets with the reload script, which is not in the files on disk', async () => {
    const overview = await get('/');
    expect(overview.status).toBe(200);
    expect(overview.type).toBe('text/html; charset=utf-8');
    expect(overview.body).toContain('data-kvs-preview');
    expect(overview.body).toContain('/__kvs/events');
    const leaflet = await get('/eksempelby/');
    expect(leaflet.status).toBe(200);
    expect(leaflet.body).toContain('data-kvs-preview');
    expect(readFileSync(path.join(dir, 'output', 'index.html'), 'utf8')).not.toContain('data-kvs-preview');
    expect(readFileSync(path.join(dir, 'output', 'eksempelby', 'index.html'), 'utf8')).not.toContain('data-kvs-preview');
    expect((await get('/eksempelby')).status).toBe(301);
    expect((await get('/nothing-here.html')).status).toBe(404);
  });

  it('refuses paths outside output/: ../, encoded ../, backslashes and a symlink out', async () => {
    const attempts = [
      '/../kvs.config.json',
      '/..%2fkvs.config.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%5ckvs.config.json',
      '/eksempelby/..%2f..%2fstandards/eksempelby.md',
      '/escape/secret.txt',
      '/%00',
    ];
    for (const attempt of attempts) {
      const response = await get(attempt);
      expect([403, 404], attempt).toContain(response.status);
      expect(response.body).not.toContain('secret');
      expect(response.body).not.toContain('kommune');
    }
    record({
      area: 'Nothing unsafe published',
      what: 'kvs preview: paths that climb out of output/ (../, encoded, backslash, symlink, NUL)',
      cases: attempts.length,
      result: 'every one answered 403 or 404; nothing outside output/ served',
    });
  });

  it('sends a reload event after a standard changes, having built only that standard', async () => {
    const { port } = new URL(server.url);
    const other = path.join(dir, 'output', 'andenby', 'index.html');
    const before = statSync(other).mtimeMs;
    const events = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/__kvs/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: reload')) {
            req.destroy();
            resolve(text);
          }
        });
        // Connected: now change the standard.
        setTimeout(() => writeFileSync(path.join(dir, 'standards', 'eksempelby.md'), complete.replace('Eksempelby', 'Tredjeby')), 100);
      });
      req.on('error', reject);
      req.end();
    });
    expect(events).toContain('event: reload');
    expect(readFileSync(path.join(dir, 'output', 'eksempelby', 'index.html'), 'utf8')).toContain('Tredjeby');
    expect(statSync(other).mtimeMs).toBe(before);
    // The overview still lists both.
    const overview = readFileSync(path.join(dir, 'output', 'index.html'), 'utf8');
    expect(overview).toContain('andenby/index.html');
    expect(overview).toContain('eksempelby/index.html');
  });
  it('serves its own policy: the page\'s, plus exactly the reload script (by hash) and the event stream; the <meta> policy is only in the files', async () => {
    const { port } = new URL(server.url);
    const leaflet = await get('/andenby/');
    expect(leaflet.body).not.toMatch(/http-equiv="Content-Security-Policy"/iu);
    expect(readFileSync(path.join(dir, 'output', 'andenby', 'index.html'), 'utf8')).toMatch(/http-equiv="Content-Security-Policy"/iu);
    expect(leaflet.policy).toMatch(/^default-src 'none'; /u);
    expect(leaflet.policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
    expect(leaflet.policy).toContain(`connect-src http://127.0.0.1:${port}/__kvs/events`);
    expect(leaflet.policy).toContain('form-action \'none\'');
    // The overview keeps its own 'unsafe-inline' sorting script.
    expect((await get('/')).policy).toMatch(/script-src 'unsafe-inline'(;|$)/u);
  });

  it('reloads the page in Chromium when a standard is saved, with no policy violation', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
      });
      // The reload script has its stream open before the save (blocked by a policy, it would never ask).
      const stream = page.waitForRequest((request) => request.url().endsWith('/__kvs/events'), { timeout: 15_000 });
      await page.goto(`${server.url}andenby/`);
      await page.waitForFunction("document.body.textContent.includes('Andenby')");
      await stream;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const reloaded = page.waitForEvent('load', { timeout: 30_000 });
      writeFileSync(path.join(dir, 'standards', 'andenby.md'), complete.replace(/Eksempelby/gu, 'Femteby'));
      await reloaded;
      await page.waitForFunction("document.body.textContent.includes('Femteby')");
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
