import { readFileSync, statSync } from 'node:fs';

/**
 * The package's own package.json and the folder it is in. This module runs
 * from src/ and dist/ (one level below the package root) and from the CLI
 * bundles in dist/bundle/ (two levels below), so look in both places rather
 * than at one fixed path.
 */
function ownPackage(): { name: string; version: string; root: URL } {
  for (const up of ['../', '../../']) {
    try {
      const root = new URL(up, import.meta.url);
      const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'kvalitetsstandard' && typeof pkg.version === 'string') return { name: pkg.name, version: pkg.version, root };
    } catch {
      // Not here: try one level further up.
    }
  }
  throw new Error('kvs: cannot find the package.json of kvalitetsstandard');
}

const pkg = ownPackage();

export const toolName = 'kvs';
export const toolVersion = pkg.version;
/** The package's folder (with a trailing slash): files shipped beside the code (templates/, schemas/) are found from here, wherever the code runs. */
export const packageRoot = pkg.root;

/** Where rule documentation lives; anchors are rule ids and requirement keys. */
export const docsBase = 'https://github.com/kvalitetsstandard/kvalitetsstandard/blob/main/docs/rules.md';

export function docsUrl(anchor: string): string {
  return `${docsBase}#${anchor}`;
}

/**
 * Whether the bundles in dist/bundle/ were made from the modules compiled in
 * dist/ now: `npm run build` bundles after tsc, so they are unless tsc has run
 * on its own since (its .tsbuildinfo is then newer; the published package has
 * none, and its files one date). False for code that does not run from dist/
 * (the sources in tests, a bundle itself). bin/kvs.js asks the same with the
 * same files, without loading this module first.
 */
export function bundleIsCurrent(): boolean {
  const modified = (path: string) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
  const bundled = modified('./bundle/build-id.json');
  const compiled = modified('./.tsbuildinfo') ?? modified('./meta.js');
  return bundled !== undefined && compiled !== undefined && bundled >= compiled;
}
