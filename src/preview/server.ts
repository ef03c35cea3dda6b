/**
 * The `kvs preview` web server: serves output/ to this machine only
 * (127.0.0.1), with the reload script added to HTML pages and Server-Sent
 * Events at /__kvs/events that tell the pages to reload.
 *
 * Only files inside output/ are served: the URL's path is resolved inside
 * the folder, and the real path (symlinks followed) must lie inside its real
 * path too; anything else is 403. Only GET and HEAD are answered.
 *
 * Only requests for this machine by name are answered (Host `127.0.0.1`,
 * `localhost` or `[::1]` with the server's own port): a web page elsewhere
 * could otherwise point its own host name at 127.0.0.1 (DNS rebinding) and
 * read the preview as same-origin. A folder's redirect is built from the
 * folder's place inside output/, so it is always a path on this server and
 * never `//host/…` (an open redirect).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isInside } from '../fs/inside.js';
import { contentType, isHtml } from './content-types.js';
import { eventsPath, previewPage } from './reload.js';

export const loopback = '127.0.0.1';

export interface PreviewServer {
  server: Server;
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export async function startPreviewServer(outDir: string, port = 0): Promise<PreviewServer> {
  const root = resolve(outDir);
  const clients = new Set<ServerResponse>();
  // Set once the port is known (port 0 picks one); no request is read before that.
  let ownPort = port;
  let hosts = new Set<string>();
  const server = createServer((request, response) => {
    try {
      if (!hosts.has((request.headers.host ?? '').toLowerCase())) return misdirected(response, ownPort);
      handle(root, request, response, clients);
    } catch {
      send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, loopback, () => {
      server.off('error', fail);
      done();
    });
  });
  // Keep the event streams open: a comment line every 20 s stops proxies and browsers from timing out.
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 20_000);
  heartbeat.unref();
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  ownPort = actualPort;
  hosts = allowedHosts(actualPort);
  return {
    server,
    url: `http://${loopback}:${actualPort}/`,
    reload() {
      for (const client of clients) client.write(`event: reload\ndata: ${Date.now()}\n\n`);
    },
    close: () =>
      new Promise<void>((done) => {
        clearInterval(heartbeat);
        for (const client of clients) client.end();
        clients.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** The Host header values a browser sends for this server when it is reached as this machine. */
function allowedHosts(port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  // A browser leaves out the default port.
  return new Set(names.flatMap((name) => (port === 80 ? [name, `${name}:${port}`] : [`${name}:${port}`])));
}

function misdirected(response: ServerResponse, port: number): void {
  // The Host header is not echoed: it is the attacker's text.
  const body = `Forkert værtsnavn: kvs preview svarer kun på http://127.0.0.1:${port}/\nWrong host name: kvs preview answers only http://127.0.0.1:${port}/\n`;
  send(response, 421, 'text/plain; charset=utf-8', body);
}

/** `/a%20b/` for the folder `a b` inside root: one leading slash, each name encoded, so never `//host`. */
function folderLocation(root: string, folder: string): string {
  const names = relative(root, folder).split(sep).filter((name) => name !== '');
  return names.length === 0 ? '/' : `/${names.map(encodeURIComponent).join('/')}/`;
}

/** The origin the browser used (127.0.0.1 or localhost and the port), for the policy's event-stream URL; 'self' for anything else. */
function originOf(request: IncomingMessage): string {
  const host = request.headers.host ?? '';
  return /^(?:127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/u.test(host) ? `http://${host}` : "'self'";
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, head = false, policy?: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(policy === undefined ? {} : { 'Content-Security-Policy': policy }),
  });
  response.end(head ? undefined : body);
}

function handle(root: string, request: IncomingMessage, response: ServerResponse, clients: Set<ServerResponse>): void {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  }
  const head = method === 'HEAD';
  let pathname: string;
  const url = request.url ?? '/';
  // Only the origin form ("/path"): "//host/x" resolved against a base would make "host" the host, not the path.
  if (!url.startsWith('/')) return send(response, 400, 'text/plain; charset=utf-8', 'Bad request', head);
  try {
    pathname = decodeURIComponent(new URL(`http://localhost${url}`).pathname);
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'Bad request', head);
  }
  if (pathname === eventsPath) {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': kvs preview\n\n');
    clients.add(response);
    request.on('close', () => clients.delete(response));
    return undefined;
  }
  const refused = () => send(response, 403, 'text/plain; charset=utf-8', 'Forbidden', head);
  const missing = () => send(response, 404, 'text/plain; charset=utf-8', 'Not found', head);
  if (pathname.includes('\0')) return refused();
  // Backslashes are separators on Windows: "..\\" must not climb out there either.
  let target = resolve(root, `.${pathname.replace(/\\/gu, '/')}`);
  if (!isInside(root, target)) return refused();
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(target);
  } catch {
    return missing();
  }
  if (!isInside(realRoot, real)) return refused();
  let stats = statSync(real);
  if (stats.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: folderLocation(root, target) });
      return void response.end();
    }
    target = join(target, 'index.html');
    try {
      real = realpathSync(target);
    } catch {
      return missing();
    }
    if (!isInside(realRoot, real)) return refused();
    stats = statSync(real);
  }
  if (!stats.isFile()) return missing();
  const bytes = readFileSync(real);
  if (isHtml(real)) {
    const page = previewPage(bytes.toString('utf8'), originOf(request));
    return send(response, 200, contentType(real), page.html, head, page.policy);
  }
  return send(response, 200, contentType(real), bytes, head);
}
