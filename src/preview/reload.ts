/**
 * The reload script and the policy that lets it run. The preview server adds
 * both to HTML responses only; they are never written into output/, so a
 * published file never carries them.
 *
 * The published pages carry their own Content-Security-Policy in a <meta>
 * element (no script, nothing fetched), which would block the reload script
 * and its event stream, and a <meta> policy cannot be loosened by a header.
 * So the served copy moves the page's policy into a header and adds exactly
 * two things: the reload script, by its hash, and the event stream, by its
 * URL. Everything else the page's policy forbids stays forbidden.
 */
import { createHash } from 'node:crypto';

export const eventsPath = '/__kvs/events';

const body = `(() => {
  const events = new EventSource(${JSON.stringify(eventsPath)});
  events.addEventListener('reload', () => location.reload());
})();`;

const script = `<script data-kvs-preview>${body}</script>`;
const scriptHash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

const metaPolicy = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/giu;

export interface PreviewPage {
  html: string;
  /** The page's own policy plus the reload script and the event stream; undefined when the page has none. */
  policy?: string;
}

/**
 * `html` with the reload script before `</body>` (or at the end when there is
 * none) and its policy moved out; `origin` (`http://127.0.0.1:PORT`) names the event stream.
 */
export function previewPage(html: string, origin: string): PreviewPage {
  const policies = [...html.matchAll(metaPolicy)].map((match) => contentOf(match[0])).filter((p): p is string => p !== undefined);
  const page = policies.length === 0 ? html : html.replace(metaPolicy, '');
  const at = page.toLowerCase().lastIndexOf('</body>');
  const withScript = at === -1 ? `${page}\n${script}\n` : `${page.slice(0, at)}${script}\n${page.slice(at)}`;
  // Several <meta> policies all apply; the first is the pages' own (kvs writes one).
  return policies[0] === undefined ? { html: withScript } : { html: withScript, policy: withReload(policies[0], origin) };
}

function contentOf(meta: string): string | undefined {
  const match = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(meta);
  const value = match?.[1] ?? match?.[2];
  return value?.replace(/&#39;|&apos;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
}

function withReload(policy: string, origin: string): string {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/u);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  const scripts = directives.get('script-src') ?? [];
  // A hash beside 'unsafe-inline' would switch 'unsafe-inline' off (and the overview's sorting with it); it already lets the script run.
  if (!scripts.includes("'unsafe-inline'")) directives.set('script-src', [...scripts.filter((s) => s !== "'none'"), scriptHash]);
  const connect = directives.get('connect-src') ?? [];
  const stream = origin.startsWith("'") ? origin : `${origin}${eventsPath}`;
  directives.set('connect-src', [...connect.filter((s) => s !== "'none'"), stream]);
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}
